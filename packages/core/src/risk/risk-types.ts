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
  /** Set on cited overrides: the score was raised to this floor. */
  readonly override?: boolean;
};

/** The risk of one (material, country, theme). */
export type ThemeRisk = {
  readonly theme: ThemeId;
  readonly score: number;
  readonly level: RiskLevel;
  readonly explanation: readonly ExplanationEntry[];
};
