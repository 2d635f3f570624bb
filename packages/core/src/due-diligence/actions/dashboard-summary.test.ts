import { describe, expect, it } from 'vitest';
import { fixedClock } from '../clock.js';
import { EXAMPLE_PROFILES } from '../example-profiles.js';
import { questionsFor } from '../maturity-questions.js';
import { scoreAssessment } from '../score-assessment.js';
import { actionSchema } from './action.schema.js';
import { dashboardSummary } from './dashboard-summary.js';
import { effectivenessReviewSchema } from './effectiveness-review.schema.js';

const clock = fixedClock('2025-06-15T12:00:00Z');
const questions = questionsFor(EXAMPLE_PROFILES.aluminiumExtruder);

describe('dashboardSummary', () => {
  it('shows every step as not started for a new company', () => {
    const summary = dashboardSummary({ assessment: null, goals: [], risks: [], actions: [], reviews: [] }, clock);
    expect(summary.steps.map((s) => s.status)).toEqual(Array(6).fill('not_started'));
    expect(summary.overall).toBeNull();
    expect(summary.steps[0]?.headline.en).toBe('Not started yet.');
  });

  it('combines maturity, goals, risks, actions and reviews per step', () => {
    const answers = questions.map((q) => ({
      questionId: q.id,
      level: q.step === 1 ? ('fully' as const) : ('partly' as const),
    }));
    const assessment = scoreAssessment(questions, answers);
    const mitigate = actionSchema.parse({
      id: 'a1',
      type: 'mitigate',
      title: 'Supplier visit',
      ownerRole: 'purchasing',
      createdOn: '2025-01-01',
      dueDate: '2025-05-31',
      status: 'in_progress',
    });
    const remedy = { ...mitigate, id: 'a2', type: 'remediate' as const, dueDate: '2025-06-30' };
    const summary = dashboardSummary(
      {
        assessment,
        goals: [
          { step: 2, done: false },
          { step: 2, done: true },
        ],
        risks: [
          { id: 'r1', prioritised: true, open: true },
          { id: 'r2', prioritised: false, open: true },
          { id: 'r3', prioritised: true, open: false },
        ],
        actions: [mitigate, remedy],
        reviews: [
          effectivenessReviewSchema.parse({
            id: 'v1',
            actionIds: ['a1'],
            reviewedOn: '2025-03-01',
            conclusion: 'effective',
          }),
          effectivenessReviewSchema.parse({
            id: 'v0',
            actionIds: ['a1'],
            reviewedOn: '2024-01-01',
            conclusion: 'effective',
          }),
        ],
      },
      clock,
    );
    const step = (n: number) => summary.steps.find((s) => s.step === n);
    expect(step(1)).toMatchObject({ status: 'at_target', maturity: 100 });
    expect(step(1)?.headline.nl).toBe('Volwassenheid 100%: op het doel van 80%.');
    expect(step(2)).toMatchObject({
      status: 'in_progress',
      openGoals: 1,
      counts: { risksOpen: 2, risksPrioritised: 1 },
    });
    expect(step(3)).toMatchObject({ status: 'needs_attention', counts: { actionsOpen: 1 } });
    expect(step(3)?.headline.en).toContain('1 overdue action(s)');
    expect(step(4)?.counts).toEqual({ reviewsLastYear: 1 });
    expect(step(6)).toMatchObject({ status: 'in_progress', counts: { actionsOpen: 1 } });
    expect(summary).toMatchObject({ dueThisMonth: 2, overdue: 1, target: 80, assessmentComplete: true });
  });
});
