import type { LocalizedText } from '../../i18n/locales.js';
import type { Clock } from '../clock.js';
import { addMonths, isoDate } from '../dates.js';
import { fillText } from '../localized-text.js';
import { COVENANT_TARGET } from '../maturity-levels.js';
import { OECD_STEPS, type OecdStepId } from '../oecd-steps.js';
import type { AssessmentScore } from '../score-assessment.js';
import { type Action, actionStep, CLOSED_ACTION_STATUSES } from './action.schema.js';
import { dueThisMonth } from './due-this-month.js';
import type { EffectivenessReview } from './effectiveness-review.schema.js';

/** The little the dashboard needs to know about a risk in the register (owned by the risk module). */
export type DashboardRisk = { readonly id: string; readonly prioritised: boolean; readonly open: boolean };

/** The little the dashboard needs to know about an improvement goal. */
export type DashboardGoal = { readonly step: OecdStepId; readonly done: boolean };

/** Inputs of {@link dashboardSummary}; every list may be empty. */
export type DashboardInput = {
  readonly assessment: AssessmentScore | null;
  readonly goals: readonly DashboardGoal[];
  readonly risks: readonly DashboardRisk[];
  readonly actions: readonly Action[];
  readonly reviews: readonly EffectivenessReview[];
};

/** Where one OECD step stands. */
export type StepStatus = 'not_started' | 'in_progress' | 'needs_attention' | 'at_target';

/** The dashboard line of one OECD step. */
export type StepSummary = {
  readonly step: OecdStepId;
  readonly title: LocalizedText;
  readonly status: StepStatus;
  readonly maturity: number | null;
  readonly openGoals: number;
  /** Step-specific counts: risks (2), actions (3, 6), reviews (4). */
  readonly counts: Readonly<Record<string, number>>;
  readonly headline: LocalizedText;
};

/** The whole dashboard: per step, plus the overall score and what is due this month. */
export type DashboardSummary = {
  readonly overall: number | null;
  readonly target: number;
  readonly meetsTarget: boolean;
  readonly assessmentComplete: boolean;
  readonly steps: readonly StepSummary[];
  readonly dueThisMonth: number;
  readonly overdue: number;
};

const HEADLINES: Readonly<Record<StepStatus, LocalizedText>> = {
  not_started: { en: 'Not started yet.', nl: 'Nog niet gestart.' },
  in_progress: { en: 'Maturity {score}; work in progress.', nl: 'Volwassenheid {score}; in uitvoering.' },
  needs_attention: {
    en: 'Maturity {score}; {overdue} overdue action(s) need attention.',
    nl: 'Volwassenheid {score}; {overdue} verlopen actie(s) vragen aandacht.',
  },
  at_target: { en: 'Maturity {score}: at the 80% target.', nl: 'Volwassenheid {score}: op het doel van 80%.' },
};

/**
 * Where the company stands per OECD step, from the assessment, goals, risks, actions and reviews.
 * A step needs attention when it has overdue actions; it is at target when its maturity score is ≥ 80.
 */
export function dashboardSummary(input: DashboardInput, clock: Clock): DashboardSummary {
  const today = isoDate(clock.now());
  const yearAgo = addMonths(today, -12);
  const due = dueThisMonth(input.actions, clock);
  const isOpen = (a: Action) => !CLOSED_ACTION_STATUSES.includes(a.status);
  const steps = OECD_STEPS.map((s): StepSummary => {
    const maturity = input.assessment?.steps.find((x) => x.step === s.id)?.score ?? null;
    const stepActions = input.actions.filter((a) => actionStep(a.type) === s.id);
    const overdue = due.filter((d) => d.overdue && actionStep(d.item.type) === s.id).length;
    const counts = stepCounts(s.id, input, stepActions.filter(isOpen).length, yearAgo);
    const activity = Object.values(counts).some((n) => n > 0) || stepActions.length > 0;
    const status: StepStatus =
      overdue > 0
        ? 'needs_attention'
        : maturity !== null && maturity >= COVENANT_TARGET
          ? 'at_target'
          : (maturity ?? 0) > 0 || activity
            ? 'in_progress'
            : 'not_started';
    return {
      step: s.id,
      title: s.title,
      status,
      maturity,
      openGoals: input.goals.filter((g) => g.step === s.id && !g.done).length,
      counts,
      headline: fillText(HEADLINES[status], {
        score: maturity === null ? '–' : `${maturity}%`,
        overdue: String(overdue),
      }),
    };
  });
  return {
    overall: input.assessment?.overall ?? null,
    target: COVENANT_TARGET,
    meetsTarget: input.assessment?.meetsTarget ?? false,
    assessmentComplete: input.assessment?.complete ?? false,
    steps,
    dueThisMonth: due.length,
    overdue: due.filter((d) => d.overdue).length,
  };
}

function stepCounts(
  step: OecdStepId,
  input: DashboardInput,
  openActions: number,
  since: string,
): Record<string, number> {
  switch (step) {
    case 2:
      return {
        risksOpen: input.risks.filter((r) => r.open).length,
        risksPrioritised: input.risks.filter((r) => r.open && r.prioritised).length,
      };
    case 3:
    case 6:
      return { actionsOpen: openActions };
    case 4:
      return { reviewsLastYear: input.reviews.filter((r) => r.reviewedOn >= since).length };
    default:
      return {};
  }
}
