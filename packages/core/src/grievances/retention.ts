import type { GrievanceCase } from './grievance-case.js';

const DAY_MS = 86_400_000;

/**
 * The closed cases whose retention period has ended at `now`: closed at least `retentionDays` ago.
 * Open cases are never due, however old: they still need handling. Generic so storage can pass
 * light rows (`{ id, status, closedAt }`) instead of whole cases. Deleting means deleting the case,
 * its messages and its attachments; statistics already reported are not affected.
 */
export function casesDueForDeletion<C extends Pick<GrievanceCase, 'status' | 'closedAt'>>(
  cases: readonly C[],
  retentionDays: number,
  now: Date,
): C[] {
  const cutoff = now.getTime() - retentionDays * DAY_MS;
  return cases.filter(
    (grievance) =>
      grievance.status === 'closed' &&
      grievance.closedAt !== undefined &&
      new Date(grievance.closedAt).getTime() <= cutoff,
  );
}
