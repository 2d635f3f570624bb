import { describe, expect, it } from 'vitest';
import { fixedClock } from '../clock.js';
import { ACTION_STATUSES, type Action, actionSchema } from './action.schema.js';
import { type ActionEventType, nextActionStatus, transitionAction } from './action-transitions.js';
import { effectivenessReviewSchema } from './effectiveness-review.schema.js';

const clock = fixedClock('2025-06-15T08:00:00Z');

const action = (status: Action['status']): Action =>
  actionSchema.parse({
    id: 'a1',
    type: 'mitigate',
    title: 'Agree a corrective plan with the smelter',
    ownerRole: 'purchasing',
    createdOn: '2025-01-10',
    dueDate: '2025-06-30',
    status,
  });

const review = (conclusion: 'effective' | 'not_effective', actionIds = ['a1']) =>
  effectivenessReviewSchema.parse({ id: 'r1', actionIds, reviewedOn: '2025-06-14', conclusion });

/** Every (status, event) pair: the expected next status, or null when not allowed. */
const TABLE: Record<Action['status'], Record<ActionEventType, Action['status'] | null>> = {
  planned: {
    start: 'in_progress',
    pause: null,
    resume: null,
    complete: null,
    verify: null,
    reopen: null,
    cancel: 'cancelled',
  },
  in_progress: {
    start: null,
    pause: 'on_hold',
    resume: null,
    complete: 'done',
    verify: null,
    reopen: null,
    cancel: 'cancelled',
  },
  on_hold: {
    start: null,
    pause: null,
    resume: 'in_progress',
    complete: null,
    verify: null,
    reopen: null,
    cancel: 'cancelled',
  },
  done: {
    start: null,
    pause: null,
    resume: null,
    complete: null,
    verify: 'verified',
    reopen: 'in_progress',
    cancel: null,
  },
  verified: {
    start: null,
    pause: null,
    resume: null,
    complete: null,
    verify: null,
    reopen: 'in_progress',
    cancel: null,
  },
  cancelled: { start: null, pause: null, resume: null, complete: null, verify: null, reopen: null, cancel: null },
};

describe('action state machine', () => {
  const pairs = ACTION_STATUSES.flatMap((status) =>
    (Object.keys(TABLE[status]) as ActionEventType[]).map((event) => [status, event, TABLE[status][event]] as const),
  );

  it.each(pairs)('%s + %s → %s', (status, event, expected) => {
    expect(nextActionStatus(status, event)).toBe(expected);
  });

  it('records each change in the history with the clock date', () => {
    const started = transitionAction(action('planned'), { type: 'start' }, clock);
    const paused = transitionAction(started, { type: 'pause', reason: 'Supplier changes owner' }, clock);
    expect(paused.status).toBe('on_hold');
    expect(paused.history).toEqual([
      { from: 'planned', to: 'in_progress', on: '2025-06-15' },
      { from: 'in_progress', to: 'on_hold', on: '2025-06-15', note: 'Supplier changes owner' },
    ]);
  });

  it('sets the completion date on done and clears it on reopen', () => {
    const done = transitionAction(action('in_progress'), { type: 'complete' }, clock);
    expect(done.completedOn).toBe('2025-06-15');
    const reopened = transitionAction(done, { type: 'reopen', reason: 'Review found no effect' }, clock);
    expect(reopened.completedOn).toBeUndefined();
  });

  it('refuses moves the table does not allow', () => {
    expect(() => transitionAction(action('cancelled'), { type: 'start' }, clock)).toThrow(/cannot be given/);
  });

  it('requires a reason to pause, reopen or cancel', () => {
    expect(() => transitionAction(action('planned'), { type: 'cancel', reason: ' ' }, clock)).toThrow(/reason/);
  });

  it('verifies only with an effective review that covers the action', () => {
    expect(transitionAction(action('done'), { type: 'verify', review: review('effective') }, clock).status).toBe(
      'verified',
    );
    expect(() => transitionAction(action('done'), { type: 'verify', review: review('not_effective') }, clock)).toThrow(
      /found effective/,
    );
    expect(() =>
      transitionAction(action('done'), { type: 'verify', review: review('effective', ['other']) }, clock),
    ).toThrow(/does not cover/);
  });
});

describe('actionSchema', () => {
  it('accepts theme ids from the risk themes and rejects others', () => {
    expect(actionSchema.safeParse({ ...action('planned'), themeId: 'child_labour' }).success).toBe(true);
    expect(actionSchema.safeParse({ ...action('planned'), themeId: 'weather' }).success).toBe(false);
  });
});
