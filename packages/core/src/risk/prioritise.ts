/** Ordinal 1 (lowest) … 4 (highest) for severity dimensions and likelihood. */
export type Ordinal = 1 | 2 | 3 | 4;

/** A company's own assessment of one actual or potential impact. */
export type ImpactAssessment = {
  /** How grave the impact is. */
  readonly scale: Ordinal;
  /** How widespread: people affected or extent of environmental damage. */
  readonly scope: Ordinal;
  /** Limits on restoring the affected people or environment to their prior situation. */
  readonly irremediability: Ordinal;
  /** Likelihood of a potential impact; 4 for an actual impact. */
  readonly likelihood: Ordinal;
};

/** Severity, likelihood and a priority rank (1–16, higher first) in which severity outranks likelihood. */
export type Priority = { readonly severity: Ordinal; readonly likelihood: Ordinal; readonly rank: number };

/**
 * OECD (2018) Due Diligence Guidance for RBC, Step 2.4 and Q&A on prioritisation: severity is judged
 * by scale, scope and irremediable character, and one characteristic can make an impact severe, so
 * severity = the highest of the three; severity comes before likelihood (also ESRS 1 §§40–41, AR 22).
 * The "severity before likelihood" wording is unverified against the OECD text (DOMAIN.md §1.2).
 */
export const PRIORITISATION_SOURCE = {
  source:
    'OECD (2018) Due Diligence Guidance for Responsible Business Conduct, Step 2.4 and Q&A; ESRS 1 §§40–41, AR 22',
  verified: false,
} as const;

/** Prioritise one impact: rank = (severity − 1) × 4 + likelihood, so any higher severity beats any likelihood. */
export function prioritise(a: ImpactAssessment): Priority {
  const severity = Math.max(a.scale, a.scope, a.irremediability) as Ordinal;
  return { severity, likelihood: a.likelihood, rank: (severity - 1) * 4 + a.likelihood };
}

/** Sort impacts by priority, most urgent first (stable for equal ranks). */
export function sortByPriority<T extends { readonly assessment: ImpactAssessment }>(items: readonly T[]): T[] {
  return [...items].sort((x, y) => prioritise(y.assessment).rank - prioritise(x.assessment).rank);
}
