import {
  ACTION_TYPES,
  type Action,
  type ActionEvent,
  AppError,
  actionSchema,
  type EffectivenessReview,
  type EscalationDecision,
  effectivenessReviewSchema,
  escalationDecisionSchema,
  OWNER_ROLES,
  transitionAction,
} from '@assay/core';
import { type DdRecord, newId, type PlanAction } from '@assay/storage';
import { z } from 'zod';
import { parseInput } from '../accounts/parse-input.js';
import type { OrgActor, ServiceContext } from '../context.js';
import { assertMayEdit, isoDay } from './guard.js';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((s) => s || undefined);

const newAction = z.object({
  type: z.enum(ACTION_TYPES),
  title: z.string().trim().min(1, 'enter what will be done').max(300),
  description: optionalText(5000),
  ownerRole: z.enum(OWNER_ROLES),
  ownerName: optionalText(200),
  dueDate: z.iso.date('enter a date as YYYY-MM-DD'),
  evidence: optionalText(4000),
});

const actionEdit = newAction.pick({ ownerName: true, dueDate: true, evidence: true });

const eventInput = z.object({
  event: z.enum(['start', 'pause', 'resume', 'complete', 'verify', 'reopen', 'cancel']),
  reason: z.string().trim().max(2000).default(''),
});

async function requireRisk(ctx: ServiceContext, actor: OrgActor, riskId: string) {
  const risk = await ctx.store.riskRegister.get(actor.organisationId, riskId);
  if (!risk) throw new AppError('not_found', 'Risk was not found.');
  return risk;
}

export function listActions(ctx: ServiceContext, actor: OrgActor, riskId?: string): Promise<PlanAction[]> {
  return ctx.store.actions.list(actor.organisationId, riskId);
}

/** Adds an action (prevent, mitigate, cease or remediate) to the plan of a risk. */
export async function addAction(
  ctx: ServiceContext,
  actor: OrgActor,
  riskId: string,
  input: unknown,
): Promise<PlanAction> {
  assertMayEdit(actor);
  const fields = parseInput(newAction, input);
  await requireRisk(ctx, actor, riskId);
  const createdOn = isoDay(ctx.now());
  const { evidence, ...rest } = fields;
  const action = parseInput(actionSchema, { ...rest, id: newId(), riskId, createdOn, status: 'planned' });
  return ctx.store.transaction(async (tx) => {
    const saved = await tx.actions.create(actor.organisationId, { ...action, evidence: evidence ?? null });
    await tx.audit.record({
      organisationId: actor.organisationId,
      actor,
      entity: 'dd_action',
      entityId: saved.id,
      action: 'create',
      summary: { riskId, type: saved.type, dueDate: saved.dueDate, ownerRole: saved.ownerRole },
    });
    return saved;
  });
}

/** Changes owner, due date and evidence of an action. */
export async function updateAction(ctx: ServiceContext, actor: OrgActor, id: string, input: unknown): Promise<void> {
  assertMayEdit(actor);
  const edit = parseInput(actionEdit, input);
  await ctx.store.transaction(async (tx) => {
    const before = await tx.actions.get(actor.organisationId, id);
    if (!before) throw new AppError('not_found', 'Action was not found.');
    const { ownerName: _o, ...withoutOwner } = before;
    const next = { ...withoutOwner, ...(edit.ownerName ? { ownerName: edit.ownerName } : {}), dueDate: edit.dueDate };
    await tx.actions.replace(actor.organisationId, { ...next, evidence: edit.evidence ?? null });
    await tx.audit.record({
      organisationId: actor.organisationId,
      actor,
      entity: 'dd_action',
      entityId: id,
      action: 'update',
      summary: {
        dueDate: { from: before.dueDate, to: edit.dueDate },
        ownerChanged: before.ownerName !== edit.ownerName,
        evidenceChanged: (before.evidence ?? undefined) !== edit.evidence,
      },
    });
  });
}

