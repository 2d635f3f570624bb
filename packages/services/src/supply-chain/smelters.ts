import {
  AppError,
  fingerprint,
  metalKey,
  parseFacilityCsv,
  RMI_ACTIVE_LIST,
  RMI_CONFORMANT_LIST,
  registerKey,
  type SmelterEntry,
} from '@assay/core';
import type { SmelterReport, StoredSmelter } from '@assay/storage';
import type { OrgActor, ServiceContext } from '../context.js';
import { assertMayEdit } from '../due-diligence/guard.js';

/** The organisation's smelter and refiner register. */
export function smelterRegister(ctx: ServiceContext, actor: OrgActor): Promise<StoredSmelter[]> {
  return ctx.store.smelters.list(actor.organisationId);
}

/** The review queue: suppliers' rows the matcher was unsure about or could not match. */
export async function smelterReviewQueue(ctx: ServiceContext, actor: OrgActor): Promise<SmelterReport[]> {
  const org = actor.organisationId;
  const [review, unmatched] = await Promise.all([
    ctx.store.smelterReports.list(org, { status: 'review' }),
    ctx.store.smelterReports.list(org, { status: 'unmatched' }),
  ]);
  return [...review, ...unmatched];
}

/**
 * Settles a queued row: `smelterRef` is the register entry it is (learned as an alias, so the same
 * name matches by itself next time, and applied to every queued row with that name), or `none` when
 * it is no smelter of the register.
 */
export async function confirmSmelterMatch(
  ctx: ServiceContext,
  actor: OrgActor,
  reportId: string,
  smelterRef: string,
): Promise<{ settled: number }> {
  assertMayEdit(actor);
  const org = actor.organisationId;
  return ctx.store.transaction(async (tx) => {
    const report = await tx.smelterReports.get(org, reportId);
    if (!report) throw new AppError('not_found', 'Smelter row was not found.');
    if (smelterRef === 'none') {
      const settled = await tx.smelterReports.resolve(org, report, {
        smelterRef: null,
        status: 'not_identified',
        method: null,
      });
      await tx.audit.record({
        organisationId: org,
        actor,
        entity: 'smelter_report',
        entityId: reportId,
        action: 'reject',
        summary: { settled },
      });
      return { settled };
    }
    const entry = await tx.smelters.get(org, smelterRef);
    if (!entry)
      throw new AppError('invalid_input', 'Choose a smelter of the register.', {
        issues: [{ path: 'smelterRef', message: 'Unknown smelter.' }],
      });
    if (report.name)
      await tx.smelterAliases.add(org, {
        metal: entry.metal,
        metalKey: metalKey(report.metal ?? entry.metal),
        key: fingerprint(report.name),
        smelterId: entry.smelterId,
      });
    const settled = await tx.smelterReports.resolve(org, report, {
      smelterRef: entry.id,
      status: 'matched',
      method: 'alias',
    });
    await tx.audit.record({
      organisationId: org,
      actor,
      entity: 'smelter_report',
      entityId: reportId,
      action: 'confirm',
      summary: { smelterId: entry.smelterId, settled },
    });
    return { settled };
  });
}

/**
 * Imports an RMI facility list (CSV the user downloaded): known smelters get the status, unknown
 * ones are added. Row problems are returned, never half-applied: the valid rows go in one transaction.
 */
export async function importFacilityList(
  ctx: ServiceContext,
  actor: OrgActor,
  text: string,
  kind: 'conformant' | 'active',
): Promise<{ updated: number; added: number; issues: ReturnType<typeof parseFacilityCsv>['issues'] }> {
  assertMayEdit(actor);
  const org = actor.organisationId;
  const { facilities, issues } = parseFacilityCsv(text, kind);
  if (facilities.length === 0) {
    const first = issues[0];
    throw new AppError('invalid_input', first?.message.en ?? 'The file has no facilities.', {
      issues: issues.slice(0, 20).map((i) => ({ row: i.line, message: i.message.en })),
      ...(first ? { messages: first.message } : { messageKey: 'sc.smelters.importEmpty' }),
    });
  }
  const label = kind === 'conformant' ? RMI_CONFORMANT_LIST : RMI_ACTIVE_LIST;
  const asOf = ctx.now().toISOString().slice(0, 10);
  return ctx.store.transaction(async (tx) => {
    await tx.smelters.lockRegister(org);
    const register = new Map((await tx.smelters.list(org)).map((e) => [registerKey(e.metal, e.smelterId), e]));
    const added: SmelterEntry[] = [];
    const updated: SmelterEntry[] = [];
    for (const f of facilities) {
      const known = register.get(registerKey(f.metal, f.smelterId));
      const sources = (s: readonly string[]) => (s.includes(label) ? s : [...s, label]);
      if (known) {
        const conformance =
          known.conformance === 'conformant' && f.conformance === 'active' ? 'conformant' : f.conformance;
        updated.push({ ...known, conformance, sources: sources(known.sources) });
      } else
        added.push({
          smelterId: f.smelterId,
          metal: f.metal,
          name: f.name,
          country: f.country,
          countryName: f.countryName,
          aliases: [],
          asOf,
          sources: [label],
          conformance: f.conformance,
        });
    }
    await tx.smelters.insertMany(org, added);
    await tx.smelters.updateMany(org, updated);
    await tx.audit.record({
      organisationId: org,
      actor,
      entity: 'smelter_register',
      entityId: null,
      action: 'import',
      summary: { list: label, updated: updated.length, added: added.length, skipped: issues.length },
    });
    return { updated: updated.length, added: added.length, issues };
  });
}
