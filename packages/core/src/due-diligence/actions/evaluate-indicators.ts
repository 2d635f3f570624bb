import type { ReviewConclusion, TrackingIndicator } from './effectiveness-review.schema.js';

/** How far an indicator has moved from baseline to target. */
export type IndicatorProgress = {
  readonly id: string;
  /** 0 at baseline (or worse), 1 at target (or better); `null` when not measured. */
  readonly progress: number | null;
  readonly achieved: boolean;
};

/** Progress of each indicator from baseline towards target, in its own direction. */
export function evaluateIndicators(indicators: readonly TrackingIndicator[]): IndicatorProgress[] {
  return indicators.map((i) => {
    if (i.actual === undefined) return { id: i.id, progress: null, achieved: false };
    const better = (a: number, b: number) => (i.direction === 'increase' ? a >= b : a <= b);
    const achieved = better(i.actual, i.target);
    const span = i.target - i.baseline;
    const raw = span === 0 ? (achieved ? 1 : 0) : (i.actual - i.baseline) / span;
    return { id: i.id, progress: Math.min(1, Math.max(0, raw)), achieved };
  });
}

/**
 * A suggested conclusion the reviewer confirms or overrides: effective when every indicator reached its
 * target, partly effective when any moved towards it, otherwise not effective. `null` without measurements.
 */
export function suggestConclusion(indicators: readonly TrackingIndicator[]): ReviewConclusion | null {
  const measured = evaluateIndicators(indicators).filter((p) => p.progress !== null);
  if (measured.length === 0) return null;
  if (measured.length === indicators.length && measured.every((p) => p.achieved)) return 'effective';
  if (measured.some((p) => (p.progress ?? 0) > 0)) return 'partly_effective';
  return 'not_effective';
}
