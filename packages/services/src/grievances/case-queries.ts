import {
  AppError,
  type CaseDeadlines,
  type CaseStatus,
  deadlinesFor,
  type GrievanceSettings,
  type GrievanceStatistics,
  grievanceStatistics,
  type ReportingPeriod,
} from '@assay/core';
import type { StoredGrievance } from '@assay/storage';
import type { OrgActor, ServiceContext } from '../context.js';
import type { GrievanceDesk } from './grievance-desk.js';
import { getGrievanceSettings } from './grievance-settings.js';

/** A case with its deadlines as of now. */
export type CaseWithDeadlines = { readonly grievance: StoredGrievance; readonly deadlines: CaseDeadlines };

/** The inbox: every case of the organisation, newest first, optionally of one status. */
export async function listGrievanceCases(
  ctx: ServiceContext,
  actor: OrgActor,
  filter: { status?: CaseStatus } = {},
): Promise<{ cases: CaseWithDeadlines[]; settings: GrievanceSettings }> {
  const [all, settings] = await Promise.all([
    ctx.store.grievances.list(actor.organisationId),
    getGrievanceSettings(ctx, actor.organisationId),
  ]);
  const now = ctx.now();
  const cases = all
    .filter((grievance) => filter.status === undefined || grievance.status === filter.status)
    .map((grievance) => ({ grievance, deadlines: deadlinesFor(grievance, settings, now) }));
  return { cases, settings };
}

/** One case of the organisation with its deadlines; `not_found` for any other id. */
export async function getGrievanceCase(ctx: ServiceContext, actor: OrgActor, id: string): Promise<CaseWithDeadlines> {
  const grievance = await ctx.store.grievances.get(actor.organisationId, id);
  if (!grievance) throw new AppError('not_found', 'Case was not found.');
  const settings = await getGrievanceSettings(ctx, actor.organisationId);
  return { grievance, deadlines: deadlinesFor(grievance, settings, ctx.now()) };
}

/** Counts by theme and status and the times to acknowledge and close, for a period (default: this year so far). */
export async function grievanceCaseStatistics(
  ctx: ServiceContext,
  actor: OrgActor,
  period?: ReportingPeriod,
): Promise<GrievanceStatistics> {
  const now = ctx.now();
  const chosen = period ?? { from: new Date(Date.UTC(now.getUTCFullYear(), 0, 1)), to: new Date(now.getTime() + 1) };
  const [cases, settings] = await Promise.all([
    ctx.store.grievances.list(actor.organisationId),
    getGrievanceSettings(ctx, actor.organisationId),
  ]);
  return grievanceStatistics(cases, chosen, settings);
}

/** An attachment's bytes for an officer of the case's organisation. */
export async function readGrievanceAttachment(
  desk: GrievanceDesk,
  actor: OrgActor,
  caseId: string,
  attachmentId: string,
): Promise<{ bytes: Uint8Array; mediaType: string; fileName: string }> {
  const file = await desk.ctx.store.grievances.getAttachment(actor.organisationId, caseId, attachmentId);
  if (!file) throw new AppError('not_found', 'Attachment was not found.');
  const extension = { pdf: 'pdf', png: 'png', jpeg: 'jpg', text: 'txt' }[file.type];
  try {
    const bytes = await desk.files.read(caseId, file.storageName);
    return { bytes, mediaType: file.mediaType, fileName: `attachment-${file.id.slice(0, 8)}.${extension}` };
  } catch {
    throw new AppError('not_found', 'The file of this attachment is missing from the data folder.');
  }
}
