import {
  type Coverage,
  conformanceListMetals,
  type Declaration,
  fingerprint,
  originsBySmelterRow,
  type ReportedOrigin,
  type RollupSmelter,
  rollUp,
} from '@assay/core';
import type { SubmissionSummary } from '@assay/storage';
import type { OrgActor, ServiceContext } from '../context.js';

/** The newest readable submission per supplier (or per declared company when not yet linked). */
export function latestPerSupplier(submissions: readonly SubmissionSummary[]): SubmissionSummary[] {
  const latest = new Map<string, SubmissionSummary>();
  for (const s of submissions) {
    if (s.status === 'unreadable') continue;
    const key = s.supplierId ?? (s.companyName ? `company:${fingerprint(s.companyName)}` : null);
    if (!key) continue;
    const seen = latest.get(key);
    if (!seen || s.receivedAt > seen.receivedAt) latest.set(key, s);
  }
  return [...latest.values()];
}

/**
 * The consolidated smelter list and coverage, from each supplier's newest template — or, with
 * `family`, from each supplier's newest template of that family (the own CMRT is built from the
 * suppliers' CMRTs even when a supplier sent an EMRT afterwards, and the other way round).
 */
export async function supplyChainRollup(
  ctx: ServiceContext,
  actor: OrgActor,
  options: { readonly family?: string } = {},
): Promise<{ smelters: RollupSmelter[]; coverage: Coverage; sources: SubmissionSummary[] }> {
  const org = actor.organisationId;
  const [all, suppliers, register] = await Promise.all([
    ctx.store.submissions.list(org),
    ctx.store.suppliers.list(org),
    ctx.store.smelters.list(org),
  ]);
  const submissions = options.family === undefined ? all : all.filter((s) => s.family === options.family);
  const names = new Map(suppliers.map((s) => [s.id, s.name]));
  const sources = latestPerSupplier(submissions);
  const bySubmission = new Map(sources.map((s) => [s.id, s]));
  const byRef = new Map(register.map((e) => [e.id, e]));
  const [reports, declarations] = await Promise.all([
    ctx.store.smelterReports.list(org, { submissionIds: sources.map((s) => s.id) }),
    ctx.store.submissions.declarations(
      org,
      sources.map((s) => s.id),
    ),
  ]);
  // The origins each supplier reports per Smelter List row (mine country, Mine List).
  const origins = new Map<string, Map<number, ReportedOrigin[]>>();
  for (const d of declarations) if (d.declaration) origins.set(d.id, originsBySmelterRow(d.declaration as Declaration));
  const rows = reports
    .filter((r) => r.matchStatus !== 'not_identified')
    .map((r) => {
      const s = bySubmission.get(r.submissionId);
      return {
        supplierId: s?.supplierId ?? s?.id ?? '',
        supplierName: (s?.supplierId ? names.get(s.supplierId) : undefined) ?? s?.companyName ?? '?',
        entry: r.smelterRef ? (byRef.get(r.smelterRef) ?? null) : null,
        origins: r.row === null ? [] : (origins.get(r.submissionId)?.get(r.row) ?? []),
      };
    });
  const responded = new Set(sources.map((s) => s.supplierId).filter(Boolean)).size;
  const { smelters, coverage } = rollUp(rows, { total: suppliers.length, responded }, conformanceListMetals(register));
  return { smelters, coverage, sources };
}

/** The declarations behind the roll-up. */
export async function rollupDeclarations(
  ctx: ServiceContext,
  actor: OrgActor,
  sources: readonly SubmissionSummary[],
): Promise<Declaration[]> {
  const found = await ctx.store.submissions.declarations(
    actor.organisationId,
    sources.map((s) => s.id),
  );
  return found.map((f) => f.declaration as Declaration | null).filter((d): d is Declaration => d !== null);
}
