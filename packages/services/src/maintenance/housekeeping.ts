import type { ServiceContext } from '../context.js';
import type { DataFiles } from './data-files.js';

/** How long a staged supplier import is kept when it is neither imported nor cancelled. */
export const STAGED_IMPORT_TTL_MS = 24 * 60 * 60_000;

/** Files younger than this are left alone: a request may be about to write their row. */
export const HOUSEKEEPING_GRACE_MS = 10 * 60_000;

/** How often the server runs housekeeping (after once at start-up). */
export const HOUSEKEEPING_INTERVAL_MS = 60 * 60_000;

export type HousekeepingOptions = {
  /** Default {@link HOUSEKEEPING_GRACE_MS}. */
  readonly graceMs?: number;
  /** Default {@link STAGED_IMPORT_TTL_MS}. */
  readonly importTtlMs?: number;
};

/** Counts only: what one run did (safe to log). */
export type HousekeepingReport = {
  readonly organisations: number;
  /** Partial template files and template files without a submission row, removed. */
  readonly submissionsRemoved: number;
  /** Staged supplier imports past their time (and partial ones), removed. */
  readonly importsRemoved: number;
  /** Attachments whose row was committed but whose file was not yet renamed, put in place. */
  readonly attachmentsAdopted: number;
  /** Partial attachment files and attachment files without a row, removed. */
  readonly attachmentsRemoved: number;
  /** Organisations or case folders whose clean-up failed (left for the next run). */
  readonly failures: number;
};

/**
 * Housekeeping after a crash, for every organisation: removes what an interrupted intake left
 * (partial files, files without a row), staged supplier imports older than a day, and adopts or
 * removes grievance attachments left between the database commit and the rename. Idempotent and
 * safe while the server runs (files younger than the grace period are not touched), so the server
 * runs it at start-up and every hour, and `assay maintenance cleanup` runs it on demand.
 */
export async function runHousekeeping(
  ctx: ServiceContext,
  files: DataFiles,
  options: HousekeepingOptions = {},
): Promise<HousekeepingReport> {
  const graceMs = options.graceMs ?? HOUSEKEEPING_GRACE_MS;
  const importTtlMs = options.importTtlMs ?? STAGED_IMPORT_TTL_MS;
  const organisations = await ctx.store.organisations.listIds();
  let submissionsRemoved = 0;
  let importsRemoved = 0;
  let attachmentsAdopted = 0;
  let attachmentsRemoved = 0;
  let failures = 0;
  for (const organisationId of organisations) {
    try {
      const recorded = await ctx.store.submissions.hashes(organisationId);
      submissionsRemoved += await files.submissions.recover(organisationId, recorded, graceMs);
      // A staged import has no row: every file of it goes once it is older than the limit.
      importsRemoved += await files.imports.recover(organisationId, new Set(), importTtlMs);
    } catch {
      failures++;
    }
  }
  // Attachment folders are named by case, not organisation: one pass covers every organisation.
  const caseIds = await files.grievances.caseFolders();
  const rows = await ctx.store.grievances.attachmentFiles(caseIds);
  for (const caseId of caseIds) {
    try {
      const done = await files.grievances.recover(caseId, rows.get(caseId), graceMs);
      attachmentsAdopted += done.adopted;
      attachmentsRemoved += done.removed;
    } catch {
      failures++;
    }
  }
  return {
    organisations: organisations.length,
    submissionsRemoved,
    importsRemoved,
    attachmentsAdopted,
    attachmentsRemoved,
    failures,
  };
}
