import { AppError } from '../errors.js';
import { ANSWER_SCALE, type AnswerLevel } from './answer-scale.js';
import type { MaturityAnswer } from './maturity-answer.schema.js';
import { COVENANT_TARGET, type MaturityLevel, maturityLevel } from './maturity-levels.js';
import { OECD_STEP_IDS, type OecdStepId } from './oecd-steps.js';
import type { MaturityQuestion, QuestionWeight } from './questions/maturity-question.js';

/** The scored state of one question. */
export type QuestionResult = {
  readonly questionId: string;
  readonly step: OecdStepId;
  readonly weight: QuestionWeight;
  /** `null` when unanswered. */
  readonly level: AnswerLevel | null;
  /** Share of the weight earned (0–1); unanswered counts as 0; `null` for not applicable. */
  readonly value: number | null;
  /** What is left to gain (1 − value); 0 for not applicable. */
  readonly gap: number;
  readonly evidence: string | null;
};

/** The score of one OECD step. */
export type StepScore = {
  readonly step: OecdStepId;
  /** 0–100, one decimal; `null` when every question of the step is not applicable (or there are none). */
  readonly score: number | null;
  readonly level: MaturityLevel | null;
  readonly questions: number;
  readonly answered: number;
  readonly notApplicable: number;
  readonly complete: boolean;
};

/** The result of {@link scoreAssessment}. */
export type AssessmentScore = {
  readonly steps: readonly StepScore[];
  /** Mean of the step scores that exist, 0–100 with one decimal; `null` when no step has a score. */
  readonly overall: number | null;
  readonly level: MaturityLevel | null;
  readonly target: number;
  readonly meetsTarget: boolean;
  /** Share of shown questions that have an answer (not applicable included), 0–100 with one decimal. */
  readonly completeness: number;
  readonly complete: boolean;
  readonly unansweredQuestionIds: readonly string[];
  /** Answers to questions not in the list (hidden by the profile, or retired); left out of the score. */
  readonly ignoredAnswerIds: readonly string[];
  readonly questions: readonly QuestionResult[];
};

/**
 * Scores answers against the questions shown to the company (see docs/MATURITY-METHOD.md):
 * per step the weighted share of applicable questions, overall the mean of the six step scores.
 * Not-applicable questions leave numerator and denominator; unanswered ones count as 0 and make
 * the assessment incomplete.
 */
export function scoreAssessment(
  questions: readonly MaturityQuestion[],
  answers: readonly MaturityAnswer[],
): AssessmentScore {
  const byQuestion = indexAnswers(answers);
  const results = questions.map((q): QuestionResult => {
    const answer = byQuestion.get(q.id);
    const value = answer ? ANSWER_SCALE[answer.level].value : 0;
    return {
      questionId: q.id,
      step: q.step,
      weight: q.weight,
      level: answer?.level ?? null,
      value,
      gap: value === null ? 0 : 1 - value,
      evidence: answer?.evidence ?? null,
    };
  });
  const perStep = OECD_STEP_IDS.map((step) => {
    const ofStep = results.filter((r) => r.step === step);
    const raw = rawStepScore(ofStep);
    return { raw, score: stepScore(step, ofStep, raw) };
  });
  const steps = perStep.map((p) => p.score);
  // The mean is taken over unrounded step scores, so rounding happens once.
  const scored = perStep.map((p) => p.raw).filter((s): s is number => s !== null);
  const overall = scored.length > 0 ? round1(scored.reduce((a, b) => a + b, 0) / scored.length) : null;
  const unanswered = results.filter((r) => r.level === null).map((r) => r.questionId);
  const shown = new Set(questions.map((q) => q.id));
  return {
    steps,
    overall,
    level: overall === null ? null : maturityLevel(overall),
    target: COVENANT_TARGET,
    // Compared after rounding, so a displayed 80.0 always meets the target.
    meetsTarget: overall !== null && overall >= COVENANT_TARGET,
    completeness: results.length === 0 ? 100 : round1((100 * (results.length - unanswered.length)) / results.length),
    complete: unanswered.length === 0,
    unansweredQuestionIds: unanswered,
    ignoredAnswerIds: answers.filter((a) => !shown.has(a.questionId)).map((a) => a.questionId),
    questions: results,
  };
}

function rawStepScore(results: readonly QuestionResult[]): number | null {
  let earned = 0;
  let possible = 0;
  for (const r of results) {
    if (r.value === null) continue;
    earned += r.weight * r.value;
    possible += r.weight;
  }
  return possible > 0 ? (100 * earned) / possible : null;
}

function stepScore(step: OecdStepId, results: readonly QuestionResult[], raw: number | null): StepScore {
  const score = raw === null ? null : round1(raw);
  const answered = results.filter((r) => r.level !== null).length;
  return {
    step,
    score,
    level: score === null ? null : maturityLevel(score),
    questions: results.length,
    answered,
    notApplicable: results.filter((r) => r.level === 'not_applicable').length,
    complete: answered === results.length,
  };
}

function indexAnswers(answers: readonly MaturityAnswer[]): Map<string, MaturityAnswer> {
  const map = new Map<string, MaturityAnswer>();
  for (const answer of answers) {
    if (map.has(answer.questionId)) {
      throw new AppError('invalid_input', 'A question was answered twice.', {
        issues: [{ path: 'answers', message: `duplicate answer for ${answer.questionId}` }],
      });
    }
    map.set(answer.questionId, answer);
  }
  return map;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
