import { describe, expect, it } from 'vitest';
import { fixedClock } from './clock.js';
import { EXAMPLE_PROFILES } from './example-profiles.js';
import { questionsFor } from './maturity-questions.js';
import { proposeGoals } from './propose-goals.js';
import { scoreAssessment } from './score-assessment.js';

const profile = EXAMPLE_PROFILES.aluminiumExtruder;
const questions = questionsFor(profile);
const clock = fixedClock('2025-01-31T10:00:00Z');

describe('proposeGoals', () => {
  it('ranks by weight × gap, then by OECD step', () => {
    const answers = questions.map((q) => ({ questionId: q.id, level: 'fully' as const }));
    const set = (id: string, level: 'not_started' | 'partly' | 'largely') => {
      const a = answers.find((x) => x.questionId === id);
      if (a) Object.assign(a, { level });
    };
    set('s6.grievance_channel', 'not_started'); // weight 3, gap 1 → 3
    set('s1.policy_adopted', 'partly'); // weight 3, gap 2/3 → 2
    set('s2.stakeholder_review', 'not_started'); // weight 2, gap 1 → 2
    set('s1.staff_trained', 'largely'); // weight 1, gap 1/3
    const goals = proposeGoals(scoreAssessment(questions, answers), profile, clock);
    expect(goals.map((g) => [g.rank, g.questionId, g.priority])).toEqual([
      [1, 's6.grievance_channel', 3],
      [2, 's1.policy_adopted', 2],
      [3, 's2.stakeholder_review', 2],
      [4, 's1.staff_trained', 0.33],
    ]);
  });

  it('makes goals specific, measurable, assigned and time-bound', () => {
    const goals = proposeGoals(scoreAssessment(questions, []), profile, clock, { max: 1 });
    expect(goals).toHaveLength(1);
    const [goal] = goals;
    expect(goal).toMatchObject({
      id: 'goal:s1.policy_adopted',
      step: 1,
      ownerRole: 'management',
      deadline: '2025-04-30',
      currentLevel: null,
    });
    expect(goal?.specific.en).toContain('Voorbeeld Profielen B.V.');
    expect(goal?.specific.nl).toContain('aluminium');
    expect(goal?.measure.en.length).toBeGreaterThan(5);
    expect(goal?.ownerLabel.nl).toBe('Directie');
  });

  it('gives work already under way a shorter deadline', () => {
    const goals = proposeGoals(
      scoreAssessment(questions, [{ questionId: 's1.policy_adopted', level: 'partly' }]),
      profile,
      clock,
    );
    expect(goals.find((g) => g.questionId === 's1.policy_adopted')?.deadline).toBe('2025-03-31');
  });

  it('proposes nothing for fully done or not-applicable answers', () => {
    const answers = questions.map((q, i) => ({
      questionId: q.id,
      level: i % 2 === 0 ? ('fully' as const) : ('not_applicable' as const),
    }));
    expect(proposeGoals(scoreAssessment(questions, answers), profile, clock)).toEqual([]);
  });

  it('caps the plan at ten goals by default', () => {
    expect(proposeGoals(scoreAssessment(questions, []), profile, clock)).toHaveLength(10);
  });
});
