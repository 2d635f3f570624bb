import { createHash } from 'node:crypto';
import {
  AppError,
  assertStorableSize,
  boundFindings,
  type Declaration,
  type Finding,
  linkSupplier,
  submissionStatus,
} from '@assay/core';
import type { SubmissionSummary } from '@assay/storage';
import type { OrgActor, ServiceContext } from '../context.js';
import { assertMayEdit } from '../due-diligence/guard.js';
import { readSupplierTemplate, type TemplateRefusal } from '../templates/template-verdict.js';
import { loadMatcher, matchDeclarationSmelters, mergeDeclarationLookup } from './register-sync.js';
import type { SubmissionFiles } from './submission-files.js';

/** One uploaded file. */
export type IntakeFile = { readonly fileName: string; readonly bytes: Uint8Array };

/** What intake reports per file (the JSON summary of `assay intake`). */
export type IntakeResult = {
  readonly file: string;
  readonly submissionId: string;
  readonly supplier: string | null;
  readonly family: string | null;
  readonly version: string | null;
  readonly status: string;
  readonly errors: number;
  readonly warnings: number;
  /** True when this exact file had been received before (nothing new was stored). */
  readonly duplicate: boolean;
};

/** Largest template accepted (RMI workbooks are about 1.6 MB). */
export const MAX_TEMPLATE_BYTES = 25 * 1024 * 1024;

function sanitiseFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'template.xlsx';
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (clean || 'template.xlsx').slice(0, 200);
}

/** The one finding of a file that could not be read, in the language it was refused in. */
function unreadableFinding(refusal: TemplateRefusal): Finding {
  return {
    severity: 'error',
    code: 'unreadable_file',
    sheet: null,
    cell: null,
    message: { en: refusal.en, nl: refusal.nl },
    fix: {
      en: 'Ask the supplier for the template as an .xlsx file saved from Excel.',
      nl: 'Vraag de leverancier om de template als .xlsx-bestand, opgeslagen vanuit Excel.',
    },
  };
}

/**
 * Reads and checks the file. A damaged or unrecognised file becomes an `unreadable` submission
 * with one finding saying why (the supplier can be asked for a new file); a file beyond a read
 * limit (docs/decisions/template-read-limits.md) is refused outright: its refusal is thrown and
 * nothing of it is stored.
 */
function read(bytes: Uint8Array, fileName: string, today: string): { declaration?: Declaration; findings: Finding[] } {
  const verdict = readSupplierTemplate(bytes, { fileName, today });
  if (verdict.refusal?.beyondLimit) throw verdict.refusal.beyondLimit;
  return verdict.refusal ? { findings: [unreadableFinding(verdict.refusal)] } : verdict;
}

async function supplierName(ctx: ServiceContext, organisationId: string, id: string | null): Promise<string | null> {
  if (!id) return null;
  return (await ctx.store.suppliers.get(organisationId, id))?.name ?? null;
}

function toResult(file: string, s: SubmissionSummary, supplier: string | null, duplicate: boolean): IntakeResult {
  return {
    file,
    submissionId: s.id,
    supplier,
    family: s.family,
    version: s.version,
    status: s.status,
    errors: s.errors,
    warnings: s.warnings,
    duplicate,
  };
}

/**
 * Receives one template: stores its original bytes (by hash), reads and validates it, links it to a
 * supplier, merges its look-up list into the smelter register and matches its smelter rows — all
 * rows in one transaction after the file is safely on disk. Receiving the same bytes again changes
 * nothing and reports the earlier submission. A file beyond a read limit is refused
 * (`unreadable_file`, its message naming the sheet or part and the limit in en/nl) before anything
 * is written, and so is one whose data would take more than the stored-submission limit
 * (`payload_too_large`); the findings stored are bounded (`boundFindings`), the counts exact.
 */
