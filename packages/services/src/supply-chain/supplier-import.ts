import { createHash } from 'node:crypto';
import {
  AppError,
  type ColumnMapping,
  guessMapping,
  type ImportPreviewRow,
  previewSupplierImport,
  readTable,
  SUPPLIER_IMPORT_FIELDS,
} from '@assay/core';
import { EMPTY_PROFILE } from '@assay/storage';
import type { OrgActor, ServiceContext } from '../context.js';
import { assertMayEdit } from '../due-diligence/guard.js';
import type { SubmissionFiles } from './submission-files.js';

/**
 * A staged import: the file kept by hash between preview and import (deleted on import or cancel,
 * else by housekeeping after a day), its columns and the preview.
 */
export type SupplierImportPreview = {
  staged: string;
  fileName: string;
  header: readonly string[];
  mapping: ColumnMapping;
  rows: ImportPreviewRow[];
};

function mappingFrom(header: readonly string[], input: Readonly<Record<string, string>> | undefined): ColumnMapping {
  if (!input) return guessMapping(header);
  const mapping: ColumnMapping = {};
  for (const field of SUPPLIER_IMPORT_FIELDS) {
    const column = input[field];
    if (column && header.includes(column)) mapping[field] = column;
  }
  return mapping;
}

async function preview(
  ctx: ServiceContext,
  actor: OrgActor,
  bytes: Uint8Array,
  fileName: string,
  staged: string,
  input?: Readonly<Record<string, string>>,
): Promise<SupplierImportPreview> {
  const table = readTable(bytes, fileName);
  const mapping = mappingFrom(table.header, input);
  if (!mapping.name)
    throw new AppError('invalid_input', `${fileName}: choose the column that holds the supplier name.`, {
      issues: [{ path: 'name', message: 'Map a column to the supplier name.' }],
    });
  const org = actor.organisationId;
  const [suppliers, profiles] = await Promise.all([
    ctx.store.suppliers.list(org),
    ctx.store.supplierProfiles.list(org),
  ]);
  const existing = suppliers.map((s) => ({
    id: s.id,
    name: s.name,
    identifier: profiles.get(s.id)?.identifier ?? null,
  }));
  return { staged, fileName, header: table.header, mapping, rows: previewSupplierImport(table, mapping, existing) };
}

/** Stages an uploaded CSV/XLSX and previews it with the guessed (or given) column mapping. */
export async function previewSupplierFile(
  ctx: ServiceContext,
  imports: SubmissionFiles,
  actor: OrgActor,
  upload: { fileName: string; bytes: Uint8Array },
  mapping?: Readonly<Record<string, string>>,
): Promise<SupplierImportPreview> {
  assertMayEdit(actor);
  if (upload.bytes.byteLength === 0) throw new AppError('invalid_input', `${upload.fileName} is empty.`);
  const staged = createHash('sha256').update(upload.bytes).digest('hex');
  await imports.put(actor.organisationId, staged, upload.bytes);
  return preview(ctx, actor, upload.bytes, upload.fileName, staged, mapping);
}

/** Previews a staged file again with another mapping. */
export async function previewStagedSuppliers(
  ctx: ServiceContext,
  imports: SubmissionFiles,
  actor: OrgActor,
  staged: string,
  fileName: string,
  mapping?: Readonly<Record<string, string>>,
): Promise<SupplierImportPreview> {
  assertMayEdit(actor);
  const bytes = await imports.read(actor.organisationId, staged).catch(() => {
    throw new AppError('invalid_input', 'The uploaded file is no longer available; upload it again.');
  });
  return preview(ctx, actor, bytes, fileName, staged, mapping);
}

/**
 * Cancels a staged import: its file is deleted now rather than at expiry (housekeeping removes
 * staged files a day old). Cancelling one that is gone already is not an error.
 */
export async function cancelStagedImport(imports: SubmissionFiles, actor: OrgActor, staged: string): Promise<void> {
  assertMayEdit(actor);
  await imports.discard(actor.organisationId, staged);
}

/** Imports the valid rows of a staged file in one transaction: new suppliers created, known ones updated. */
export async function importStagedSuppliers(
  ctx: ServiceContext,
  imports: SubmissionFiles,
  actor: OrgActor,
  staged: string,
  fileName: string,
  mapping?: Readonly<Record<string, string>>,
): Promise<{ created: number; updated: number; skipped: number }> {
  const p = await previewStagedSuppliers(ctx, imports, actor, staged, fileName, mapping);
  const org = actor.organisationId;
  const result = await ctx.store.transaction(async (tx) => {
    let created = 0;
    let updated = 0;
    for (const row of p.rows) {
      const s = row.supplier;
      if (!s || (row.action !== 'create' && row.action !== 'update')) continue;
      const fields = {
        name: s.name,
        country: s.country,
        materials: [...s.materials],
        tier: s.tier,
        recycled: s.recycled,
      };
      let id = row.existingId;
      if (id) {
        await tx.suppliers.update(org, id, fields);
        updated++;
      } else {
        id = (await tx.suppliers.create(org, fields)).id;
        created++;
      }
      await tx.supplierProfiles.put(org, id, {
        ...EMPTY_PROFILE,
        identifier: s.identifier,
        sites: [...s.sites],
        contacts: s.contacts.map((c) => ({ ...c })),
        cnCodes: [...s.cnCodes],
        annualVolume: s.annualVolume,
        volumeUnit: s.volumeUnit,
        spend: s.spend,
        leverage: s.leverage,
        responseDue: s.responseDue,
      });
    }
    const skipped = p.rows.length - created - updated;
    await tx.audit.record({
      organisationId: org,
      actor,
      entity: 'supplier',
      entityId: null,
      action: 'import',
      summary: { created, updated, skipped },
    });
    return { created, updated, skipped };
  });
  await imports.discard(org, staged);
  return result;
}
