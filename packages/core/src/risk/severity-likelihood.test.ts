import { describe, expect, test } from 'vitest';
import { quickScan } from './quick-scan.js';
import { type PairRisk, type RiskRow, scoreRisk } from './score-risk.js';
import type { ThemeId } from './themes.js';

const scored = (row: RiskRow): PairRisk => {
  const r = scoreRisk(row);
  if (r.status !== 'scored') throw new Error(r.message);
  return r;
};
const risk = (materialId: string, country: string, theme: ThemeId) => scored({ materialId, country }).themes[theme];

describe('severity and likelihood are kept apart', () => {
  test.each([
    // Same material and theme, two countries: severity is the material's, likelihood the country's
    // (where no hotspot records a graver harm than the material's hazard).
    ['mica', 'NO', 'IN', 'child_labour'],
    ['gold', 'CH', 'ML', 'conflict_security'],
    ['nickel-ore', 'AU', 'ID', 'environment'],
    ['cobalt-ore', 'FI', 'ZM', 'health_safety'],
  ] as const)('%s from %s and from %s (%s): same severity, the second more likely', (material, calm, hot, theme) => {
    const a = risk(material, calm, theme);
    const b = risk(material, hot, theme);
    expect(b.severity).toEqual(a.severity);
    expect(b.likelihood.score).toBeGreaterThan(a.likelihood.score);
  });

  test.each([
    // Same country and theme, two materials: likelihood is the country's, severity the material's.
    ['NL', 'child_labour', 'mica', 'copper'],
    ['BE', 'environment', 'gold', 'zinc'],
    ['DE', 'health_safety', 'cobalt-ore', 'silicon'],
  ] as const)('in %s (%s): %s is more severe than %s, equally likely', (country, theme, grave, milder) => {
    const a = risk(grave, country, theme);
    const b = risk(milder, country, theme);
    expect(a.likelihood).toEqual(b.likelihood);
    expect(a.severity.score).toBeGreaterThan(b.severity.score);
  });

  test.each([
    ['verified hotspot', 'mica', 'IN', 'child_labour', true],
    ['DOL TVPRA listing', 'gold', 'PE', 'child_labour', true],
    ['governance indicators only', 'gold', 'NO', 'child_labour', false],
    ['recycled material, no mine-site evidence', 'steel-scrap', 'BR', 'environment', false],
  ] as const)('%s (%s from %s, %s): documented likelihood %s', (_name, material, country, theme, documented) => {
    const r = risk(material, country, theme);
    expect(r.likelihood.documented).toBe(documented);
    if (documented) expect(r.likelihood).toMatchObject({ score: 100, level: 'very_high' });
    else expect(r.likelihood.score).toBeLessThan(100);
  });

  test('the priority puts severity before likelihood, as the register does', () => {
    const grave = risk('mica', 'NO', 'child_labour');
    const likely = risk('copper', 'CD', 'freedom_of_association');
    expect(grave.severity.level).toBe('very_high');
    expect(grave.likelihood.level).toBe('low');
    expect(likely.severity.level).toBe('low');
    expect(likely.likelihood.level).toBe('very_high');
    expect(grave.priority.rank).toBeGreaterThan(likely.priority.rank);
    expect(grave.priority).toMatchObject({ severity: 4, likelihood: 1 });
    expect(likely.priority).toMatchObject({ severity: 1, likelihood: 4 });
  });

  test('within a level, the scan lists the higher priority first', () => {
    const scan = quickScan({ materials: ['mica', 'gold', 'copper'], countries: ['IN', 'GH', 'NL'] });
    for (const g of scan.groups)
      for (let i = 1; i < g.risks.length; i++) {
        const [prev, next] = [g.risks[i - 1], g.risks[i]];
        if (prev && next && prev.level === next.level)
          expect(prev.priority.rank).toBeGreaterThanOrEqual(next.priority.rank);
      }
  });
});
