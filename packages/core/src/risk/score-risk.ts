import { type Country, findCountry } from '../reference/countries.js';
import { datasetInfo } from '../reference/datasets.js';
import { tvpraListings } from '../reference/dol.js';
import { productionShare } from '../reference/production.js';
import { CPI_YEAR, cpiScore } from '../reference/ti-cpi.js';
import { type CountryPart, computeCountryPart, countryParts } from './country-part.js';
import { citationText, type HotspotLikelihood, hotspotsFor } from './hotspots.js';
import { materialHazard } from './material-hazards.js';
import type { Material } from './material-types.js';
import { getMaterial } from './materials.js';
import {
  COUNTRY_BASE_SHARE,
  DOCUMENTED_LIKELIHOOD,
  LEVEL_RANK,
  levelOrdinal,
  METHOD_SOURCE,
  METHOD_VERSION,
  minimumPoints,
  riskLevel,
  TVPRA_MIN_SEVERITY,
} from './method.js';
import { prioritise } from './prioritise.js';
import type { ExplanationEntry, RiskLevel, ThemeRisk } from './risk-types.js';
import { THEMES, type ThemeId } from './themes.js';

/** One row to score: a material id and a country code (alpha-2, alpha-3 or numeric). */
export type RiskRow = { readonly materialId: string; readonly country: string };

/** Scores of all themes for one (material, country), stamped with the method version. */
export type PairRisk = {
  readonly status: 'scored';
  readonly materialId: string;
  /** Alpha-2 code. */
  readonly country: string;
  readonly methodVersion: string;
  readonly themes: Readonly<Record<ThemeId, ThemeRisk>>;
  /** The highest theme (first in theme order on ties). */
  readonly top: ThemeRisk;
  /** USGS share of world production, when the country is a listed producer. */
  readonly productionSharePct: number | null;
  /**
   * True when the material has a USGS table and the country is not a listed producer: an OECD red
   * flag to check ("claimed origin with limited known production", OECD 2016, Supplements, red flags).
   */
  readonly unlistedOrigin: boolean;
};

/** A row that could not be scored (expected outcome, not an error). */
export type RiskRowIssue = {
  readonly status: 'unknown_material' | 'unknown_country';
  readonly materialId: string;
  readonly country: string;
  readonly message: string;
};

const round1 = (n: number) => Math.round(n * 10) / 10;

function themeRisk(material: Material, country: Country, theme: ThemeId, part: CountryPart): ThemeRisk {
  const hazard = materialHazard(material.family, material.form, theme);
  const factor = COUNTRY_BASE_SHARE + ((1 - COUNTRY_BASE_SHARE) * hazard.points) / 100;
  const explanation: ExplanationEntry[] = part.entries.map((e) => ({
    ...e,
    contribution: round1(e.contribution * COUNTRY_BASE_SHARE),
  }));
  explanation.push({
    indicator: 'material_hazard',
    dataset: 'assay-method',
    edition: METHOD_VERSION,
    value: hazard.points,
    contribution: round1(part.points * (factor - COUNTRY_BASE_SHARE)),
    source: `${hazard.source} (${METHOD_SOURCE} §Hazards)`,
  });
  let score = part.points * factor;
  // Cited inputs (a DOL listing, hotspots) raise likelihood and severity to their minimums; the score
  // follows from the two by the same formula, and each entry carries the points its raise added.
  let likelihoodPoints = part.points;
  let severityPoints = hazard.points;
  let documented = false;
  const raise = (minLikelihood: HotspotLikelihood, minSeverity: RiskLevel): number => {
    const before = score;
    if (minLikelihood === 'documented') documented = true;
    likelihoodPoints = Math.max(likelihoodPoints, minimumPoints(minLikelihood));
    severityPoints = Math.max(severityPoints, minimumPoints(minSeverity));
    const likelihood = documented ? DOCUMENTED_LIKELIHOOD : likelihoodPoints;
    score = Math.max(score, likelihood * (COUNTRY_BASE_SHARE + ((1 - COUNTRY_BASE_SHARE) * severityPoints) / 100));
    return round1(score - before);
  };

  const primary = !material.recycled;
  if (primary && (theme === 'child_labour' || theme === 'forced_labour')) {
    for (const listing of tvpraListings(material.dolGoods, country.alpha2)) {
      const listed =
        theme === 'child_labour'
          ? listing.childLabour || listing.forcedChildLabour
          : listing.forcedLabour || listing.forcedChildLabour;
      if (!listed) continue;
      explanation.push({
        indicator: 'dol_tvpra',
        dataset: 'us-dol-tvpra',
        edition: datasetInfo('us-dol-tvpra').edition,
        value: `${listing.good}: listed`,
        contribution: raise('documented', TVPRA_MIN_SEVERITY),
        source: `US DOL ILAB, List of Goods Produced by Child Labor or Forced Labor (2022); likelihood documented, severity at least ${TVPRA_MIN_SEVERITY} (${METHOD_SOURCE} §Formula)`,
        verified: true,
        override: true,
      });
    }
  }
  if (primary) {
    for (const h of hotspotsFor(material.family, country.alpha2, theme)) {
      explanation.push({
        indicator: 'hotspot',
        dataset: 'assay-method',
        edition: METHOD_VERSION,
        value: h.id,
        contribution: raise(h.minLikelihood, h.minSeverity),
        source: `${h.finding.en} ${citationText(h.citation)} (likelihood at least ${h.minLikelihood}, severity at least ${h.minSeverity}; ${METHOD_SOURCE} §Hotspots)`,
        verified: h.citation.verifiedAgainstPrimary,
        override: true,
        hotspot: {
          finding: h.finding,
          citation: h.citation,
          minLikelihood: h.minLikelihood,
          minSeverity: h.minSeverity,
        },
      });
    }
  }
  if (theme === 'corruption') {
    const cpi = cpiScore(country.alpha3);
    explanation.push({
      indicator: 'ti_cpi',
      dataset: 'ti-cpi',
      edition: datasetInfo('ti-cpi').edition,
      value: cpi?.score ?? null,
      contribution: 0,
      source: `Transparency International, CPI ${CPI_YEAR} (CC BY-ND 4.0), shown as published for context; not part of the score`,
    });
  }
  const rounded = Math.round(score);
  const severityScore = Math.round(severityPoints);
  const likelihoodScore = documented ? DOCUMENTED_LIKELIHOOD : Math.round(likelihoodPoints);
  const severity = { score: severityScore, level: riskLevel(severityScore) };
  const likelihood = { score: likelihoodScore, level: riskLevel(likelihoodScore), documented };
  const s = levelOrdinal(severity.level);
  const priority = prioritise({ scale: s, scope: s, irremediability: s, likelihood: levelOrdinal(likelihood.level) });
  return { theme, score: rounded, level: riskLevel(rounded), severity, likelihood, priority, explanation };
}

