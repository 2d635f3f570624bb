import { AppError } from '../../errors.js';
import type { Clock } from '../clock.js';
import { isoDate } from '../dates.js';
import type { Action, ActionStatus } from './action.schema.js';
import type { EffectivenessReview } from './effectiveness-review.schema.js';

/** What can happen to an action. `verify` needs a review that found the action effective. */
export type ActionEvent =
  | { readonly type: 'start' }
  | { readonly type: 'pause'; readonly reason: string }
  | { readonly type: 'resume' }
  | { readonly type: 'complete' }
  | { readonly type: 'verify'; readonly review: EffectivenessReview }
  | { readonly type: 'reopen'; readonly reason: string }
  | { readonly type: 'cancel'; readonly reason: string };

/** The event names. */
export type ActionEventType = ActionEvent['type'];

/**
 * Allowed moves. Done actions are verified by an effectiveness review (OECD RBC DDG 2018, step 4.1);
 * a review that finds them ineffective reopens them, so lessons feed back into step 3.
 */
export const ACTION_TRANSITIONS: Readonly<Record<ActionStatus, Partial<Record<ActionEventType, ActionStatus>>>> = {
  planned: { start: 'in_progress', cancel: 'cancelled' },
  in_progress: { pause: 'on_hold', complete: 'done', cancel: 'cancelled' },
  on_hold: { resume: 'in_progress', cancel: 'cancelled' },
  done: { verify: 'verified', reopen: 'in_progress' },
  verified: { reopen: 'in_progress' },
  cancelled: {},
};

/** The status an event leads to, or `null` when the move is not allowed. */
export function nextActionStatus(status: ActionStatus, event: ActionEventType): ActionStatus | null {
  return ACTION_TRANSITIONS[status][event] ?? null;
}

/** Applies an event: returns the updated action with the change in its history, or throws `conflict`. */
export function transitionAction(action: Action, event: ActionEvent, clock: Clock): Action {
  const to = nextActionStatus(action.status, event.type);
  if (to === null) {
    throw new AppError('conflict', `An action that is ${action.status} cannot be given the event "${event.type}".`);
  }
  if ('reason' in event && event.reason.trim() === '') {
    throw new AppError('invalid_input', 'A reason is required.', { issues: [{ path: 'reason', message: 'required' }] });
  }
  if (event.type === 'verify') {
    if (!event.review.actionIds.includes(action.id)) {
      throw new AppError('invalid_input', 'The review does not cover this action.');
    }
    if (event.review.conclusion !== 'effective') {
      throw new AppError('conflict', 'Only an action that a review found effective can be verified.');
    }
  }
  const on = isoDate(clock.now());
  const note = 'reason' in event ? event.reason : event.type === 'verify' ? `review ${event.review.id}` : undefined;
  return {
    ...action,
    status: to,
    completedOn: to === 'done' ? on : to === 'in_progress' ? undefined : action.completedOn,
    history: [...action.history, { from: action.status, to, on, ...(note ? { note } : {}) }],
  };
}