/** Moves an action through its life cycle; `verify` needs an effectiveness review that found it effective. */
export async function changeActionStatus(
  ctx: ServiceContext,
  actor: OrgActor,
  id: string,
  input: unknown,
): Promise<void> {
  assertMayEdit(actor);
  const { event, reason } = parseInput(eventInput, input);
  await ctx.store.transaction(async (tx) => {
    const before = await tx.actions.get(actor.organisationId, id);
    if (!before) throw new AppError('not_found', 'Action was not found.');
    let applied: ActionEvent;
    if (event === 'verify') {
      const reviews = await tx.ddRecords.list<EffectivenessReview>(actor.organisationId, 'review');
      const review = reviews.find((r) => r.data.actionIds.includes(id) && r.data.conclusion === 'effective');
      if (!review)
        throw new AppError('conflict', 'Record an effectiveness review that found this action effective first.');
      applied = { type: 'verify', review: review.data };
    } else if (event === 'pause' || event === 'reopen' || event === 'cancel') {
      applied = { type: event, reason };
    } else {
      applied = { type: event };
    }
    const { organisationId: _org, evidence, updatedAt: _u, ...core } = before;
    const next: Action = transitionAction(core, applied, { now: ctx.now });
    await tx.actions.replace(actor.organisationId, { ...next, evidence });
    await tx.audit.record({
      organisationId: actor.organisationId,
      actor,
      entity: 'dd_action',
      entityId: id,
      action: 'status',
      summary: { event, from: before.status, to: next.status },
    });
  });
}

const escalationInput = z.object({
  decision: z.string(),
  reasons: z.array(z.string()).default([]),
  explanation: z.string(),
  decidedOn: z.string(),
  decidedBy: z.string(),
  reviewBy: optionalText(10),
  disengagementImpact: optionalText(10_000),
});

/** Records an escalation decision (continue with mitigation, suspend, disengage) about a risk. */
export async function recordEscalation(
  ctx: ServiceContext,
  actor: OrgActor,
  riskId: string,
  input: unknown,
): Promise<DdRecord<EscalationDecision>> {
  assertMayEdit(actor);
  const raw = parseInput(escalationInput, input);
  const risk = await requireRisk(ctx, actor, riskId);
  const decision = parseInput(escalationDecisionSchema, {
    ...raw,
    id: 'pending',
    riskId,
    ...(risk.supplierId ? { supplierId: risk.supplierId } : {}),
  });
  return ctx.store.transaction(async (tx) => {
    const record = await tx.ddRecords.add(actor.organisationId, 'escalation', riskId, decision.decidedOn, (id) => ({
      ...decision,
      id,
    }));
    await tx.audit.record({
      organisationId: actor.organisationId,
      actor,
      entity: 'dd_escalation',
      entityId: record.id,
      action: 'create',
      summary: { riskId, decision: decision.decision, reasons: decision.reasons, decidedOn: decision.decidedOn },
    });
    return record;
  });
}

export function listEscalations(ctx: ServiceContext, actor: OrgActor, riskId?: string) {
  return ctx.store.ddRecords.list<EscalationDecision>(actor.organisationId, 'escalation', riskId);
}

const reviewInput = z.object({
  actionIds: z.array(z.string()).default([]),
  conclusion: z.string(),
  lessons: z.string().default(''),
  stakeholderInput: optionalText(10_000),
  nextReviewOn: optionalText(10),
  indicator: z
    .object({
      name: z.string().trim().max(300),
      unit: optionalText(40),
      direction: z.string().default('increase'),
      baseline: z.coerce.number({ error: 'enter a number' }),
      target: z.coerce.number({ error: 'enter a number' }),
      actual: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number({ error: 'enter a number' }).optional()),
    })
    .optional(),
});

/** Records an effectiveness review of actions of a risk, with an optional tracking indicator. */
export async function recordReview(
  ctx: ServiceContext,
  actor: OrgActor,
  riskId: string,
  input: unknown,
): Promise<DdRecord<EffectivenessReview>> {
  assertMayEdit(actor);
  const raw = parseInput(reviewInput, input);
  await requireRisk(ctx, actor, riskId);
  const ofRisk = new Set((await ctx.store.actions.list(actor.organisationId, riskId)).map((a) => a.id));
  const stray = raw.actionIds.filter((id) => !ofRisk.has(id));
  if (stray.length > 0) throw new AppError('not_found', 'Action was not found.');
  const { indicator, ...rest } = raw;
  const review = parseInput(effectivenessReviewSchema, {
    ...rest,
    id: 'pending',
    reviewedOn: isoDay(ctx.now()),
    indicators: indicator?.name ? [{ ...indicator, id: 'indicator-1' }] : [],
  });
  return ctx.store.transaction(async (tx) => {
    const record = await tx.ddRecords.add(actor.organisationId, 'review', riskId, review.reviewedOn, (id) => ({
      ...review,
      id,
    }));
    await tx.audit.record({
      organisationId: actor.organisationId,
      actor,
      entity: 'dd_review',
      entityId: record.id,
      action: 'create',
      summary: { riskId, actions: review.actionIds.length, conclusion: review.conclusion },
    });
    return record;
  });
}

export function listReviews(ctx: ServiceContext, actor: OrgActor, riskId?: string) {
  return ctx.store.ddRecords.list<EffectivenessReview>(actor.organisationId, 'review', riskId);
}
