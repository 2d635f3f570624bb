/**
 * Test-only: builders of grievance cases in any status, for the tests of transitions, deadlines,
 * statistics and the public view. Not exported from the module.
 */
import { applyCaseEvent, type CaseEvent } from './case-transitions.js';
import { type CaseStatus, type GrievanceCase, openCase } from './grievance-case.js';
import type { GrievanceSubmission } from './submission.schema.js';

export const DAY_MS = 86_400_000;

/** An event without its time and officer, which `withEvents` fills in. */
export type Step = CaseEvent extends infer E ? (E extends CaseEvent ? Omit<E, 'at' | 'officerId'> : never) : never;

/** An instant `days` after 2025-01-01T00:00Z. */
export function day(days: number): Date {
  return new Date(Date.UTC(2025, 0, 1) + days * DAY_MS);
}

export const SUBMISSION: GrievanceSubmission = {
  category: 'child_labour',
  country: 'CD',
  place: 'Kolwezi',
  description: 'Children carry ore at the north pit.',
  language: 'fr',
  contact: { email: 'reporter@example.org' },
};

/** A case received on `receivedDay`, with the given submission fields. */
export function receivedCase(
  receivedDay = 0,
  submission: Partial<GrievanceSubmission> = {},
  id = 'case-1',
): GrievanceCase {
  return openCase({
    id,
    caseNumber: 'G-7KQ2-M9XW-4RP',
    channel: 'acme',
    submission: { ...SUBMISSION, ...submission },
    receivedAt: day(receivedDay),
  });
}

/** Applies events in order, each `days` after the case was received. */
export function withEvents(grievance: GrievanceCase, events: readonly (readonly [number, Step])[]): GrievanceCase {
  const start = new Date(grievance.receivedAt).getTime();
  return events.reduce(
    (current, [days, event]) =>
      applyCaseEvent(current, { ...event, at: new Date(start + days * DAY_MS), officerId: 'officer-1' } as CaseEvent),
    grievance,
  );
}

/** A case brought into `status` through the normal path, one day per step. */
export function caseIn(status: CaseStatus, receivedDay = 0): GrievanceCase {
  const path: [number, Step][] = [
    [1, { type: 'acknowledge' }],
    [2, { type: 'start_investigation' }],
    [3, { type: 'agree_remedy', plan: { description: 'School fees paid for two years' } }],
    [
      4,
      {
        type: 'close',
        outcome: { kind: 'remedied', summary: 'Supplier removed children; fees paid' },
        remedyRecord: { result: 'provided', description: 'Fees paid' },
      },
    ],
  ];
  const steps = { received: 0, acknowledged: 1, under_investigation: 2, remedy: 3, closed: 4 }[status];
  return withEvents(receivedCase(receivedDay), path.slice(0, steps));
}
