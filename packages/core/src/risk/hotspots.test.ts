import { describe, expect, test } from 'vitest';
import { HOTSPOTS } from './hotspots.js';
import { MATERIALS } from './materials.js';
import { COUNTRY_BASE_SHARE, LEVEL_RANK, minimumPoints } from './method.js';
import { type PairRisk, type RiskRow, scoreRisk } from './score-risk.js';
import type { ThemeId } from './themes.js';

const scored = (row: RiskRow): PairRisk => {
  const r = scoreRisk(row);
  if (r.status !== 'scored') throw new Error(r.message);
  return r;
};

describe('hotspots: cited inputs of likelihood and severity', () => {
  test('every hotspot names publisher, title, year, an address or null, and whether it was verified', () => {
    expect(HOTSPOTS.length).toBeGreaterThan(30);
    expect(new Set(HOTSPOTS.map((h) => h.id)).size).toBe(HOTSPOTS.length);
    for (const h of HOTSPOTS) {
      expect(h.citation.publisher.length, h.id).toBeGreaterThan(3);
      expect(h.citation.title.length, h.id).toBeGreaterThan(5);
      expect(h.citation.year, h.id).toBeGreaterThanOrEqual(2010);
      expect(h.citation.year, h.id).toBeLessThanOrEqual(2026);
      if (h.citation.url !== null) expect(h.citation.url, h.id).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
      expect(typeof h.citation.verifiedAgainstPrimary).toBe('boolean');
      expect(h.finding.en.length).toBeGreaterThan(10);
      expect(h.finding.nl.length).toBeGreaterThan(10);
      // Carries minimums, never a score.
      expect(Object.keys(h)).not.toContain('floor');
      expect(Object.keys(h)).not.toContain('score');
    }
  });

  test('only a source verified against its primary text can make a likelihood documented', () => {
    for (const h of HOTSPOTS.filter((x) => x.minLikelihood === 'documented'))
      expect(h.citation.verifiedAgainstPrimary, h.id).toBe(true);
  });

  test('every hotspot brings every primary form of its families in its country to at least high', () => {
    for (const h of HOTSPOTS)
      for (const m of MATERIALS.filter((x) => h.families.includes(x.family) && !x.recycled)) {
        const risk = scored({ materialId: m.id, country: h.iso2 }).themes[h.theme];
        expect(LEVEL_RANK[risk.level], `${m.id} ${h.iso2} ${h.theme}`).toBeGreaterThanOrEqual(LEVEL_RANK.high);
        expect(risk.explanation).toContainEqual(
          expect.objectContaining({ indicator: 'hotspot', value: h.id, verified: h.citation.verifiedAgainstPrimary }),
        );
      }
  });

  test.each([
    ['artisanal gold in Ghana: child labour', 'gold-ore', 'GH', 'child_labour', 'ghana-asgm-hazardous-child-labour'],
    ['artisanal gold in Ghana: mercury', 'gold-ore', 'GH', 'environment', 'ghana-asgm-mercury'],
    ['artisanal gold in Ghana: health and safety', 'gold-ore', 'GH', 'health_safety', 'ghana-asgm-safety'],
    ['refined gold from Ghana: mercury', 'gold', 'GH', 'environment', 'ghana-asgm-mercury-local'],
    ['gold from Venezuela: armed groups', 'gold', 'VE', 'conflict_security', 'venezuela-gold-armed-groups'],
    ['gold from Venezuela: serious abuses (Annex II)', 'gold', 'VE', 'serious_abuses', 'venezuela-gold-forced-labour'],
    ['nickel in Indonesia: health and safety', 'nickel', 'ID', 'health_safety', 'indonesia-nickel-smelter-safety'],
    ['nickel ore from Indonesia: environment', 'nickel-ore', 'ID', 'environment', 'indonesia-nickel-environment'],
  ] as const)('%s is at least high, with its citation', (_name, materialId, country, theme, id) => {
    const risk = scored({ materialId, country }).themes[theme as ThemeId];
    expect(LEVEL_RANK[risk.level]).toBeGreaterThanOrEqual(LEVEL_RANK.high);
    const entry = risk.explanation.find((e) => e.value === id);
    expect(entry?.hotspot?.citation).toMatchObject({
      publisher: expect.any(String),
      title: expect.any(String),
      year: expect.any(Number),
      verifiedAgainstPrimary: expect.any(Boolean),
    });
    expect(entry?.hotspot?.citation.url).toMatch(/^https:\/\//);
    expect(entry?.source).toContain(entry?.hotspot?.citation.title);
  });

  test('the score follows from the raised likelihood and severity by the formula, not from a number per hotspot', () => {
    for (const h of HOTSPOTS) {
      const m = MATERIALS.find((x) => h.families.includes(x.family) && !x.recycled);
      if (!m) continue;
      const risk = scored({ materialId: m.id, country: h.iso2 }).themes[h.theme];
      expect(risk.likelihood.score).toBeGreaterThanOrEqual(minimumPoints(h.minLikelihood));
      expect(risk.severity.score).toBeGreaterThanOrEqual(minimumPoints(h.minSeverity));
      const formula =
        risk.likelihood.score * (COUNTRY_BASE_SHARE + ((1 - COUNTRY_BASE_SHARE) * risk.severity.score) / 100);
      expect(Math.abs(risk.score - formula), h.id).toBeLessThanOrEqual(1);
    }
  });

  test('a hotspot stays in its country and out of recycled material', () => {
    const elsewhere = scored({ materialId: 'nickel', country: 'PH' }).themes.health_safety;
    expect(elsewhere.explanation.some((e) => e.indicator === 'hotspot')).toBe(false);
    const scrap = scored({ materialId: 'gold-recycled', country: 'GH' }).themes.environment;
    expect(scrap.explanation.some((e) => e.indicator === 'hotspot')).toBe(false);
  });
});
