import { AppError } from '../errors.js';
import {
  CASE_OUTCOMES,
  type CaseOutcome,
  type CaseStatus,
  type GrievanceCase,
  REMEDY_RESULTS,
  type RemedyResult,
  type StatusChange,
} from './grievance-case.js';

/**
 * The case state machine as one pure function. Allowed moves:
 *
 *   received ──acknowledge──▶ acknowledged ──start_investigation──▶ under_investigation
 *   under_investigation ──agree_remedy──▶ remedy ──record_remedy──▶ remedy
 *   any open status ──close (with outcome)──▶ closed ──reopen (with reason)──▶ under_investigation
 *
 * Receipt is confirmed before investigating (LkSG §8(1)). Closing needs an outcome, because the
 * complainant is entitled to the reasons and the steps taken (CSDDD Art. 14; UNGP 31 (e)
 * transparent). A case with an agreed remedy closes only with a record of what was delivered, so
 * remedy is tracked to the end (OECD RBC Guidance step 6; UNGP 31 (g) continuous learning).
 * Refusals are returned as data; `applyCaseEvent` turns them into an AppError for the API.
 */

type EventBase = { readonly at: Date; readonly officerId: string };

/** An officer's action on a case. */
export type CaseEvent =
  | (EventBase & { readonly type: 'acknowledge' })
  | (EventBase & { readonly type: 'start_investigation' })
  | (EventBase & {
      readonly type: 'agree_remedy';
      readonly plan: { readonly description: string; readonly dueBy?: string };
    })
  | (EventBase & {
      readonly type: 'record_remedy';
      readonly record: { readonly result: RemedyResult; readonly description: string };
    })
  | (EventBase & {
      readonly type: 'close';
      readonly outcome: CaseOutcome;
      /** The remedy record, if not recorded before; required when a remedy was agreed. */
      readonly remedyRecord?: { readonly result: RemedyResult; readonly description: string };
    })
  | (EventBase & { readonly type: 'reopen'; readonly reason: string });

/** Why an event was refused. */
export type TransitionRefusal =
  /** The event does not apply in the current status. */
  | 'not_allowed'
  /** The event is dated before the last status change. */
  | 'out_of_order'
  /** `close` without a valid outcome kind and summary. */
  | 'outcome_required'
  /** `close` of a case with an agreed remedy, or with outcome `remedied`, without a remedy record. */
  | 'remedy_record_required'
  /** `agree_remedy` or `record_remedy` without a description or with an unknown result. */
  | 'remedy_details_required'
  /** `reopen` without a reason. */
  | 'reason_required';

/** The outcome of `transition`: the updated case, or why not. */
export type TransitionResult =
  | { readonly ok: true; readonly case: GrievanceCase }
  | { readonly ok: false; readonly refusal: TransitionRefusal };

/** The statuses each event may start from. */
export const ALLOWED_FROM: Readonly<Record<CaseEvent['type'], readonly CaseStatus[]>> = {
  acknowledge: ['received'],
  start_investigation: ['acknowledged'],
  agree_remedy: ['under_investigation'],
  record_remedy: ['remedy'],
  close: ['received', 'acknowledged', 'under_investigation', 'remedy'],
  reopen: ['closed'],
};

const filled = (text: string | undefined): boolean => text !== undefined && text.trim().length > 0;

function validRemedy(record: { readonly result: RemedyResult; readonly description: string } | undefined): boolean {
  return record !== undefined && REMEDY_RESULTS.includes(record.result) && filled(record.description);
}

function refuse(refusal: TransitionRefusal): TransitionResult {
  return { ok: false, refusal };
}

/** Applies `event` to `grievance` if the status and the guards allow it. Pure: returns a new case. */
export function transition(grievance: GrievanceCase, event: CaseEvent): TransitionResult {
  if (!ALLOWED_FROM[event.type].includes(grievance.status)) return refuse('not_allowed');
  const at = event.at.toISOString();
  const last = grievance.history.at(-1);
  if (last && at < last.at) return refuse('out_of_order');

  const change = (to: CaseStatus, extra: Partial<StatusChange> = {}): StatusChange => ({
    from: grievance.status,
    to,
    event: event.type,
    at,
    officerId: event.officerId,
    ...extra,
  });
  const moved = (to: CaseStatus, fields: Partial<GrievanceCase>, extra?: Partial<StatusChange>): TransitionResult => ({
    ok: true,
    case: { ...grievance, ...fields, status: to, history: [...grievance.history, change(to, extra)] },
  });

  switch (event.type) {
    case 'acknowledge':
      return moved('acknowledged', { acknowledgedAt: at });
    case 'start_investigation':
      return moved('under_investigation', { investigationStartedAt: at });
    case 'agree_remedy': {
      if (!filled(event.plan.description)) return refuse('remedy_details_required');
      const plan = { description: event.plan.description.trim(), agreedAt: at, dueBy: event.plan.dueBy };
      return moved('remedy', { remedyPlan: plan });
    }
    case 'record_remedy': {
      if (!validRemedy(event.record)) return refuse('remedy_details_required');
      const record = { result: event.record.result, description: event.record.description.trim(), recordedAt: at };
      return moved('remedy', { remedyRecord: record });
    }
    case 'close': {
      const { outcome } = event;
      if (!CASE_OUTCOMES.includes(outcome.kind) || !filled(outcome.summary)) return refuse('outcome_required');
      if (event.remedyRecord !== undefined && !validRemedy(event.remedyRecord))
        return refuse('remedy_details_required');
      const remedyRecord = event.remedyRecord
        ? { result: event.remedyRecord.result, description: event.remedyRecord.description.trim(), recordedAt: at }
        : grievance.remedyRecord;
      const remedyAgreed = grievance.remedyPlan !== undefined || grievance.status === 'remedy';
      if ((remedyAgreed || outcome.kind === 'remedied') && remedyRecord === undefined) {
        return refuse('remedy_record_required');
      }
      return moved(
        'closed',
        { closedAt: at, outcome: { kind: outcome.kind, summary: outcome.summary.trim() }, remedyRecord },
        { outcome: outcome.kind },
      );
    }
    case 'reopen': {
      if (!filled(event.reason)) return refuse('reason_required');
      return moved('under_investigation', { closedAt: undefined, outcome: undefined }, { reason: event.reason.trim() });
    }
  }
}

/** Like `transition`, but throws: `conflict` for a move the status does not allow, `invalid_input` for a failed guard. */
export function applyCaseEvent(grievance: GrievanceCase, event: CaseEvent): GrievanceCase {
  const result = transition(grievance, event);
  if (result.ok) return result.case;
  const code = result.refusal === 'not_allowed' || result.refusal === 'out_of_order' ? 'conflict' : 'invalid_input';
  throw new AppError(code, `The case cannot ${event.type.replace('_', ' ')} now (${result.refusal}).`, {
    issues: [{ path: event.type, message: result.refusal }],
  });
}
