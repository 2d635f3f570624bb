import { AppError, proposeGoals } from '@assay/core';
import { GOAL_STATUSES, type Goal } from '@assay/storage';
import { z } from 'zod';
import { parseInput } from '../accounts/parse-input.js';
import type { OrgActor, ServiceContext } from '../context.js';
import { getAssessment } from './assessment.js';
import { assertMayEdit } from './guard.js';
import { resolveMaterial } from './material-context.js';

const goalEdit = z.object({
  ownerName: z
    .string()
    .trim()
    .max(200)
    .transform((s) => s || null),
  deadline: z.iso.date('enter a date as YYYY-MM-DD'),
  status: z.enum(GOAL_STATUSES),
});

export function listGoals(ctx: ServiceContext, actor: OrgActor): Promise<Goal[]> {
  return ctx.store.goals.list(actor.organisationId);
}

/**
 * Proposes SMART goals from this year's weakest answers and adds them to the plan. A goal that is
 * already in the plan (same question) keeps its owner, deadline and status; only text and rank refresh.
 */
export async function proposeImprovementGoals(ctx: ServiceContext, actor: OrgActor): Promise<Goal[]> {
  assertMayEdit(actor);
  const view = await getAssessment(ctx, actor);
  if (view.answers.length === 0)
    throw new AppError('conflict', 'Answer the self-assessment first; goals are proposed from its weakest answers.');
  const proposed = proposeGoals(view.score, view.profile, { now: ctx.now }, { resolveMaterial });
  return ctx.store.transaction(async (tx) => {
    for (const goal of proposed) {
      await tx.goals.upsertProposed(actor.organisationId, {
        key: goal.id,
        questionId: goal.questionId,
        step: goal.step,
        rank: goal.rank,
        specific: goal.specific,
        measure: goal.measure,
        ownerRole: goal.ownerRole,
        deadline: goal.deadline,
      });
    }
    await tx.audit.record({
      organisationId: actor.organisationId,
      actor,
      entity: 'dd_goal',
      entityId: null,
      action: 'propose',
      summary: { year: view.year, goals: proposed.map((g) => g.id) },
    });
    return tx.goals.list(actor.organisationId);
  });
}

/** Sets the owner, deadline and status of a goal. */
export async function updateGoal(ctx: ServiceContext, actor: OrgActor, id: string, input: unknown): Promise<void> {
  assertMayEdit(actor);
  const edit = parseInput(goalEdit, input);
  await ctx.store.transaction(async (tx) => {
    const before = await tx.goals.get(actor.organisationId, id);
    if (!before || !(await tx.goals.update(actor.organisationId, id, edit)))
      throw new AppError('not_found', 'Goal was not found.');
    await tx.audit.record({
      organisationId: actor.organisationId,
      actor,
      entity: 'dd_goal',
      entityId: id,
      action: 'update',
      // The owner's name is personal data: the log says only whether it changed.
      summary: {
        key: before.key,
        status: { from: before.status, to: edit.status },
        deadline: { from: before.deadline, to: edit.deadline },
        ownerChanged: before.ownerName !== edit.ownerName,
      },
    });
  });
}
