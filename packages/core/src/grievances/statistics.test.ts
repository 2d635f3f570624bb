import { describe, expect, it } from 'vitest';
import { caseAsOf } from './case-as-of.js';
import { caseIn, day, receivedCase, withEvents } from './case-fixtures.js';
import { grievanceStatistics } from './statistics.js';

const period = { from: day(0), to: day(100) };

describe('grievanceStatistics', () => {
  const cases = [
    caseIn('closed', 0), // child_labour, acknowledged after 1 day, closed after 4 (remedied)
    withEvents(receivedCase(10, { category: 'environment' }, 'b'), [
      [3, { type: 'acknowledge' }],
      [9, { type: 'close', outcome: { kind: 'unsubstantiated', summary: 'No pollution found' } }],
    ]),
    receivedCase(20, { category: 'other' }, 'c'), // never acknowledged: overdue
    withEvents(receivedCase(90, { category: 'corruption' }, 'd'), [[2, { type: 'acknowledge' }]]),
    receivedCase(-50, { category: 'forced_labour' }, 'older'), // before the period, still open
    receivedCase(150, { category: 'child_labour' }, 'later'), // after the period
  ];

  const stats = grievanceStatistics(cases, period);

  it('counts the cases received in the period by category and theme group', () => {
    expect(stats.received).toBe(4);
    expect(stats.byCategory).toMatchObject({
      child_labour: 1,
      environment: 1,
      other: 1,
      corruption: 1,
      forced_labour: 0,
    });
    expect(stats.byThemeGroup).toEqual({ human_rights: 0, labour: 1, environment: 1, governance: 1, other: 1 });
  });

  it('counts status and outcome at the end of the period', () => {
    expect(stats.byStatus).toEqual({ received: 1, acknowledged: 1, under_investigation: 0, remedy: 0, closed: 2 });
    expect(stats.byOutcome).toMatchObject({ remedied: 1, unsubstantiated: 1, referred: 0 });
  });

  it('gives median and mean days to acknowledge and to close', () => {
    expect(stats.timeToAcknowledge).toEqual({ count: 3, medianDays: 2, meanDays: 2 });
    expect(stats.timeToClose).toEqual({ count: 2, medianDays: 6.5, meanDays: 6.5 });
  });

  it('counts every case open at the end, older ones included, and the overdue ones', () => {
    expect(stats.openAtEnd).toBe(3); // c, d, older
    expect(stats.openOverdueAtEnd).toBe(2); // c and older were never acknowledged
  });

  it('does not count what happened after the period', () => {
    const closedLater = withEvents(receivedCase(0, {}, 'x'), [
      [1, { type: 'acknowledge' }],
      [150, { type: 'close', outcome: { kind: 'withdrawn', summary: 'Withdrawn' } }],
    ]);
    const s = grievanceStatistics([closedLater], period);
    expect(s.byStatus.acknowledged).toBe(1);
    expect(s.timeToClose.count).toBe(0);
    expect(s.openAtEnd).toBe(1);
  });

  it('returns zeros and nulls for a period without cases', () => {
    const s = grievanceStatistics([], period);
    expect(s.received).toBe(0);
    expect(s.timeToClose).toEqual({ count: 0, medianDays: null, meanDays: null });
  });
});

describe('caseAsOf', () => {
  it('rebuilds status and closing of a case that was reopened', () => {
    const reopened = withEvents(caseIn('closed'), [[20, { type: 'reopen', reason: 'Not paid' }]]);
    expect(caseAsOf(reopened, day(10))).toMatchObject({ status: 'closed', closedAt: day(4).toISOString() });
    expect(caseAsOf(reopened, day(30))?.status).toBe('under_investigation');
    expect(caseAsOf(reopened, day(30))?.closedAt).toBeUndefined();
    expect(caseAsOf(reopened, day(-1))).toBeUndefined();
  });
});
