import {
  type CmrIssue,
  checkImports,
  type DecimalMark,
  type ImportCheck,
  type ImportTable,
  isAppError,
  readImportFile,
  readImportTable,
  type StoredCmrCheckData,
  storedCmrCheckSchema,
} from '@assay/core';
import type { OrgActor, ServiceContext } from '../context.js';
import { assertMayEdit } from '../due-diligence/guard.js';

/** Where the lines come from: the web form (a table of its fields) or an uploaded CSV/XLSX. */
export type ImporterCheckInput =
  | { readonly kind: 'form'; readonly table: ImportTable; readonly decimalMark: DecimalMark }
  | {
      readonly kind: 'file';
      readonly fileName: string;
      readonly bytes: Uint8Array;
      readonly decimalMark?: DecimalMark | undefined;
    };

/** The latest check as shown: what was read, when, and the verdict under the current rules. */
export type ImporterCheckView = {
  readonly data: StoredCmrCheckData;
  readonly checkedAt: string;
  readonly check: ImportCheck;
};

/** A run either saves a new check or names every problem (nothing is saved then). */
export type ImporterCheckRun =
  | { readonly ok: true; readonly view: ImporterCheckView }
  | { readonly ok: false; readonly issues: readonly CmrIssue[] }
  | { readonly ok: false; readonly unreadable: string };

/** The organisation's latest importer check, recomputed; undefined when none was run (or it no longer reads). */
export async function getImporterCheck(ctx: ServiceContext, actor: OrgActor): Promise<ImporterCheckView | undefined> {
  const stored = await ctx.store.cmrChecks.get(actor.organisationId);
  if (!stored) return undefined;
  const parsed = storedCmrCheckSchema.safeParse(stored.data);
  if (!parsed.success) return undefined;
  return { data: parsed.data, checkedAt: stored.checkedAt, check: checkImports(parsed.data.lines) };
}

/**
 * Runs the EU 2017/821 importer check on form lines or a file and keeps it as the organisation's
 * latest check. Any problem in any line stops the whole run: nothing is saved, every problem is named.
 */
export async function runImporterCheck(
  ctx: ServiceContext,
  actor: OrgActor,
  input: ImporterCheckInput,
): Promise<ImporterCheckRun> {
  assertMayEdit(actor);
  let table: ImportTable;
  if (input.kind === 'file') {
    try {
      table = readImportFile(input.bytes, input.fileName);
    } catch (cause) {
      if (isAppError(cause) && cause.code !== 'unreadable_file' && cause.code !== 'invalid_input') throw cause;
      return { ok: false, unreadable: input.fileName };
    }
  } else table = input.table;
  const read = readImportTable(table, input.decimalMark ? { decimalMark: input.decimalMark } : {});
  if (read.issues.length > 0) return { ok: false, issues: read.issues };
  const check = checkImports(read.lines);
  if (check.issues.length > 0) return { ok: false, issues: check.issues };
  const data: StoredCmrCheckData = storedCmrCheckSchema.parse({
    version: 1,
    source: input.kind === 'file' ? { kind: 'file', fileName: input.fileName.slice(0, 255) } : { kind: 'form' },
    convention: read.convention,
    lines: read.lines,
    readings: read.readings,
  });
  const saved = await ctx.store.transaction(async (tx) => {
    const existed = Boolean(await tx.cmrChecks.get(actor.organisationId));
    const row = await tx.cmrChecks.put(actor.organisationId, data);
    await tx.audit.record({
      organisationId: actor.organisationId,
      actor,
      entity: 'cmr_check',
      entityId: actor.organisationId,
      action: existed ? 'update' : 'create',
      summary: { source: data.source.kind, lines: data.lines.length, status: check.status },
    });
    return row;
  });
  return { ok: true, view: { data, checkedAt: saved.checkedAt, check } };
}
