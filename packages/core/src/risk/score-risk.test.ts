import { describe, expect, test } from 'vitest';
import { findMaterial } from './find-material.js';
import { MATERIALS } from './materials.js';
import { riskLevel } from './method.js';
import { quickScan } from './quick-scan.js';
import { type PairRisk, type RiskRow, scoreRisk, scoreRiskNaive, scoreRisks } from './score-risk.js';
import { THEMES } from './themes.js';

const scored = (row: RiskRow): PairRisk => {
  const r = scoreRisk(row);
  if (r.status !== 'scored') throw new Error(r.message);
  return r;
};

describe('risk bands', () => {
  test.each([
    [0, 'low'],
    [24, 'low'],
    [25, 'medium'],
    [49, 'medium'],
    [50, 'high'],
    [74, 'high'],
    [75, 'very_high'],
    [100, 'very_high'],
  ] as const)('score %i is %s', (score, level) => expect(riskLevel(score)).toBe(level));
});

describe('documented rules', () => {
  test.each([
    [
      'artisanal cobalt in DR Congo: child labour hotspot',
      'cobalt-ore',
      'CD',
      'child_labour',
      'very_high',
      'drc-cobalt-child-labour',
    ],
    ['mica in India: child labour hotspot', 'mica', 'IN', 'child_labour', 'very_high', 'india-mica-children'],
    [
      'nickel in Indonesia: environment hotspot',
      'nickel',
      'ID',
      'environment',
      'very_high',
      'indonesia-nickel-environment',
    ],
    [
      'primary aluminium from China: UFLPA forced labour',
      'aluminium',
      'CN',
      'forced_labour',
      'high',
      'china-aluminium-xinjiang',
    ],
  ] as const)('%s', (_name, materialId, country, theme, level, hotspot) => {
    const risk = scored({ materialId, country }).themes[theme];
    expect(risk.level).toBe(level);
    expect(risk.explanation).toContainEqual(
      expect.objectContaining({ indicator: 'hotspot', value: hotspot, override: true }),
    );
  });

  test('a DOL TVPRA listing makes the likelihood documented, so the theme is at least 75, and says so', () => {
    const risk = scored({ materialId: 'gold', country: 'PE' }).themes.child_labour;
    expect(risk.score).toBeGreaterThanOrEqual(75);
    expect(risk.explanation).toContainEqual(
      expect.objectContaining({ indicator: 'dol_tvpra', dataset: 'us-dol-tvpra', override: true }),
    );
  });

  test('a hotspot not verified against the primary text raises the risk but never makes it documented', () => {
    const risk = scored({ materialId: 'gold-ore', country: 'GH' }).themes.health_safety;
    const entry = risk.explanation.find((e) => e.value === 'ghana-asgm-safety');
    expect(entry).toMatchObject({ verified: false, override: true });
    expect(entry?.contribution).toBeGreaterThan(0);
    expect(risk.likelihood.documented).toBe(false);
    expect(risk.level).toBe('high');
  });

  test('recycled materials get no mine-site hotspots', () => {
    const risk = scored({ materialId: 'steel-scrap', country: 'BR' }).themes.environment;
    expect(risk.explanation.some((e) => e.indicator === 'hotspot')).toBe(false);
  });

  test('well-governed country keeps a low score for a hazardous material', () => {
    expect(scored({ materialId: 'cobalt-ore', country: 'AU' }).top.level).toBe('low');
  });

  test('CPI is context only: contribution 0, value as published', () => {
    const cpi = scored({ materialId: 'copper', country: 'NL' }).themes.corruption.explanation.find(
      (e) => e.indicator === 'ti_cpi',
    );
    expect(cpi).toMatchObject({ dataset: 'ti-cpi', value: 78, contribution: 0 });
  });

  test('every theme of every material explains itself: contributions add up to the score (±1)', () => {
    for (const m of MATERIALS) {
      const pair = scored({ materialId: m.id, country: 'PE' });
      for (const t of THEMES) {
        const risk = pair.themes[t.id];
        const sum = risk.explanation.reduce((s, e) => s + e.contribution, 0);
        expect(Math.abs(sum - risk.score)).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('bulk scoring', () => {
  test('bulk and naive give the same results; unknown inputs are data', () => {
    const rows = [
      { materialId: 'tin', country: 'MM' },
      { materialId: 'gold', country: 'per' },
      { materialId: 'unobtainium', country: 'NL' },
      { materialId: 'tin', country: 'XX' },
    ];
    expect(scoreRisks(rows)).toEqual(rows.map(scoreRiskNaive));
    expect(scoreRisks(rows).map((r) => r.status)).toEqual(['scored', 'scored', 'unknown_material', 'unknown_country']);
  });

  test('100 000 rows score well within a second', () => {
    const materials = MATERIALS.map((m) => m.id);
    const countries = ['CD', 'PE', 'ID', 'CN', 'DE', 'BR', 'IN', 'ZA', 'AU', 'CL', 'RW', 'MM', 'NL', 'US', 'GH'];
    const rows = Array.from({ length: 100_000 }, (_, i) => ({
      materialId: materials[i % materials.length] ?? 'tin',
      country: countries[i % countries.length] ?? 'NL',
    }));
    const start = performance.now();
    const results = scoreRisks(rows);
    expect(performance.now() - start).toBeLessThan(1_000);
    expect(results).toHaveLength(100_000);
  });
});

describe('catalogue and quick scan', () => {
  test('at least 39 materials with unique ids, names in both languages, primary forms and scrap', () => {
    expect(MATERIALS.length).toBeGreaterThanOrEqual(39);
    expect(new Set(MATERIALS.map((m) => m.id)).size).toBe(MATERIALS.length);
    expect(MATERIALS.every((m) => m.name.en && m.name.nl && m.hsCodes.length > 0)).toBe(true);
    expect(MATERIALS.some((m) => m.recycled)).toBe(true);
  });

  test.each([
    ['kobalt', 'cobalt'],
    ['Coltan', 'tantalum-ore'],
    ['koperschroot', 'copper-scrap'],
    ['wolfraam', 'tungsten'],
    ['goud', 'gold'],
  ])('findMaterial(%s) finds %s first', (query, id) => expect(findMaterial(query)[0]?.id).toBe(id));

  test('cobalt producers come from USGS with DR Congo first', () => {
    expect(MATERIALS.find((m) => m.id === 'cobalt-ore')?.producers[0]?.iso2).toBe('CD');
  });

  test('quickScan groups by theme group and builds a heat map', () => {
    const scan = quickScan({ materials: ['cobalt-ore', 'steel-scrap'], countries: ['CD', 'NL', 'ZZ'] });
    expect(scan.groups.map((g) => g.group)).toEqual(['human_rights', 'labour', 'environment', 'governance']);
    expect(scan.heatMap.cells[0]?.[0]).toMatchObject({ level: 'very_high' });
    expect(scan.heatMap.cells[0]?.[2]).toBeNull();
    expect(scan.issues.map((i) => i.status)).toEqual(['unknown_country', 'unknown_country']);
    const top = scan.groups.find((g) => g.group === 'labour')?.risks[0];
    expect(top?.advice.nl).toContain('OESO');
    expect(top?.sources.length).toBeGreaterThan(0);
  });
});
