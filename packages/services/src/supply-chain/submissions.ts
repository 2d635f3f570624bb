import {
  AppError,
  correctionRequest,
  type Declaration,
  diffSubmissions,
  type Finding,
  type SubmissionDiff,
} from '@assay/core';
import type { StoredSubmission, SubmissionSummary } from '@assay/storage';
import type { OrgActor, ServiceContext } from '../context.js';
import { assertMayEdit } from '../due-diligence/guard.js';

/** A board line: the submission with the names of its supplier and of the suggested one. */
export type BoardSubmission = SubmissionSummary & { supplierName: string | null; suggestedName: string | null };

/** The intake board: counts, every submission (newest first), and the suppliers whose template is overdue. */
export type IntakeBoard = {
  counts: {
    received: number;
    valid: number;
    needsCorrection: number;
    unreadable: number;
    overdue: number;
    toConfirm: number;
  };
  submissions: BoardSubmission[];
  overdue: { supplierId: string; name: string; due: string }[];
};

/** The intake board of the organisation on the service clock's day. */
export async function intakeBoard(ctx: ServiceContext, actor: OrgActor): Promise<IntakeBoard> {
  const org = actor.organisationId;
  const [submissions, suppliers, profiles] = await Promise.all([
    ctx.store.submissions.list(org),
    ctx.store.suppliers.list(org),
    ctx.store.supplierProfiles.list(org),
  ]);
  const names = new Map(suppliers.map((s) => [s.id, s.name]));
  const today = ctx.now().toISOString().slice(0, 10);
  const answered = new Set(submissions.filter((s) => s.status === 'valid').map((s) => s.supplierId));
  const overdue = suppliers
    .map((s) => ({ supplierId: s.id, name: s.name, due: profiles.get(s.id)?.responseDue ?? null }))
    .filter(
      (s): s is { supplierId: string; name: string; due: string } =>
        s.due !== null && s.due < today && !answered.has(s.supplierId),
    );
  return {
    counts: {
      received: submissions.length,
      valid: submissions.filter((s) => s.status === 'valid').length,
      needsCorrection: submissions.filter((s) => s.status === 'needs_correction').length,
      unreadable: submissions.filter((s) => s.status === 'unreadable').length,
      overdue: overdue.length,
      toConfirm: submissions.filter((s) => s.linkStatus === 'unsure').length,
    },
    submissions: submissions.map((s) => ({
      ...s,
      supplierName: s.supplierId ? (names.get(s.supplierId) ?? null) : null,
      suggestedName: s.suggestedSupplierId ? (names.get(s.suggestedSupplierId) ?? null) : null,
    })),
    overdue,
  };
}

/** One submission with its findings and declaration. */
export type SubmissionDetail = Omit<StoredSubmission, 'findings' | 'declaration'> & {
  findings: Finding[];
  declaration: Declaration | null;
  supplierName: string | null;
  suggestedName: string | null;
};

export async function getSubmission(ctx: ServiceContext, actor: OrgActor, id: string): Promise<SubmissionDetail> {
  const org = actor.organisationId;
  const stored = await ctx.store.submissions.get(org, id);
  if (!stored) throw new AppError('not_found', 'Submission was not found.');
  const name = async (supplierId: string | null) =>
    supplierId ? ((await ctx.store.suppliers.get(org, supplierId))?.name ?? null) : null;
  return {
    ...stored,
    findings: stored.findings as Finding[],
    declaration: stored.declaration as Declaration | null,
    supplierName: await name(stored.supplierId),
    suggestedName: await name(stored.suggestedSupplierId),
  };
}

/**
 * Confirms the supplier of a submission: an existing supplier of the organisation, or `new` to add
 * the declaring company as a supplier.
 */
export async function linkSubmission(
  ctx: ServiceContext,
  actor: OrgActor,
  id: string,
  supplierId: string,
): Promise<void> {
  assertMayEdit(actor);
  const org = actor.organisationId;
  await ctx.store.transaction(async (tx) => {
    const submission = await tx.submissions.get(org, id);
    if (!submission) throw new AppError('not_found', 'Submission was not found.');
    let target = supplierId;
    if (supplierId === 'new') {
      const name = submission.companyName;
      if (!name)
        throw new AppError('invalid_input', 'This template names no company; choose an existing supplier.', {
          issues: [{ path: 'supplierId', message: 'Choose a supplier.' }],
        });
      const created = await tx.suppliers.create(org, { name, country: null, materials: [], tier: 1, recycled: false });
      await tx.audit.record({
        organisationId: org,
        actor,
        entity: 'supplier',
        entityId: created.id,
        action: 'create',
        summary: { from: 'submission' },
      });
      target = created.id;
    } else if (!(await tx.suppliers.get(org, supplierId))) {
      throw new AppError('invalid_input', 'Choose one of your suppliers.', {
        issues: [{ path: 'supplierId', message: 'Unknown supplier.' }],
      });
    }
    await tx.submissions.link(org, id, target, 'linked');
    await tx.audit.record({
      organisationId: org,
      actor,
      entity: 'submission',
      entityId: id,
      action: 'link',
      summary: { supplierId: target },
    });
  });
}

/** The correction request for a submission, in Dutch or English. */
export async function correctionRequestFor(
  ctx: ServiceContext,
  actor: OrgActor,
  id: string,
  locale: 'en' | 'nl',
  senderName: string,
): Promise<string> {
  const s = await getSubmission(ctx, actor, id);
  return correctionRequest(
    {
      supplierName: s.supplierName ?? s.companyName ?? (locale === 'nl' ? 'leverancier' : 'supplier'),
      senderName,
      fileName: s.fileName,
      family: s.family,
      version: s.version,
    },
    s.findings,
    locale,
  );
}

/** A supplier's submissions (newest first), each with the difference to the one before it. */
export async function supplierHistory(
  ctx: ServiceContext,
  actor: OrgActor,
  supplierId: string,
): Promise<{
  supplier: { id: string; name: string };
  submissions: (SubmissionSummary & { diff: SubmissionDiff | null })[];
}> {
  const org = actor.organisationId;
  const supplier = await ctx.store.suppliers.get(org, supplierId);
  if (!supplier) throw new AppError('not_found', 'Supplier was not found.');
  const list = await ctx.store.submissions.list(org, { supplierId });
  const declarations = new Map(
    (
      await ctx.store.submissions.declarations(
        org,
        list.map((s) => s.id),
      )
    ).map((d) => [d.id, d.declaration as Declaration | null]),
  );
  const submissions = list.map((s, i) => {
    const older = list[i + 1];
    const now = declarations.get(s.id);
    const before = older ? declarations.get(older.id) : undefined;
    return { ...s, diff: now && before ? diffSubmissions(before, now) : null };
  });
  return { supplier: { id: supplier.id, name: supplier.name }, submissions };
}
