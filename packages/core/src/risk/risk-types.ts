import type { LocalizedText } from '../i18n/locales.js';
import type { Citation, HotspotLikelihood } from './hotspots.js';
import type { Priority } from './prioritise.js';
import type { ThemeId } from './themes.js';

/** Risk level bands of the Assay method (see {@link RISK_BANDS}). */
export type RiskLevel = 'low' | 'medium' | 'high' | 'very_high';

/** One contributing indicator of a score: what it is, where it comes from, what it added. */
export type ExplanationEntry = {
  /** Stable indicator id, e.g. `wgi.pv`, `eu_cahra`, `material_hazard`, `dol_tvpra`, `hotspot`. */
  readonly indicator: string;
  /** Dataset id (reference/datasets) or `assay-method` for method constants and cited hotspots. */
  readonly dataset: string;
  readonly edition: string;
  /** The indicator value as read (estimate, flag, level text, hazard points). */
  readonly value: number | string | boolean | null;
  /** Points (0–100 scale) this entry added to the score; 0 for context-only entries. */
  readonly contribution: number;
  /** Citation: document, edition, section. */
  readonly source: string;
  /** False when the source is not verified against the primary text. */
  readonly verified?: boolean;
  /** Set on cited inputs that raise likelihood or severity (a DOL listing, a hotspot). */
  readonly override?: boolean;
  /** A hotspot's finding (in each UI language), citation and minimums, for the page to show. */
  readonly hotspot?: {
    readonly finding: LocalizedText;
    readonly citation: Citation;
    readonly minLikelihood: HotspotLikelihood;
    readonly minSeverity: RiskLevel;
  };
};

/** One of the two OECD prioritisation dimensions, on the 0–100 scale with its band. */
export type RiskDimension = { readonly score: number; readonly level: RiskLevel };

/**
 * The risk of one (material, country, theme). `severity` (how grave the impact of this material's
 * production is: the material hazard) and `likelihood` (how likely it occurs in this country: the
 * country part, or documented when a cited source records it) are kept apart, as the OECD
 * prioritisation asks (RBC Guidance Step 2.4); `score`/`level` combine them for screening and
 * `priority` ranks them with severity before likelihood, as the risk register does.
 */
export type ThemeRisk = {
  readonly theme: ThemeId;
  readonly score: number;
  readonly level: RiskLevel;
  readonly severity: RiskDimension;
  readonly likelihood: RiskDimension & {
    /** True when a cited source records the impact for this material and country (an actual impact). */
    readonly documented: boolean;
  };
  readonly priority: Priority;
  readonly explanation: readonly ExplanationEntry[];
};
