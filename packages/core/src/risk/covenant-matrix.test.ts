import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sharedPath } from '../test-support/shared-files.js';
import { COVENANT_MATRIX_FAMILIES, COVENANT_MATRIX_RISKS } from './covenant-matrix.js';
import { MATERIALS } from './materials.js';
import { type PairRisk, scoreRisk } from './score-risk.js';
import { THEMES } from './themes.js';

/**
 * The covenant's Due Diligence Risk Matrix rates 13 risks per raw material and country (DOMAIN.md §5.3).
 * Every (material, risk) pair must have a theme in the model, scored with a material hazard (severity)
 * and at least one country indicator (likelihood).
 */
const MATRIX = [
  'discrimination & gender',
  'forced labour',
  'child labour',
  'labour rights',
  'fair wages',
  'freedom of association',
  'environmental issues',
  'ecological threat',
  'biodiversity',
  'deforestation',
  'water use and water availability',
  'corruption',
  'land tenure',
];

const scored = (materialId: string, country: string): PairRisk => {
  const r = scoreRisk({ materialId, country });
  if (r.status !== 'scored') throw new Error(r.message);
  return r;
};

describe("the covenant's risk matrix is covered", () => {
  test('the model lists the 13 risks of the matrix, each with a theme of the model', () => {
    expect(COVENANT_MATRIX_RISKS.map((r) => r.label.en)).toEqual(MATRIX);
    const themeIds = new Set<string>(THEMES.map((t) => t.id));
    for (const risk of COVENANT_MATRIX_RISKS) {
      expect(risk.themes.length, risk.id).toBeGreaterThan(0);
      for (const theme of risk.themes) expect(themeIds.has(theme), `${risk.id} → ${theme}`).toBe(true);
      expect(risk.label.nl.length).toBeGreaterThan(3);
    }
  });

  test('the list is the one published (../shared/reference-data/irbc-metals-dd-risk-matrix)', () => {
    const path = sharedPath('reference-data/irbc-metals-dd-risk-matrix/published-risk-list.txt');
    if (!path) return;
    const text = readFileSync(path, 'utf8');
    const english = text.slice(text.indexOf('--- English'), text.indexOf('--- Dutch'));
    const published = [...english.matchAll(/^\s*\d+\.\s*(.+?),?\s*$/gm)].map((m) =>
      (m[1] ?? '').replace(/\s*\(2 indexes\)/, ''),
    );
    expect(published).toEqual(MATRIX);
    const dutch = text.slice(text.indexOf('--- Dutch'), text.indexOf('--- Final report'));
    for (const risk of COVENANT_MATRIX_RISKS) expect(dutch).toContain(risk.label.nl);
  });

  test('every metal the matrix covers has raw materials in the catalogue', () => {
    for (const family of COVENANT_MATRIX_FAMILIES)
      expect(
        MATERIALS.some((m) => m.family === family),
        family,
      ).toBe(true);
  });

  test('every (material, risk) pair is scored with a severity and a country indicator', () => {
    const missing: string[] = [];
    for (const material of MATERIALS.filter((m) => COVENANT_MATRIX_FAMILIES.includes(m.family)))
      for (const country of ['PE', 'NL'])
        for (const risk of COVENANT_MATRIX_RISKS)
          for (const theme of risk.themes) {
            const t = scored(material.id, country).themes[theme];
            const hazard = t?.explanation.some((e) => e.indicator === 'material_hazard');
            const indicator = t?.explanation.some((e) => e.dataset !== 'assay-method' && e.contribution > 0);
            if (!t || !hazard || !indicator || t.severity.score <= 0)
              missing.push(`${material.id} × ${risk.id} (${theme}, ${country})`);
          }
    expect(missing).toEqual([]);
  });
});
