import { type GrievanceCase, isOpenStatus } from './grievance-case.js';
import type { GrievanceSettings } from './grievance-settings.schema.js';

const DAY_MS = 86_400_000;

/** The deadlines of a case at a moment, and which of them are missed. */
export type CaseDeadlines = {
  /** When receipt had to be / has to be confirmed. */
  readonly acknowledgeBy: string;
  /** Not yet acknowledged, still open, and `acknowledgeBy` has passed. */
  readonly acknowledgeOverdue: boolean;
  /** Acknowledged, but after `acknowledgeBy` (for the annual report). */
  readonly acknowledgedLate: boolean;
  /** When the reporter must next hear from an officer; `null` once the case is closed. */
  readonly followUpBy: string | null;
  /** Open and `followUpBy` has passed. */
  readonly followUpOverdue: boolean;
  /** Any deadline missed on an open case. */
  readonly overdue: boolean;
};

const plusDays = (iso: string, days: number): number => new Date(iso).getTime() + days * DAY_MS;

/**
 * The deadlines of `grievance` at `now`. Following up means a message from an officer that the
 * reporter can read (status changes alone tell the reporter little): the reporter is entitled to
 * follow-up and to the reasons (CSDDD Art. 14; UNGP 31 (e) "keeping parties informed").
 */
export function deadlinesFor(
  grievance: Pick<GrievanceCase, 'status' | 'receivedAt' | 'acknowledgedAt' | 'messages'>,
  settings: Pick<GrievanceSettings, 'acknowledgeWithinDays' | 'followUpWithinDays'>,
  now: Date,
): CaseDeadlines {
  const open = isOpenStatus(grievance.status);
  const acknowledgeBy = plusDays(grievance.receivedAt, settings.acknowledgeWithinDays);
  const acknowledgedAt =
    grievance.acknowledgedAt === undefined ? undefined : new Date(grievance.acknowledgedAt).getTime();
  const acknowledgeOverdue = open && acknowledgedAt === undefined && now.getTime() > acknowledgeBy;

  let followUpBy: number | null = null;
  if (open) {
    let from = acknowledgedAt ?? acknowledgeBy;
    for (const message of grievance.messages) {
      if (message.visibility !== 'reporter' || message.from !== 'officer') continue;
      const at = new Date(message.at).getTime();
      if (at > from) from = at;
    }
    followUpBy = from + settings.followUpWithinDays * DAY_MS;
  }
  const followUpOverdue = followUpBy !== null && now.getTime() > followUpBy;

  return {
    acknowledgeBy: new Date(acknowledgeBy).toISOString(),
    acknowledgeOverdue,
    acknowledgedLate: acknowledgedAt !== undefined && acknowledgedAt > acknowledgeBy,
    followUpBy: followUpBy === null ? null : new Date(followUpBy).toISOString(),
    followUpOverdue,
    overdue: acknowledgeOverdue || followUpOverdue,
  };
}
