import { describe, expect, it } from 'vitest';
import { caseIn, day } from './case-fixtures.js';
import type { GrievanceCase } from './grievance-case.js';
import { publicView } from './public-view.js';

const SECRET = 'SECRET-7731';

/** A closed case with a private detail planted in every place that must stay private. */
function caseWithSecrets(): GrievanceCase {
  const base = caseIn('closed');
  return {
    ...base,
    assigneeId: `officer-${SECRET}`,
    links: [
      { kind: 'supplier', id: `supplier-${SECRET}` },
      { kind: 'risk', id: `risk-${SECRET}` },
    ],
    outcome: { kind: 'remedied', summary: `internal summary ${SECRET}` },
    remedyPlan: { description: `plan ${SECRET}`, agreedAt: day(3).toISOString() },
    remedyRecord: { result: 'provided', description: `record ${SECRET}`, recordedAt: day(4).toISOString() },
    submission: { ...base.submission, contact: { email: `${SECRET}@example.org` } },
    history: base.history.map((change) => ({ ...change, officerId: `officer-${SECRET}` })),
    messages: [
      { id: 'm1', visibility: 'reporter', from: 'reporter', body: 'Is there news?', at: day(2).toISOString() },
      {
        id: 'm2',
        visibility: 'reporter',
        from: 'officer',
        officerId: `officer-${SECRET}`,
        body: 'We spoke to the supplier.',
        at: day(3).toISOString(),
      },
      { id: 'n1', visibility: 'internal', officerId: 'o', body: `note ${SECRET}`, at: day(3).toISOString() },
    ],
    attachments: [
      { id: 'a1', type: 'jpeg', size: 1000 },
      { id: 'a2', type: 'pdf', size: 2000, messageId: 'm2' },
      { id: `a3-${SECRET}`, type: 'pdf', size: 3000, messageId: 'n1' },
    ],
  };
}

describe('publicView', () => {
  it('never contains internal notes, assignee, links, officer identities, summaries or contact data', () => {
    const view = publicView(caseWithSecrets());
    expect(JSON.stringify(view)).not.toContain(SECRET);
    expect(JSON.stringify(view)).not.toMatch(/officer|assignee|links|history|remedy|summary|contact/i);
  });

  it('shows the conversation with the reporter, without saying which officer wrote', () => {
    expect(publicView(caseWithSecrets()).messages).toEqual([
      { id: 'm1', from: 'reporter', body: 'Is there news?', at: day(2).toISOString() },
      { id: 'm2', from: 'organisation', body: 'We spoke to the supplier.', at: day(3).toISOString() },
    ]);
  });

  it('shows the files of the report and of visible messages only', () => {
    expect(publicView(caseWithSecrets()).attachments.map((a) => a.id)).toEqual(['a1', 'a2']);
  });

  it('shows the status, dates, outcome kind and the report itself', () => {
    const view = publicView(caseWithSecrets());
    expect(view).toMatchObject({
      caseNumber: 'G-7KQ2-M9XW-4RP',
      status: 'closed',
      receivedAt: day(0).toISOString(),
      acknowledgedAt: day(1).toISOString(),
      closedAt: day(4).toISOString(),
      outcome: 'remedied',
      report: { category: 'child_labour', country: 'CD', description: 'Children carry ore at the north pit.' },
    });
  });

  it('has no outcome while the case is open', () => {
    const view = publicView(caseIn('remedy'));
    expect(view.outcome).toBeUndefined();
    expect(view.closedAt).toBeUndefined();
  });
});
