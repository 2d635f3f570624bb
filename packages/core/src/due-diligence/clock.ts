/**
 * The source of "now" for the due-diligence logic. Logic never calls `new Date()` itself, so tests
 * and replays of old assessments are deterministic. Structurally the same as the core's `Clock` port.
 */
export type Clock = { readonly now: () => Date };

/** A clock that always returns the given instant (for tests and for re-running a past assessment). */
export function fixedClock(iso: string): Clock {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) throw new Error(`not an ISO date: ${iso}`);
  return { now: () => new Date(at.getTime()) };
}
