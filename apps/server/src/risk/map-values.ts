import { type RiskLevel, scoreRiskNaive, THEMES, type ThemeId } from '@assay/core';
import { worldShapes } from './world-shapes.js';

/** The score and level of one theme (or the highest theme, `top`) for a (material, country). */
export type MapValue = { readonly score: number; readonly level: RiskLevel; readonly theme: ThemeId };

/** A map's theme choice: one theme, or the highest of all themes per country. */
export type MapTheme = ThemeId | 'top';

type CountryValues = Readonly<Record<MapTheme, MapValue>>;

const byMaterial = new Map<string, ReadonlyMap<string, CountryValues>>();

function compute(materialId: string, countries: readonly string[]): ReadonlyMap<string, CountryValues> {
  const values = new Map<string, CountryValues>();
  for (const country of countries) {
    // The naive scorer keeps nothing in the core's pair cache: the map only needs score and level.
    const pair = scoreRiskNaive({ materialId, country });
    if (pair.status !== 'scored') continue;
    const entry = Object.fromEntries(
      THEMES.map((t) => [t.id, { score: pair.themes[t.id].score, level: pair.themes[t.id].level, theme: t.id }]),
    ) as Record<MapTheme, MapValue>;
    entry.top = { score: pair.top.score, level: pair.top.level, theme: pair.top.theme };
    values.set(pair.country, entry);
  }
  return values;
}

/**
 * Compact values of one material for every country on the world map, by alpha-2 code; computed once
 * per material (call with catalogue ids only, so the cache holds at most one entry per material).
 */
export function mapValues(materialId: string): ReadonlyMap<string, CountryValues> {
  let values = byMaterial.get(materialId);
  if (!values) {
    const countries = [...new Set(worldShapes().flatMap((s) => (s.alpha2 ? [s.alpha2] : [])))];
    values = compute(materialId, countries);
    byMaterial.set(materialId, values);
  }
  return values;
}
