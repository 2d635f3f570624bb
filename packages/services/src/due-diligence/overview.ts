import {
  type DashboardSummary,
  type DueItem,
  dashboardSummary,
  dueThisMonth,
  type EffectivenessReview,
  type LocalizedText,
  type OecdStepId,
  questionsFor,
  scoreAssessment,
} from '@assay/core';
import type { OrgActor, ServiceContext } from '../context.js';
import { type AssessmentYear, assessmentHistory } from './assessment.js';
import { currentYear } from './guard.js';
import { resolveMaterial } from './material-context.js';
import { listRiskRegister, type PrioritisedRisk } from './risks.js';

/** Something with a deadline on the dashboard: an action of a risk, or an improvement goal. */
export type DueEntry = {
  kind: 'action' | 'goal';
  id: string;
  title: string | LocalizedText;
  dueDate: string;
  status: string;
  riskId: string | null;
};

/** What the dashboard shows of the due-diligence workflow. */
export type DueDiligenceOverview = {
  hasProfile: boolean;
  summary: DashboardSummary;
  due: DueItem<DueEntry>[];
  /** Open risks, most urgent first. */
  openRisks: PrioritisedRisk[];
  trend: AssessmentYear[];
};

/** Where the company stands per OECD step, what is due this month, risks by priority and the maturity trend. */
export async function dueDiligenceOverview(ctx: ServiceContext, actor: OrgActor): Promise<DueDiligenceOverview> {
  const org = actor.organisationId;
  const clock = { now: ctx.now };
  const [profile, assessment, goals, risks, actions, reviews, trend] = await Promise.all([
    ctx.store.profiles.get(org),
    ctx.store.assessments.get(org, currentYear(ctx.now())),
    ctx.store.goals.list(org),
    listRiskRegister(ctx, actor),
    ctx.store.actions.list(org),
    ctx.store.ddRecords.list<EffectivenessReview>(org, 'review'),
    assessmentHistory(ctx, actor),
  ]);
  const score =
    profile && assessment ? scoreAssessment(questionsFor(profile.profile, resolveMaterial), assessment.answers) : null;
  const summary = dashboardSummary(
    {
      assessment: score,
      goals: goals.map((g) => ({ step: g.step as OecdStepId, done: g.status === 'done' || g.status === 'dropped' })),
      risks: risks.map((r) => ({ id: r.id, prioritised: true, open: r.status !== 'closed' })),
      actions,
      reviews: reviews.map((r) => r.data),
    },
    clock,
  );
  const entries: DueEntry[] = [
    ...actions.map((a) => ({
      kind: 'action' as const,
      id: a.id,
      title: a.title,
      dueDate: a.dueDate,
      status: a.status,
      riskId: a.riskId ?? null,
    })),
    ...goals.map((g) => ({
      kind: 'goal' as const,
      id: g.id,
      title: g.specific,
      dueDate: g.deadline,
      status: g.status === 'dropped' ? 'cancelled' : g.status,
      riskId: null,
    })),
  ];
  return {
    hasProfile: Boolean(profile),
    summary,
    due: dueThisMonth(entries, clock),
    openRisks: risks.filter((r) => r.status !== 'closed'),
    trend,
  };
}