export async function intakeTemplate(
  ctx: ServiceContext,
  files: SubmissionFiles,
  actor: OrgActor,
  upload: IntakeFile,
): Promise<IntakeResult> {
  assertMayEdit(actor);
  const fileName = sanitiseFileName(upload.fileName);
  if (upload.bytes.byteLength === 0) throw new AppError('invalid_input', `${fileName} is empty.`);
  if (upload.bytes.byteLength > MAX_TEMPLATE_BYTES)
    throw new AppError('payload_too_large', `${fileName} is larger than ${MAX_TEMPLATE_BYTES / 1024 / 1024} MB.`);
  const org = actor.organisationId;
  const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
  const known = await ctx.store.submissions.findBySha(org, sha256);
  if (known) return toResult(fileName, known, await supplierName(ctx, org, known.supplierId), true);

  const today = ctx.now().toISOString().slice(0, 10);
  const { declaration, findings: all } = read(upload.bytes, fileName, today);
  // Counts from every finding; stored, at most so many of each kind and in all, and at most so
  // many bytes of JSON (docs/decisions/template-read-limits.md): refused before anything is written.
  const counts = submissionStatus(all, declaration !== undefined);
  const findings = boundFindings(all);
  assertStorableSize(declaration ?? null, findings);
  const suppliers = await ctx.store.suppliers.list(org);
  const profiles = await ctx.store.supplierProfiles.list(org);
  const link = declaration
    ? linkSupplier(
        { name: declaration.company.name, uniqueId: declaration.company.uniqueId },
        suppliers.map((s) => ({ id: s.id, name: s.name, identifier: profiles.get(s.id)?.identifier ?? null })),
      )
    : { status: 'unlinked' as const, supplierId: null, score: 0 };

  await files.put(org, sha256, upload.bytes);
  try {
    const stored = await ctx.store.transaction(async (tx) => {
      const submission = await tx.submissions.insert(org, {
        supplierId: link.status === 'linked' ? link.supplierId : null,
        suggestedSupplierId: link.status === 'unsure' ? link.supplierId : null,
        sha256,
        fileName,
        size: upload.bytes.byteLength,
        family: declaration?.family ?? null,
        version: declaration?.version ?? null,
        companyName: declaration?.company.name ?? null,
        declaredOn: declaration?.date ?? null,
        status: counts.status,
        errors: counts.errors,
        warnings: counts.warnings,
        linkStatus: link.status,
        linkScore: link.score,
        findings,
        declaration: declaration ?? null,
      });
      if (declaration) {
        await mergeDeclarationLookup(tx, org, declaration, today);
        if (declaration.smelters.length > 0) {
          const { matcher } = await loadMatcher(tx, org);
          await tx.smelterReports.insertMany(org, matchDeclarationSmelters(matcher, declaration, submission.id));
        }
      }
      await tx.audit.record({
        organisationId: org,
        actor,
        entity: 'submission',
        entityId: submission.id,
        action: 'receive',
        summary: {
          sha256: sha256.slice(0, 12),
          family: submission.family,
          version: submission.version,
          status: submission.status,
          errors: submission.errors,
          warnings: submission.warnings,
          linked: link.status,
        },
      });
      return submission;
    });
    return toResult(fileName, stored, await supplierName(ctx, org, stored.supplierId), false);
  } catch (error) {
    // Another upload of the same bytes may have won the race: then that row owns the file.
    const winner = await ctx.store.submissions.findBySha(org, sha256);
    if (winner) return toResult(fileName, winner, await supplierName(ctx, org, winner.supplierId), true);
    await files.discard(org, sha256);
    throw error;
  }
}

/** Cleans up what an interrupted intake left behind (temporary files, files without a row). */
export async function recoverIntake(
  ctx: ServiceContext,
  files: SubmissionFiles,
  actor: OrgActor,
  graceMs?: number,
): Promise<number> {
  return files.recover(actor.organisationId, await ctx.store.submissions.hashes(actor.organisationId), graceMs);
}
