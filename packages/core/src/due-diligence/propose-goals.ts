import type { LocalizedText } from '../i18n/locales.js';
import type { AnswerLevel } from './answer-scale.js';
import type { Clock } from './clock.js';
import type { CompanyProfile } from './company-profile.schema.js';
import { addMonths, isoDate } from './dates.js';
import { fillText, listText } from './localized-text.js';
import { classifyMaterial, type MaterialResolver, metalLabel } from './material-families.js';
import { MATURITY_QUESTIONS } from './maturity-questions.js';
import type { OecdStepId } from './oecd-steps.js';
import { OWNER_ROLE_LABELS, type OwnerRole } from './owner-roles.js';
import type { MaturityQuestion, QuestionWeight } from './questions/maturity-question.js';
import type { AssessmentScore } from './score-assessment.js';

/** A SMART goal of the improvement plan, derived from one weak answer. */
export type ImprovementGoal = {
  /** Stable per question, so a re-run of the plan updates rather than duplicates goals. */
  readonly id: string;
  readonly rank: number;
  readonly questionId: string;
  readonly step: OecdStepId;
  readonly weight: QuestionWeight;
  /** weight × gap: how many weighted points closing this gap adds to the step. */
  readonly priority: number;
  readonly currentLevel: AnswerLevel | null;
  /** Specific: what to achieve, filled with the company's name and materials. */
  readonly specific: LocalizedText;
  /** Measurable: how achievement is shown. */
  readonly measure: LocalizedText;
  /** Assignable: a role placeholder the company replaces with a name. */
  readonly ownerRole: OwnerRole;
  readonly ownerLabel: LocalizedText;
  /** Time-bound: suggested deadline (ISO date), relative to the clock. */
  readonly deadline: string;
  readonly source: string;
};

/** Options for {@link proposeGoals}. */
export type ProposeGoalsOptions = {
  /** The questionnaire the assessment was scored against (defaults to the current one). */
  readonly questions?: readonly MaturityQuestion[];
  /** At most this many goals (default 10): a short plan gets done, a long one gets shelved. */
  readonly max?: number;
  readonly resolveMaterial?: MaterialResolver;
};

/** Default number of goals in a proposed improvement plan. */
export const DEFAULT_GOAL_COUNT = 10;

/**
 * SMART goals from the weakest answers, ranked by weight × gap, then OECD step, then question order
 * (docs/MATURITY-METHOD.md). Implements the covenant's maturity improvement plan (IRBC metals
 * covenant 2019) on top of OECD RBC DDG 2018, step 1.3 (plans and resources).
 */
export function proposeGoals(
  assessment: AssessmentScore,
  profile: CompanyProfile,
  clock: Clock,
  options: ProposeGoalsOptions = {},
): ImprovementGoal[] {
  const byId = new Map((options.questions ?? MATURITY_QUESTIONS).map((q) => [q.id, q]));
  const today = isoDate(clock.now());
  const vars = {
    company: profile.name,
    materials:
      profile.materials.length > 0
        ? listText(
            [
              ...new Set(profile.materials.map((m) => classifyMaterial(m.materialId, options.resolveMaterial).metal)),
            ].map(metalLabel),
          )
        : { en: 'your materials', nl: 'uw materialen' },
  };
  const candidates = assessment.questions
    .flatMap((result, order) => {
      const question = byId.get(result.questionId);
      return question && result.gap > 0 ? [{ result, order, question, priority: result.weight * result.gap }] : [];
    })
    .sort((a, b) => b.priority - a.priority || a.result.step - b.result.step || a.order - b.order)
    .slice(0, options.max ?? DEFAULT_GOAL_COUNT);
  return candidates.map(({ result, question, priority }, index): ImprovementGoal => {
    const improvement = question.improvement;
    // Work already under way needs less time: a third off the suggested period, at least one month.
    const started = result.level === 'partly' || result.level === 'largely';
    const months = started ? Math.max(1, Math.round((improvement.months * 2) / 3)) : improvement.months;
    return {
      id: `goal:${result.questionId}`,
      rank: index + 1,
      questionId: result.questionId,
      step: result.step,
      weight: result.weight,
      priority: Math.round(priority * 100) / 100,
      currentLevel: result.level,
      specific: fillText(improvement.action, vars),
      measure: fillText(improvement.measure, vars),
      ownerRole: improvement.owner,
      ownerLabel: OWNER_ROLE_LABELS[improvement.owner],
      deadline: addMonths(today, months),
      source: question.source,
    };
  });
}
