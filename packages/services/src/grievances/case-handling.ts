import {
  AppError,
  CASE_EVENT_TYPES,
  CASE_OUTCOMES,
  type CaseEvent,
  can,
  GRIEVANCE_CATEGORIES,
  type GrievanceCase,
  REMEDY_RESULTS,
  SUBMISSION_LIMITS,
  type TransitionRefusal,
  transition,
} from '@assay/core';
import { newId, type Repositories, type StoredGrievance } from '@assay/storage';
import { z } from 'zod';
import { parseInput } from '../accounts/parse-input.js';
import type { OrgActor, ServiceContext } from '../context.js';

/** Handling cases changes due-diligence data: editors and above; viewers only read. */
function assertMayHandle(actor: OrgActor): void {
  if (!can(actor.role, 'data.edit')) throw new AppError('forbidden', 'Your role does not allow this.');
}

const text = (max: number) => z.string().trim().max(max).optional().default('');

/** The officer's status form (or JSON): the event and the fields that event needs. */
const ZCaseEventInput = z.object({
  event: z.enum(CASE_EVENT_TYPES, 'Choose a step.'),
  outcome: z.union([z.enum(CASE_OUTCOMES), z.literal('')]).optional(),
  summary: text(SUBMISSION_LIMITS.descriptionMax),
  planDescription: text(SUBMISSION_LIMITS.descriptionMax),
  dueBy: z.union([z.iso.date('Use a date like 2025-12-31.'), z.literal('')]).optional(),
  remedyResult: z.union([z.enum(REMEDY_RESULTS), z.literal('')]).optional(),
  remedyDescription: text(SUBMISSION_LIMITS.descriptionMax),
  reason: text(SUBMISSION_LIMITS.descriptionMax),
});
type CaseEventInput = z.infer<typeof ZCaseEventInput>;

function toEvent(input: CaseEventInput, base: { at: Date; officerId: string }): CaseEvent {
  const remedy =
    input.remedyResult && input.remedyDescription
      ? { result: input.remedyResult, description: input.remedyDescription }
      : undefined;
  switch (input.event) {
    case 'acknowledge':
    case 'start_investigation':
      return { ...base, type: input.event };
    case 'agree_remedy':
      return {
        ...base,
        type: 'agree_remedy',
        plan: { description: input.planDescription, ...(input.dueBy ? { dueBy: input.dueBy } : {}) },
      };
    case 'record_remedy':
      return {
        ...base,
        type: 'record_remedy',
        record: { result: input.remedyResult || 'provided', description: input.remedyDescription },
      };
    case 'close':
      return {
        ...base,
        type: 'close',
        outcome: { kind: input.outcome || ('' as never), summary: input.summary },
        ...(remedy ? { remedyRecord: remedy } : {}),
      };
    case 'reopen':
      return { ...base, type: 'reopen', reason: input.reason };
  }
}

/** Each refusal of the state machine as a message naming the field to fix. */
const REFUSALS: Readonly<Record<TransitionRefusal, { path: string; message: string }>> = {
  not_allowed: { path: 'event', message: 'This step is not possible in the case’s current status.' },
  out_of_order: { path: 'event', message: 'The case changed in the meantime. Reload the page and try again.' },
  outcome_required: { path: 'summary', message: 'Choose an outcome and write a short summary for the file.' },
  remedy_record_required: {
    path: 'remedyDescription',
    message: 'A remedy was agreed (or the outcome is “remedied”): record whether and how it was delivered.',
  },
  remedy_details_required: {
    path: 'remedyDescription',
    message: 'Describe the remedy, and choose whether it was provided.',
  },
  reason_required: { path: 'reason', message: 'Say why the case is opened again.' },
};

async function loadCase(tx: Repositories, actor: OrgActor, id: string): Promise<StoredGrievance> {
  const grievance = await tx.grievances.get(actor.organisationId, id);
  if (!grievance) throw new AppError('not_found', 'Case was not found.');
  return grievance;
}

async function save(tx: Repositories, actor: OrgActor, grievance: GrievanceCase): Promise<void> {
  await tx.grievances.update(actor.organisationId, grievance.id, {
    ...grievance,
    category: grievance.submission.category,
  });
}

