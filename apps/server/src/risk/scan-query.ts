import {
  type Country,
  findMaterial,
  getMaterial,
  type Material,
  resolveCountry,
  THEMES,
  type ThemeId,
} from '@assay/core';
import type { MapTheme } from './map-values.js';

/** Most materials and countries one scan takes (keeps the page readable and the work bounded). */
export const MAX_MATERIALS = 5;
export const MAX_COUNTRIES = 10;

/** Something in the query that could not be used, with the value as typed. */
export type ScanProblem =
  | { readonly kind: 'unknown_material' | 'unknown_country' | 'unknown_theme'; readonly value: string }
  | { readonly kind: 'ambiguous_material'; readonly value: string; readonly candidates: readonly Material[] }
  | { readonly kind: 'too_many_materials' | 'too_many_countries'; readonly value: string };

/** The scan asked for in the URL: what resolved, and what did not. */
export type ScanQuery = {
  readonly materials: readonly Material[];
  readonly countries: readonly Country[];
  readonly theme: MapTheme;
  readonly problems: readonly ScanProblem[];
};

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

/** Values of a repeatable parameter; each may also hold a comma-separated list. Trimmed, de-duplicated. */
export function listParam(values: readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const value of values ?? [])
    for (const part of value.split(',')) {
      const v = part.trim().slice(0, 100);
      if (v !== '' && !out.includes(v)) out.push(v);
    }
  return out;
}

/** A material by id, or by a name/alias that matches exactly one material (English or Dutch). */
export function resolveMaterial(
  query: string,
): { readonly material: Material } | { readonly candidates: readonly Material[] } {
  const byId = getMaterial(query.trim().toLowerCase());
  if (byId) return { material: byId };
  const found = findMaterial(query);
  const q = fold(query);
  const exact = found.filter((m) => [m.id, m.name.en, m.name.nl, ...m.aliases].some((term) => fold(term) === q));
  const only = exact.length === 1 ? exact[0] : found.length === 1 ? found[0] : undefined;
  return only ? { material: only } : { candidates: found.slice(0, 5) };
}

const THEME_IDS: readonly string[] = THEMES.map((t) => t.id);

/** Reads `material`, `country` and `theme` from the query string of /scan. */
export function readScanQuery(params: {
  readonly material?: readonly string[] | undefined;
  readonly country?: readonly string[] | undefined;
  readonly theme?: string | undefined;
}): ScanQuery {
  const problems: ScanProblem[] = [];
  const materialValues = listParam(params.material);
  const countryValues = listParam(params.country);
  if (materialValues.length > MAX_MATERIALS)
    problems.push({ kind: 'too_many_materials', value: String(materialValues.length) });
  if (countryValues.length > MAX_COUNTRIES)
    problems.push({ kind: 'too_many_countries', value: String(countryValues.length) });

  const materials: Material[] = [];
  for (const value of materialValues.slice(0, MAX_MATERIALS)) {
    const r = resolveMaterial(value);
    if ('material' in r) {
      if (!materials.includes(r.material)) materials.push(r.material);
    } else if (r.candidates.length > 1) problems.push({ kind: 'ambiguous_material', value, candidates: r.candidates });
    else problems.push({ kind: 'unknown_material', value });
  }
  const countries: Country[] = [];
  for (const value of countryValues.slice(0, MAX_COUNTRIES)) {
    const country = resolveCountry(value);
    if (!country) problems.push({ kind: 'unknown_country', value });
    else if (!countries.includes(country)) countries.push(country);
  }
  const themeValue = params.theme?.trim() ?? '';
  let theme: MapTheme = 'top';
  if (themeValue !== '' && themeValue !== 'top') {
    if (THEME_IDS.includes(themeValue)) theme = themeValue as ThemeId;
    else problems.push({ kind: 'unknown_theme', value: themeValue.slice(0, 100) });
  }
  return { materials, countries, theme, problems };
}
