import type { RiskLevel } from './risk-types.js';
import type { ThemeId } from './themes.js';

/**
 * Version of the risk method. Bump on any change to weights, bands, hazards or hotspots; every
 * result carries it so an old report can be explained (docs/RISK-METHOD.md).
 */
export const METHOD_VERSION = 'assay-risk-2026.2';

/** Where the method's own constants are documented. */
export const METHOD_SOURCE = `Assay risk method ${METHOD_VERSION}, docs/RISK-METHOD.md`;

/**
 * Level bands on the 0–100 score: lower bound inclusive. Method choice (docs/RISK-METHOD.md §Bands):
 * equal quarters, so each level spans the same share of the scale.
 */
export const RISK_BANDS: readonly { readonly level: RiskLevel; readonly min: number }[] = [
  { level: 'very_high', min: 75 },
  { level: 'high', min: 50 },
  { level: 'medium', min: 25 },
  { level: 'low', min: 0 },
];

/** The band of a 0–100 score. */
export function riskLevel(score: number): RiskLevel {
  for (const band of RISK_BANDS) if (score >= band.min) return band.level;
  return 'low';
}

/** Ordinal of a level, for sorting (low 0 … very_high 3). */
export const LEVEL_RANK: Readonly<Record<RiskLevel, number>> = { low: 0, medium: 1, high: 2, very_high: 3 };

/** Country indicators that feed the country part of a theme score. */
export type CountryIndicator =
  | 'wgi.va'
  | 'wgi.pv'
  | 'wgi.ge'
  | 'wgi.rq'
  | 'wgi.rl'
  | 'wgi.cc'
  | 'eu_cahra'
  | 'dol_advancement';

/**
 * Weights of the country indicators per theme (sum 1 per theme). Method choice, mapping each theme
 * to the WGI dimension(s) whose definitions (Kaufmann, Kraay & Mastruzzi 2010, WGI methodology,
 * World Bank PRWP 5430, §2) describe the governance failure that enables the harm; the EU CAHRA list
 * (Art. 14(2) Reg. 2017/821) for conflict; the DOL Findings for child labour. docs/RISK-METHOD.md §Weights.
 */
export const THEME_WEIGHTS: Readonly<Record<ThemeId, Partial<Record<CountryIndicator, number>>>> = {
  conflict_security: { 'wgi.pv': 0.5, eu_cahra: 0.3, 'wgi.rl': 0.2 },
  serious_abuses: { 'wgi.va': 0.35, 'wgi.rl': 0.35, 'wgi.pv': 0.3 },
  child_labour: { dol_advancement: 0.5, 'wgi.rl': 0.25, 'wgi.ge': 0.25 },
  forced_labour: { 'wgi.va': 0.5, 'wgi.rl': 0.5 },
  health_safety: { 'wgi.ge': 0.5, 'wgi.rl': 0.5 },
  freedom_of_association: { 'wgi.va': 0.7, 'wgi.rl': 0.3 },
  environment: { 'wgi.ge': 0.4, 'wgi.rq': 0.3, 'wgi.rl': 0.3 },
  corruption: { 'wgi.cc': 0.7, 'wgi.rq': 0.3 },
  // 2026.2, for the covenant's risk matrix: governance proxies until a thematic index is bundled.
  land_rights: { 'wgi.rl': 0.5, 'wgi.va': 0.3, 'wgi.cc': 0.2 },
  labour_rights: { 'wgi.rl': 0.4, 'wgi.ge': 0.3, 'wgi.va': 0.3 },
  discrimination: { 'wgi.va': 0.5, 'wgi.rl': 0.5 },
  water: { 'wgi.ge': 0.5, 'wgi.rq': 0.5 },
  biodiversity: { 'wgi.ge': 0.4, 'wgi.rq': 0.3, 'wgi.rl': 0.3 },
};

/** WGI estimate → risk points: linear, −2.5 → 100 and +2.5 → 0, clamped (WGI scale: SOURCE.md of wb-wgi). */
export function wgiRiskPoints(estimate: number): number {
  return Math.min(100, Math.max(0, ((2.5 - estimate) / 5) * 100));
}

/** EU CAHRA listing → risk points. Method choice: whole country 100, conflict-affected regions 70, high-risk regions only 50. */
export const CAHRA_POINTS = {
  wholeCountry: 100,
  conflictAffectedRegions: 70,
  highRiskRegionsOnly: 50,
  notListed: 0,
} as const;

/** DOL advancement level → risk points (ordinal of DOL Findings 2022, evenly spaced). Not assessed: indicator left out. */
export const ADVANCEMENT_POINTS = { significant: 10, moderate: 35, minimal: 65, none: 90 } as const;

/** Country part used when a country has none of the indicators: unknown is not low (method choice). */
export const NO_DATA_COUNTRY_POINTS = 50;

/**
 * Share of the score that the country part always carries; the rest scales with the material hazard:
 * score = C × (BASE + (1 − BASE) × H / 100). A hazardous material in a weak-governance country scores
 * highest; a well-governed country keeps a low score whatever the material. docs/RISK-METHOD.md §Formula.
 */
export const COUNTRY_BASE_SHARE = 0.5;

/**
 * Likelihood of an impact that a cited source records for this material and country (a verified
 * hotspot, a DOL TVPRA listing): an actual impact, the top of the scale, as the risk register scores
 * an actual impact with likelihood 4 (prioritise.ts; OECD RBC Guidance Step 2.4).
 */
export const DOCUMENTED_LIKELIHOOD = 100;

/** A level as the 1–4 ordinal of the OECD prioritisation (low 1 … very_high 4). */
export function levelOrdinal(level: RiskLevel): 1 | 2 | 3 | 4 {
  return (LEVEL_RANK[level] + 1) as 1 | 2 | 3 | 4;
}

/**
 * The points a minimum asks for: the lower bound of the level's band, or `DOCUMENTED_LIKELIHOOD` for a
 * documented impact. A cited input raises likelihood or severity to at least this (docs/RISK-METHOD.md §Hotspots).
 */
export function minimumPoints(minimum: RiskLevel | 'documented'): number {
  if (minimum === 'documented') return DOCUMENTED_LIKELIHOOD;
  return RISK_BANDS.find((band) => band.level === minimum)?.min ?? 0;
}

/**
 * Severity a DOL TVPRA listing asks for at least, with a documented likelihood. With the formula this
 * gives at least 75 (very high) for any listed good, as the floor of 2026.1 did; a more hazardous
 * material scores higher.
 */
export const TVPRA_MIN_SEVERITY: RiskLevel = 'high';