function audit(tx: Repositories, actor: OrgActor, caseId: string, action: string, summary: Record<string, unknown>) {
  return tx.audit.record({
    organisationId: actor.organisationId,
    actor,
    entity: 'grievance',
    entityId: caseId,
    action,
    summary,
  });
}

/** Moves a case through the core's state machine (acknowledge, investigate, remedy, close, reopen). */
export async function changeCaseStatus(
  ctx: ServiceContext,
  actor: OrgActor,
  id: string,
  input: unknown,
): Promise<GrievanceCase> {
  assertMayHandle(actor);
  const fields = parseInput(ZCaseEventInput, input);
  return ctx.store.transaction(async (tx) => {
    const before = await loadCase(tx, actor, id);
    const result = transition(before, toEvent(fields, { at: ctx.now(), officerId: actor.userId }));
    if (!result.ok) {
      const refusal = REFUSALS[result.refusal];
      const code = result.refusal === 'not_allowed' || result.refusal === 'out_of_order' ? 'conflict' : 'invalid_input';
      throw new AppError(code, refusal.message, { issues: [refusal] });
    }
    await save(tx, actor, result.case);
    await audit(tx, actor, id, fields.event, {
      from: before.status,
      to: result.case.status,
      ...(result.case.outcome && fields.event === 'close' ? { outcome: result.case.outcome.kind } : {}),
    });
    return result.case;
  });
}

const ZAssign = z.object({ assigneeId: z.string().trim().max(64).optional().default('') });

/** Assigns the case to a member of the organisation, or to nobody (empty). */
export async function assignCase(ctx: ServiceContext, actor: OrgActor, id: string, input: unknown): Promise<void> {
  assertMayHandle(actor);
  const { assigneeId } = parseInput(ZAssign, input);
  await ctx.store.transaction(async (tx) => {
    const before = await loadCase(tx, actor, id);
    if (assigneeId && !(await tx.memberships.roleOf(actor.organisationId, assigneeId))) {
      throw new AppError('invalid_input', 'Choose a member of this organisation.', {
        issues: [{ path: 'assigneeId', message: 'Choose a member of this organisation.' }],
      });
    }
    const { assigneeId: _previous, ...rest } = before;
    await save(tx, actor, assigneeId ? { ...rest, assigneeId } : rest);
    await audit(tx, actor, id, 'assign', { from: before.assigneeId ?? null, to: assigneeId || null });
  });
}

const ZTriage = z.object({ category: z.enum(GRIEVANCE_CATEGORIES, 'Choose a theme from the list.') });

/** Sets the case's theme (triage); the reporter's own choice stays in the submission record. */
export async function triageCase(ctx: ServiceContext, actor: OrgActor, id: string, input: unknown): Promise<void> {
  assertMayHandle(actor);
  const { category } = parseInput(ZTriage, input);
  await ctx.store.transaction(async (tx) => {
    const before = await loadCase(tx, actor, id);
    await save(tx, actor, { ...before, submission: { ...before.submission, category } });
    await audit(tx, actor, id, 'triage', { from: before.submission.category, to: category });
  });
}

const ZOfficerMessage = z.object({
  visibility: z.enum(['reporter', 'internal'], 'Choose who may read this.'),
  body: z
    .string()
    .trim()
    .min(1, 'Write a message.')
    .max(SUBMISSION_LIMITS.descriptionMax, `Use at most ${SUBMISSION_LIMITS.descriptionMax} characters.`),
});

/** A reply the reporter will read (`reporter`) or a note among officers (`internal`). */
export async function addOfficerMessage(
  ctx: ServiceContext,
  actor: OrgActor,
  id: string,
  input: unknown,
): Promise<void> {
  assertMayHandle(actor);
  const { visibility, body } = parseInput(ZOfficerMessage, input);
  await ctx.store.transaction(async (tx) => {
    await loadCase(tx, actor, id);
    const at = ctx.now().toISOString();
    const message =
      visibility === 'internal'
        ? ({ id: newId(), caseId: id, visibility, officerId: actor.userId, body, at } as const)
        : ({ id: newId(), caseId: id, visibility, from: 'officer', officerId: actor.userId, body, at } as const);
    await tx.grievances.addMessage(actor.organisationId, message);
    await audit(tx, actor, id, visibility === 'internal' ? 'internal_note' : 'reply', { length: body.length });
  });
}
