import { cahraCountry } from '../reference/cahra.js';
import type { Country } from '../reference/countries.js';
import { datasetInfo } from '../reference/datasets.js';
import { childLabourAdvancement } from '../reference/dol.js';
import { WGI_DIMENSION_NAMES, type WgiDimension, wgiEstimates } from '../reference/wgi.js';
import {
  ADVANCEMENT_POINTS,
  CAHRA_POINTS,
  type CountryIndicator,
  METHOD_SOURCE,
  NO_DATA_COUNTRY_POINTS,
  THEME_WEIGHTS,
  wgiRiskPoints,
} from './method.js';
import type { ExplanationEntry } from './risk-types.js';
import { THEMES, type ThemeId } from './themes.js';

/** Country part of a theme score (0–100) and its indicator entries; contributions are unscaled (sum = points). */
export type CountryPart = { readonly points: number; readonly entries: readonly ExplanationEntry[] };

type Reading = { value: number | string | boolean; points: number; dataset: string; source: string };

function readIndicator(indicator: CountryIndicator, country: Country): Reading | undefined {
  if (indicator === 'eu_cahra') {
    const entry = cahraCountry(country.alpha2);
    const points = !entry
      ? CAHRA_POINTS.notListed
      : entry.wholeCountry
        ? CAHRA_POINTS.wholeCountry
        : entry.regions.some((r) => r.conflictAffected)
          ? CAHRA_POINTS.conflictAffectedRegions
          : CAHRA_POINTS.highRiskRegionsOnly;
    const value = !entry
      ? 'not listed'
      : entry.wholeCountry
        ? 'whole country'
        : `${entry.regions.length} regions listed`;
    return {
      value,
      points,
      dataset: 'eu-cahra',
      source: 'EU indicative CAHRA list (Art. 14(2) Reg. (EU) 2017/821), cahraslist.net',
    };
  }
  if (indicator === 'dol_advancement') {
    const finding = childLabourAdvancement(country.alpha2);
    if (!finding || finding.level === 'not_assessed') return undefined;
    return {
      value: finding.text,
      points: ADVANCEMENT_POINTS[finding.level],
      dataset: 'us-dol-child-labour-findings',
      source: 'US DOL ILAB, Findings on the Worst Forms of Child Labor (2022), country advancement level',
    };
  }
  const dim = indicator.slice(4) as WgiDimension;
  const estimate = wgiEstimates(country.alpha3)[dim];
  if (!estimate) return undefined;
  return {
    value: Math.round(estimate.value * 1000) / 1000,
    points: wgiRiskPoints(estimate.value),
    dataset: 'wb-wgi',
    source: `World Bank WGI, ${datasetInfo('wb-wgi').edition}, ${WGI_DIMENSION_NAMES[dim]} estimate ${estimate.year}`,
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Compute the country part of a theme from the reference data (no caching). */
export function computeCountryPart(country: Country, theme: ThemeId): CountryPart {
  const readings = Object.entries(THEME_WEIGHTS[theme]).flatMap(([indicator, weight]) => {
    const reading = readIndicator(indicator as CountryIndicator, country);
    return reading ? [{ indicator, weight: weight ?? 0, reading }] : [];
  });
  const total = readings.reduce((s, r) => s + r.weight, 0);
  if (total === 0) {
    return {
      points: NO_DATA_COUNTRY_POINTS,
      entries: [
        {
          indicator: 'no_country_data',
          dataset: 'assay-method',
          edition: METHOD_SOURCE,
          value: null,
          contribution: NO_DATA_COUNTRY_POINTS,
          source: `${METHOD_SOURCE} §Missing data: no indicator available, unknown is scored as medium`,
        },
      ],
    };
  }
  const entries = readings.map(({ indicator, weight, reading }) => ({
    indicator,
    dataset: reading.dataset,
    edition: datasetInfo(reading.dataset as Parameters<typeof datasetInfo>[0]).edition,
    value: reading.value,
    contribution: (weight / total) * reading.points,
    source: `${reading.source}; weight ${round1((weight / total) * 100)} % (${METHOD_SOURCE} §Weights)`,
  }));
  return { points: entries.reduce((s, e) => s + e.contribution, 0), entries };
}

const cache = new Map<string, Readonly<Record<ThemeId, CountryPart>>>();

/** Country parts of all themes, computed once per country and cached (for bulk scoring). */
export function countryParts(country: Country): Readonly<Record<ThemeId, CountryPart>> {
  let parts = cache.get(country.alpha2);
  if (!parts) {
    parts = Object.fromEntries(THEMES.map((t) => [t.id, computeCountryPart(country, t.id)])) as Record<
      ThemeId,
      CountryPart
    >;
    cache.set(country.alpha2, parts);
  }
  return parts;
}
