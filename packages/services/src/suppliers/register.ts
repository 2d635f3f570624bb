import {
  AppError,
  type PageOf,
  registerTable,
  type SupplierRisk,
  supplierInherentRisk,
  toCsv,
  writeXlsx,
  ZSupplierListQuery,
  ZSupplierProfileInput,
} from '@assay/core';
import { EMPTY_PROFILE, type Supplier, type SupplierProfile } from '@assay/storage';
import { parseInput } from '../accounts/parse-input.js';
import type { OrgActor, ServiceContext } from '../context.js';
import { assertMayEdit } from '../due-diligence/guard.js';

/** A supplier of the register: its fields, its profile and its inherent risk from the risk model. */
export type RegisterSupplier = Supplier & { profile: SupplierProfile; risk: SupplierRisk };

const withRisk = (supplier: Supplier, profile: SupplierProfile | undefined): RegisterSupplier => ({
  ...supplier,
  profile: profile ?? EMPTY_PROFILE,
  risk: supplierInherentRisk(supplier),
});

/** The supplier register (by name) with profiles and inherent risk. */
export async function listSupplierRegister(ctx: ServiceContext, actor: OrgActor): Promise<RegisterSupplier[]> {
  const org = actor.organisationId;
  const [suppliers, profiles] = await Promise.all([
    ctx.store.suppliers.list(org),
    ctx.store.supplierProfiles.list(org),
  ]);
  return suppliers.map((s) => withRisk(s, profiles.get(s.id)));
}

/**
 * One page of the register (search, sort, offset, size from `query`, validated), with the profiles
 * and inherent risk of the suppliers on that page only: the work is bounded by the page size.
 */
export async function pageSupplierRegister(
  ctx: ServiceContext,
  actor: OrgActor,
  query: unknown,
): Promise<PageOf<RegisterSupplier>> {
  const org = actor.organisationId;
  const page = await ctx.store.suppliers.page(org, parseInput(ZSupplierListQuery, query));
  const profiles = await ctx.store.supplierProfiles.getMany(
    org,
    page.items.map((s) => s.id),
  );
  return { ...page, items: page.items.map((s) => withRisk(s, profiles.get(s.id))) };
}

/** One supplier of the register with its profile and inherent risk. */
export async function getRegisterSupplier(ctx: ServiceContext, actor: OrgActor, id: string): Promise<RegisterSupplier> {
  const org = actor.organisationId;
  const supplier = await ctx.store.suppliers.get(org, id);
  if (!supplier) throw new AppError('not_found', 'Supplier was not found.');
  return withRisk(supplier, await ctx.store.supplierProfiles.get(org, id));
}

/**
 * Replaces a supplier's fields and profile (validated; free-text materials mapped to the catalogue)
 * and records what changed in the audit log, in one transaction.
 */
export async function updateSupplierProfile(
  ctx: ServiceContext,
  actor: OrgActor,
  id: string,
  input: unknown,
): Promise<RegisterSupplier> {
  assertMayEdit(actor);
  const org = actor.organisationId;
  // Unknown ids answer 404 before the input is judged, so nothing of another organisation leaks.
  if (!(await ctx.store.suppliers.get(org, id))) throw new AppError('not_found', 'Supplier was not found.');
  const fieldsIn = parseInput(ZSupplierProfileInput, input);
  const fields = {
    name: fieldsIn.name,
    country: fieldsIn.country,
    materials: fieldsIn.materials,
    tier: fieldsIn.tier,
    recycled: fieldsIn.recycled,
  };
  const profile: SupplierProfile = {
    identifier: fieldsIn.identifier,
    sites: fieldsIn.sites,
    contacts: fieldsIn.contacts,
    cnCodes: fieldsIn.cnCodes,
    annualVolume: fieldsIn.annualVolume,
    volumeUnit: fieldsIn.volumeUnit,
    spend: fieldsIn.spend,
    leverage: fieldsIn.leverage,
    responseDue: fieldsIn.responseDue,
  };
  return ctx.store.transaction(async (tx) => {
    const supplier = await tx.suppliers.get(org, id);
    if (!supplier || !(await tx.suppliers.update(org, id, fields)))
      throw new AppError('not_found', 'Supplier was not found.');
    const oldProfile = (await tx.supplierProfiles.get(org, id)) ?? EMPTY_PROFILE;
    await tx.supplierProfiles.put(org, id, profile);
    const old: Record<string, unknown> = { ...oldProfile, ...supplier };
    const now: Record<string, unknown> = { ...profile, ...fields };
    const changed = Object.fromEntries(
      Object.keys(now)
        .filter((key) => JSON.stringify(old[key]) !== JSON.stringify(now[key]))
        // Contacts are personal data: the log says they changed, not what they are.
        .map((key) => [key, key === 'contacts' ? { changed: true } : { from: old[key], to: now[key] }]),
    );
    await tx.audit.record({
      organisationId: org,
      actor,
      entity: 'supplier',
      entityId: id,
      action: 'update',
      summary: changed,
    });
    const updated = await tx.suppliers.get(org, id);
    return withRisk(updated ?? { ...supplier, ...fields }, profile);
  });
}

/** The register as a file: CSV (RFC 4180, formula-injection safe) or XLSX. */
export async function exportSupplierRegister(
  ctx: ServiceContext,
  actor: OrgActor,
  format: 'csv' | 'xlsx',
): Promise<{ body: Uint8Array; mediaType: string; extension: string }> {
  const register = await listSupplierRegister(ctx, actor);
  const table = registerTable(register.map((s) => ({ ...s.profile, ...s })));
  if (format === 'xlsx')
    return {
      body: writeXlsx('Suppliers', table),
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      extension: 'xlsx',
    };
  return { body: new TextEncoder().encode(toCsv(table)), mediaType: 'text/csv; charset=utf-8', extension: 'csv' };
}