function pairRisk(material: Material, country: Country, part: (theme: ThemeId) => CountryPart): PairRisk {
  const themes = Object.fromEntries(
    THEMES.map((t) => [t.id, themeRisk(material, country, t.id, part(t.id))]),
  ) as Record<ThemeId, ThemeRisk>;
  let top = themes[THEMES[0].id];
  for (const t of THEMES) if (themes[t.id].score > top.score) top = themes[t.id];
  const share = material.usgsBlock ? productionShare(material.usgsBlock, country.alpha2) : undefined;
  return {
    status: 'scored',
    materialId: material.id,
    country: country.alpha2,
    methodVersion: METHOD_VERSION,
    themes,
    top,
    productionSharePct: share?.sharePct ?? null,
    unlistedOrigin: material.usgsBlock !== null && share === undefined,
  };
}

function resolve(row: RiskRow): { material: Material; country: Country } | RiskRowIssue {
  const material = getMaterial(row.materialId);
  if (!material)
    return {
      status: 'unknown_material',
      materialId: row.materialId,
      country: row.country,
      message: `Unknown material "${row.materialId}".`,
    };
  const country = findCountry(row.country);
  if (!country)
    return {
      status: 'unknown_country',
      materialId: row.materialId,
      country: row.country,
      message: `Unknown country code "${row.country}".`,
    };
  return { material, country };
}

/** Score one row from scratch, without any cache: the baseline for benchmarks and a reference for tests. */
export function scoreRiskNaive(row: RiskRow): PairRisk | RiskRowIssue {
  const r = resolve(row);
  if ('status' in r) return r;
  return pairRisk(r.material, r.country, (theme) => computeCountryPart(r.country, theme));
}

const pairCache = new Map<string, PairRisk>();

/** Score one (material, country) with the precomputed country parts; results are cached and shared. */
export function scoreRisk(row: RiskRow): PairRisk | RiskRowIssue {
  const hit = pairCache.get(`${row.materialId}|${row.country}`);
  if (hit) return hit;
  const r = resolve(row);
  if ('status' in r) return r;
  const key = `${r.material.id}|${r.country.alpha2}`;
  let pair = pairCache.get(key);
  if (!pair) {
    const parts = countryParts(r.country);
    pair = pairRisk(r.material, r.country, (theme) => parts[theme]);
    pairCache.set(key, pair);
  }
  pairCache.set(`${row.materialId}|${row.country}`, pair);
  return pair;
}

/** Bulk scoring: one result per row, in order. Repeated (material, country) pairs are lookups. */
export function scoreRisks(rows: readonly RiskRow[]): (PairRisk | RiskRowIssue)[] {
  return rows.map(scoreRisk);
}

/**
 * Sort helper: higher level first; within a level the OECD priority (severity before likelihood),
 * then the higher score.
 */
export function compareThemeRisks(a: ThemeRisk, b: ThemeRisk): number {
  return LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || b.priority.rank - a.priority.rank || b.score - a.score;
}
