import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.js';
import { caseIn, day, receivedCase, withEvents } from './case-fixtures.js';
import { ALLOWED_FROM, applyCaseEvent, type CaseEvent, transition } from './case-transitions.js';
import { CASE_STATUSES, type CaseStatus } from './grievance-case.js';

/** A well-formed event of each type, dated after every fixture step. */
const EVENTS: Record<CaseEvent['type'], CaseEvent> = {
  acknowledge: { type: 'acknowledge', at: day(10), officerId: 'o' },
  start_investigation: { type: 'start_investigation', at: day(10), officerId: 'o' },
  agree_remedy: { type: 'agree_remedy', at: day(10), officerId: 'o', plan: { description: 'Back pay' } },
  record_remedy: {
    type: 'record_remedy',
    at: day(10),
    officerId: 'o',
    record: { result: 'partly_provided', description: 'Half paid' },
  },
  close: {
    type: 'close',
    at: day(10),
    officerId: 'o',
    outcome: { kind: 'substantiated', summary: 'Supplier audited' },
    remedyRecord: { result: 'provided', description: 'Back pay paid' },
  },
  reopen: { type: 'reopen', at: day(10), officerId: 'o', reason: 'Reporter says the pay never arrived' },
};

/** Where each allowed (status, event) pair leads. */
const EXPECTED: Record<CaseStatus, Partial<Record<CaseEvent['type'], CaseStatus>>> = {
  received: { acknowledge: 'acknowledged', close: 'closed' },
  acknowledged: { start_investigation: 'under_investigation', close: 'closed' },
  under_investigation: { agree_remedy: 'remedy', close: 'closed' },
  remedy: { record_remedy: 'remedy', close: 'closed' },
  closed: { reopen: 'under_investigation' },
};

describe('case transitions', () => {
  const pairs = CASE_STATUSES.flatMap((status) =>
    Object.values(EVENTS).map((event) => [status, event.type, EXPECTED[status][event.type] ?? null] as const),
  );

  it.each(pairs)('from %s, %s leads to %s', (status, type, expected) => {
    const result = transition(caseIn(status), EVENTS[type]);
    if (expected === null) {
      expect(result).toEqual({ ok: false, refusal: 'not_allowed' });
    } else {
      expect(result.ok && result.case.status).toBe(expected);
    }
  });

  it('the table of allowed moves agrees with the expected results', () => {
    for (const status of CASE_STATUSES) {
      for (const type of Object.keys(EVENTS) as CaseEvent['type'][]) {
        expect(ALLOWED_FROM[type].includes(status), `${status} ${type}`).toBe(EXPECTED[status][type] !== undefined);
      }
    }
  });

  it('records who moved the case, when, and from where', () => {
    const result = transition(caseIn('received'), EVENTS.acknowledge);
    expect(result.ok && result.case.acknowledgedAt).toBe(day(10).toISOString());
    expect(result.ok && result.case.history.at(-1)).toEqual({
      from: 'received',
      to: 'acknowledged',
      event: 'acknowledge',
      at: day(10).toISOString(),
      officerId: 'o',
    });
  });

  it('does not change the case it was given', () => {
    const before = caseIn('received');
    const copy = structuredClone(before);
    transition(before, EVENTS.acknowledge);
    expect(before).toEqual(copy);
  });

  it('refuses an event dated before the last change', () => {
    const acknowledged = caseIn('acknowledged', 20);
    expect(transition(acknowledged, { ...EVENTS.start_investigation, at: day(5) })).toEqual({
      ok: false,
      refusal: 'out_of_order',
    });
  });

  describe('closing', () => {
    it('needs an outcome with a summary', () => {
      const event = { ...EVENTS.close, outcome: { kind: 'unsubstantiated', summary: '  ' } } as const;
      expect(transition(caseIn('under_investigation'), event)).toEqual({ ok: false, refusal: 'outcome_required' });
      const unknown = { ...EVENTS.close, outcome: { kind: 'shrug', summary: 'x' } } as unknown as CaseEvent;
      expect(transition(caseIn('under_investigation'), unknown)).toEqual({ ok: false, refusal: 'outcome_required' });
    });

    it('needs a remedy record once a remedy was agreed', () => {
      const { remedyRecord: _omitted, ...withoutRecord } = EVENTS.close as Extract<CaseEvent, { type: 'close' }>;
      expect(transition(caseIn('remedy'), withoutRecord)).toEqual({ ok: false, refusal: 'remedy_record_required' });
      const recorded = transition(caseIn('remedy'), EVENTS.record_remedy);
      expect(recorded.ok && transition(recorded.case, withoutRecord).ok).toBe(true);
    });

    it('needs a remedy record for the outcome remedied, even without a plan', () => {
      const event = {
        type: 'close',
        at: day(10),
        officerId: 'o',
        outcome: { kind: 'remedied', summary: 'Paid' },
      } as const;
      expect(transition(caseIn('under_investigation'), event)).toEqual({
        ok: false,
        refusal: 'remedy_record_required',
      });
    });

    it('is possible straight from received, e.g. for spam', () => {
      const event = {
        type: 'close',
        at: day(1),
        officerId: 'o',
        outcome: { kind: 'inadmissible', summary: 'Advert' },
      } as const;
      const result = transition(receivedCase(), event);
      expect(result.ok && [result.case.status, result.case.outcome?.kind, result.case.closedAt]).toEqual([
        'closed',
        'inadmissible',
        day(1).toISOString(),
      ]);
      expect(result.ok && result.case.history.at(-1)?.outcome).toBe('inadmissible');
    });
  });

  it('refuses a remedy plan or record without a description', () => {
    const plan = { ...EVENTS.agree_remedy, plan: { description: '' } } as CaseEvent;
    expect(transition(caseIn('under_investigation'), plan)).toEqual({ ok: false, refusal: 'remedy_details_required' });
    const record = { ...EVENTS.record_remedy, record: { result: 'provided', description: ' ' } } as CaseEvent;
    expect(transition(caseIn('remedy'), record)).toEqual({ ok: false, refusal: 'remedy_details_required' });
  });

  it('reopens only with a reason, clearing the outcome but keeping the history', () => {
    const closed = caseIn('closed');
    expect(transition(closed, { ...EVENTS.reopen, reason: '' } as CaseEvent)).toEqual({
      ok: false,
      refusal: 'reason_required',
    });
    const reopened = withEvents(closed, [[12, { type: 'reopen', reason: 'Pay never arrived' }]]);
    expect(reopened.status).toBe('under_investigation');
    expect(reopened.outcome).toBeUndefined();
    expect(reopened.closedAt).toBeUndefined();
    expect(reopened.history.map((h) => h.to)).toEqual([
      'received',
      'acknowledged',
      'under_investigation',
      'remedy',
      'closed',
      'under_investigation',
    ]);
    expect(reopened.history.at(-1)?.reason).toBe('Pay never arrived');
  });

  it('applyCaseEvent throws conflict for a move the status does not allow and invalid_input for a failed guard', () => {
    const codeOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return isAppError(error) ? error.code : 'other';
      }
      return 'none';
    };
    expect(codeOf(() => applyCaseEvent(caseIn('closed'), EVENTS.acknowledge))).toBe('conflict');
    expect(
      codeOf(() =>
        applyCaseEvent(caseIn('received'), {
          ...EVENTS.reopen,
          type: 'close',
          outcome: { kind: 'withdrawn', summary: '' },
        } as CaseEvent),
      ),
    ).toBe('invalid_input');
  });
});
