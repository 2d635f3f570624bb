import type { CahraCountry, CahraRegion } from './cahra-types.js';
import { CAHRA_COUNTRIES, CAHRA_VERSION } from './eu-cahra.generated.js';

export type { CahraCountry, CahraRegion } from './cahra-types.js';
export { CAHRA_COUNTRIES, CAHRA_VERSION };

/**
 * CAHRA status of an origin on the EU indicative list (Art. 14(2) Reg. (EU) 2017/821). The list is
 * indicative and non-exhaustive: `listed: false` never means "no risk".
 */
export type CahraStatus = {
  /** The whole country, or the given region, is listed. */
  readonly listed: boolean;
  /** The country appears on the list at all (whole or some regions). */
  readonly countryListed: boolean;
  readonly wholeCountry: boolean;
  /** The matched region when `region` was given and found. */
  readonly region: CahraRegion | null;
  /** Listed regions of the country when no region was given or matched. */
  readonly listedRegions: number;
  readonly conflictAffectedRegions: number;
  readonly listVersion: string;
};

const byIso2 = new Map<string, CahraCountry>(CAHRA_COUNTRIES.map((c) => [c.iso2, c]));
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

/** The listed country entry for an alpha-2 code, or undefined. */
export function cahraCountry(iso2: string): CahraCountry | undefined {
  return byIso2.get(iso2.toUpperCase());
}

/** CAHRA status for a country (alpha-2) and optional region (ISO 3166-2 code or name). */
export function cahraStatus(iso2: string, region?: string): CahraStatus {
  const entry = cahraCountry(iso2);
  const wanted = region ? fold(region) : '';
  const match = wanted ? entry?.regions.find((r) => fold(r.code) === wanted || fold(r.name) === wanted) : undefined;
  const wholeCountry = entry?.wholeCountry ?? false;
  return {
    listed: wholeCountry || match !== undefined,
    countryListed: entry !== undefined,
    wholeCountry,
    region: match ?? null,
    listedRegions: entry?.regions.length ?? 0,
    conflictAffectedRegions: entry?.regions.filter((r) => r.conflictAffected).length ?? 0,
    listVersion: CAHRA_VERSION,
  };
}
