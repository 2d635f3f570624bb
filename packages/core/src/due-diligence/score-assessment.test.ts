import { describe, expect, it } from 'vitest';
import type { AnswerLevel } from './answer-scale.js';
import { EXAMPLE_PROFILES } from './example-profiles.js';
import type { MaturityAnswer } from './maturity-answer.schema.js';
import { MATURITY_QUESTIONS, questionsFor } from './maturity-questions.js';
import type { OecdStepId } from './oecd-steps.js';
import type { MaturityQuestion, QuestionWeight } from './questions/maturity-question.js';
import { scoreAssessment } from './score-assessment.js';

function question(id: string, step: OecdStepId, weight: QuestionWeight): MaturityQuestion {
  const text = { en: id, nl: id };
  return {
    id,
    step,
    weight,
    text,
    fully: text,
    source: 'test',
    improvement: { action: text, measure: text, owner: 'management', months: 3 },
  };
}

/** Two questions in step 1 (weights 3 and 1), one in step 2 (weight 2). */
const QUESTIONS = [question('a', 1, 3), question('b', 1, 1), question('c', 2, 2)];

const answer = (questionId: string, level: AnswerLevel): MaturityAnswer => ({ questionId, level });

describe('scoreAssessment', () => {
  const cases: {
    name: string;
    answers: MaturityAnswer[];
    step1: number | null;
    step2: number | null;
    overall: number | null;
    completeness: number;
    complete: boolean;
  }[] = [
    { name: 'all answers missing', answers: [], step1: 0, step2: 0, overall: 0, completeness: 0, complete: false },
    {
      name: 'all complete and fully done',
      answers: [answer('a', 'fully'), answer('b', 'fully'), answer('c', 'fully')],
      step1: 100,
      step2: 100,
      overall: 100,
      completeness: 100,
      complete: true,
    },
    {
      name: 'mixed: weights decide within a step, steps count equally overall',
      answers: [answer('a', 'fully'), answer('b', 'not_started'), answer('c', 'partly')],
      step1: 75,
      step2: 33.3,
      overall: 54.2,
      completeness: 100,
      complete: true,
    },
    {
      name: 'unanswered counts as zero but marks the assessment incomplete',
      answers: [answer('a', 'largely')],
      step1: 50,
      step2: 0,
      overall: 25,
      completeness: 33.3,
      complete: false,
    },
    {
      name: 'not applicable leaves numerator and denominator',
      answers: [answer('a', 'not_applicable'), answer('b', 'fully'), answer('c', 'largely')],
      step1: 100,
      step2: 66.7,
      overall: 83.3,
      completeness: 100,
      complete: true,
    },
    {
      name: 'a step with only not-applicable answers has no score and is left out of the mean',
      answers: [answer('a', 'fully'), answer('b', 'fully'), answer('c', 'not_applicable')],
      step1: 100,
      step2: null,
      overall: 100,
      completeness: 100,
      complete: true,
    },
  ];

  it.each(cases)('$name', ({ answers, step1, step2, overall, completeness, complete }) => {
    const result = scoreAssessment(QUESTIONS, answers);
    expect(result.steps.find((s) => s.step === 1)?.score).toBe(step1);
    expect(result.steps.find((s) => s.step === 2)?.score).toBe(step2);
    expect(result.overall).toBe(overall);
    expect(result.completeness).toBe(completeness);
    expect(result.complete).toBe(complete);
  });

  it('steps without questions have no score', () => {
    const result = scoreAssessment(QUESTIONS, []);
    expect(result.steps.find((s) => s.step === 6)).toMatchObject({ score: null, questions: 0, complete: true });
  });

  it('compares with the covenant target of 80%', () => {
    const high = scoreAssessment(QUESTIONS, [answer('a', 'fully'), answer('b', 'partly'), answer('c', 'largely')]);
    expect(high.target).toBe(80);
    expect(high.overall).toBe(75);
    expect(high.meetsTarget).toBe(false);
    expect(high.level).toBe('advanced');
    const top = scoreAssessment(QUESTIONS, [answer('a', 'fully'), answer('b', 'fully'), answer('c', 'fully')]);
    expect(top.meetsTarget).toBe(true);
    expect(top.level).toBe('mature');
  });

  it('reports answers to questions that are not shown and leaves them out', () => {
    const result = scoreAssessment(QUESTIONS, [answer('a', 'fully'), answer('hidden', 'fully')]);
    expect(result.ignoredAnswerIds).toEqual(['hidden']);
    expect(result.unansweredQuestionIds).toEqual(['b', 'c']);
  });

  it('rejects two answers to the same question', () => {
    expect(() => scoreAssessment(QUESTIONS, [answer('a', 'fully'), answer('a', 'partly')])).toThrow(/answered twice/);
  });
});

describe('conditional questions', () => {
  const ids = (qs: readonly MaturityQuestion[]) => qs.map((q) => q.id);

  it('hides minerals, importer and smelter questions from an aluminium extruder', () => {
    const shown = ids(questionsFor(EXAMPLE_PROFILES.aluminiumExtruder));
    expect(shown).not.toContain('s1.annex_ii_policy');
    expect(shown).not.toContain('s5.importer_report');
    expect(shown).not.toContain('s4.third_party_audit');
    expect(shown).not.toContain('s2.smelters_identified');
    expect(shown).toContain('s2.scrap_kyc');
  });

  it('shows the importer, audit and smelter questions to a tin importer', () => {
    const shown = ids(questionsFor(EXAMPLE_PROFILES.tinImporter));
    expect(shown).toEqual(
      expect.arrayContaining([
        's1.annex_ii_policy',
        's2.red_flags',
        's2.smelters_identified',
        's4.third_party_audit',
        's5.importer_report',
      ]),
    );
    expect(shown).not.toContain('s2.on_the_ground');
  });

  it('scores a hidden question’s answer as ignored, not as part of the score', () => {
    const shown = questionsFor(EXAMPLE_PROFILES.aluminiumExtruder);
    const result = scoreAssessment(shown, [{ questionId: 's5.importer_report', level: 'fully' }]);
    expect(result.overall).toBe(0);
    expect(result.ignoredAnswerIds).toEqual(['s5.importer_report']);
  });
});

describe('the questionnaire data', () => {
  it('has unique ids prefixed with their step', () => {
    const all = MATURITY_QUESTIONS.map((q) => q.id);
    expect(new Set(all).size).toBe(all.length);
    for (const q of MATURITY_QUESTIONS) expect(q.id.startsWith(`s${q.step}.`)).toBe(true);
  });

  it.each([1, 2, 3, 4, 5, 6] as const)('has 5 to 9 questions for OECD step %i', (step) => {
    const count = MATURITY_QUESTIONS.filter((q) => q.step === step).length;
    expect(count).toBeGreaterThanOrEqual(5);
    expect(count).toBeLessThanOrEqual(9);
  });

  it('has every text in Dutch and English, with only known placeholders', () => {
    for (const q of MATURITY_QUESTIONS) {
      for (const text of [q.text, q.fully, q.improvement.action, q.improvement.measure]) {
        expect(text.en.length, q.id).toBeGreaterThan(5);
        expect(text.nl.length, q.id).toBeGreaterThan(5);
        const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
        expect(placeholders(text.en), q.id).toEqual(placeholders(text.nl));
        for (const p of placeholders(text.en)) expect(['{company}', '{materials}']).toContain(p);
      }
      expect(q.source.length).toBeGreaterThan(5);
    }
  });
});
