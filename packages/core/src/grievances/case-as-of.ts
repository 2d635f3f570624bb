import type { GrievanceCase } from './grievance-case.js';

/**
 * The case as it stood at `instant`, rebuilt from its status history: status, dates, outcome and
 * messages up to then. `undefined` if it had not been received yet. Reports for a past period must
 * not count what happened after the period (a case closed in January is open in last year's report).
 */
export function caseAsOf(grievance: GrievanceCase, instant: Date): GrievanceCase | undefined {
  const at = instant.toISOString();
  if (grievance.receivedAt > at) return undefined;
  const history = grievance.history.filter((change) => change.at <= at);
  const last = history.at(-1);
  const closing = last?.to === 'closed' ? last : undefined;
  const known = (value: string | undefined): string | undefined =>
    value !== undefined && value <= at ? value : undefined;
  return {
    ...grievance,
    status: last?.to ?? 'received',
    acknowledgedAt: known(grievance.acknowledgedAt),
    investigationStartedAt: known(grievance.investigationStartedAt),
    closedAt: closing?.at,
    // The history keeps the outcome kind, not the summary, which statistics do not need.
    outcome: closing?.outcome === undefined ? undefined : { kind: closing.outcome, summary: '' },
    messages: grievance.messages.filter((message) => message.at <= at),
    history,
  };
}
