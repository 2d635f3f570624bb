import { describe, expect, it } from 'vitest';
import { caseIn, day, receivedCase, withEvents } from './case-fixtures.js';
import { deadlinesFor } from './deadlines.js';
import type { GrievanceCase } from './grievance-case.js';
import { DEFAULT_GRIEVANCE_SETTINGS, grievanceSettingsSchema } from './grievance-settings.schema.js';

const settings = DEFAULT_GRIEVANCE_SETTINGS;

function withOfficerMessage(
  grievance: GrievanceCase,
  atDay: number,
  visibility: 'reporter' | 'internal',
): GrievanceCase {
  const at = day(atDay).toISOString();
  const message =
    visibility === 'reporter'
      ? ({ id: `m${atDay}`, visibility, from: 'officer', officerId: 'o', body: 'Update', at } as const)
      : ({ id: `n${atDay}`, visibility, officerId: 'o', body: 'Note', at } as const);
  return { ...grievance, messages: [...grievance.messages, message] };
}

describe('deadlinesFor', () => {
  it('defaults to 7 days to acknowledge and 90 days to follow up', () => {
    expect(settings).toMatchObject({ acknowledgeWithinDays: 7, followUpWithinDays: 90 });
  });

  it('gives a new case 7 days to be acknowledged', () => {
    const deadlines = deadlinesFor(receivedCase(), settings, day(3));
    expect(deadlines).toEqual({
      acknowledgeBy: day(7).toISOString(),
      acknowledgeOverdue: false,
      acknowledgedLate: false,
      followUpBy: day(97).toISOString(),
      followUpOverdue: false,
      overdue: false,
    });
  });

  it('flags an unacknowledged case once the deadline has passed', () => {
    const deadlines = deadlinesFor(receivedCase(), settings, day(8));
    expect(deadlines.acknowledgeOverdue).toBe(true);
    expect(deadlines.overdue).toBe(true);
  });

  it('uses the configured number of days', () => {
    const custom = grievanceSettingsSchema.parse({ acknowledgeWithinDays: 3, followUpWithinDays: 30 });
    const deadlines = deadlinesFor(receivedCase(), custom, day(4));
    expect(deadlines.acknowledgeBy).toBe(day(3).toISOString());
    expect(deadlines.acknowledgeOverdue).toBe(true);
  });

  it('counts follow-up from the acknowledgement and from each later message to the reporter', () => {
    const acknowledged = caseIn('acknowledged'); // acknowledged on day 1
    expect(deadlinesFor(acknowledged, settings, day(50)).followUpBy).toBe(day(91).toISOString());
    expect(deadlinesFor(acknowledged, settings, day(92)).followUpOverdue).toBe(true);
    const answered = withOfficerMessage(acknowledged, 60, 'reporter');
    expect(deadlinesFor(answered, settings, day(92))).toMatchObject({
      followUpBy: day(150).toISOString(),
      followUpOverdue: false,
    });
  });

  it('does not count internal notes as following up', () => {
    const noted = withOfficerMessage(caseIn('acknowledged'), 60, 'internal');
    expect(deadlinesFor(noted, settings, day(92)).followUpOverdue).toBe(true);
  });

  it('reports a late acknowledgement but no open deadlines for a closed case', () => {
    const late = withEvents(receivedCase(), [
      [9, { type: 'acknowledge' }],
      [10, { type: 'close', outcome: { kind: 'withdrawn', summary: 'Reporter withdrew' } }],
    ]);
    expect(deadlinesFor(late, settings, day(400))).toEqual({
      acknowledgeBy: day(7).toISOString(),
      acknowledgeOverdue: false,
      acknowledgedLate: true,
      followUpBy: null,
      followUpOverdue: false,
      overdue: false,
    });
  });
});
