import { AppError, type PageOf, ZCatalogueMaterials, ZSupplierInput, ZSupplierListQuery } from '@assay/core';
import type { Supplier } from '@assay/storage';
import { z } from 'zod';
import { parseInput } from '../accounts/parse-input.js';
import type { OrgActor, ServiceContext } from '../context.js';

export function listSuppliers(ctx: ServiceContext, actor: OrgActor): Promise<Supplier[]> {
  return ctx.store.suppliers.list(actor.organisationId);
}

/** One page of the suppliers (search, sort, offset, size from `query`, validated). */
export function pageSuppliers(ctx: ServiceContext, actor: OrgActor, query: unknown): Promise<PageOf<Supplier>> {
  return ctx.store.suppliers.page(actor.organisationId, parseInput(ZSupplierListQuery, query));
}

export async function getSupplier(ctx: ServiceContext, actor: OrgActor, id: string): Promise<Supplier> {
  const supplier = await ctx.store.suppliers.get(actor.organisationId, id);
  if (!supplier) throw new AppError('not_found', 'Supplier was not found.');
  return supplier;
}

const ZMaterialsField = z.object({ materials: ZCatalogueMaterials });

/** The supplier input with its free-text materials mapped to catalogue ids (unknown ones are named). */
function parseSupplier(input: unknown) {
  const fields = parseInput(ZSupplierInput, input);
  return { ...fields, materials: parseInput(ZMaterialsField, { materials: fields.materials }).materials };
}

export async function addSupplier(ctx: ServiceContext, actor: OrgActor, input: unknown): Promise<Supplier> {
  const fields = parseSupplier(input);
  return ctx.store.transaction(async (tx) => {
    const supplier = await tx.suppliers.create(actor.organisationId, fields);
    await tx.audit.record({
      organisationId: actor.organisationId,
      actor,
      entity: 'supplier',
      entityId: supplier.id,
      action: 'create',
      summary: { name: fields.name, country: fields.country, materials: fields.materials },
    });
    return supplier;
  });
}

export async function updateSupplier(
  ctx: ServiceContext,
  actor: OrgActor,
  id: string,
  input: unknown,
): Promise<Supplier> {
  const fields = parseSupplier(input);
  return ctx.store.transaction(async (tx) => {
    const before = await tx.suppliers.get(actor.organisationId, id);
    if (!before || !(await tx.suppliers.update(actor.organisationId, id, fields))) {
      throw new AppError('not_found', 'Supplier was not found.');
    }
    const changed = Object.fromEntries(
      (Object.keys(fields) as (keyof typeof fields)[])
        .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(fields[key]))
        .map((key) => [key, { from: before[key], to: fields[key] }]),
    );
    await tx.audit.record({
      organisationId: actor.organisationId,
      actor,
      entity: 'supplier',
      entityId: id,
      action: 'update',
      summary: changed,
    });
    return { ...before, ...fields };
  });
}

export async function deleteSupplier(ctx: ServiceContext, actor: OrgActor, id: string): Promise<void> {
  await ctx.store.transaction(async (tx) => {
    const before = await tx.suppliers.get(actor.organisationId, id);
    if (!before || !(await tx.suppliers.delete(actor.organisationId, id)))
      throw new AppError('not_found', 'Supplier was not found.');
    await tx.audit.record({
      organisationId: actor.organisationId,
      actor,
      entity: 'supplier',
      entityId: id,
      action: 'delete',
      summary: { name: before.name },
    });
  });
}
