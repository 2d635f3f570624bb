import type { Kysely } from 'kysely';
import { fromJson, isoNow, newId, toCount, toJson } from '../columns.js';
import type { Database } from '../schema.js';

/** A received template as listed on the intake board (without the declaration). */
export type SubmissionSummary = {
  id: string;
  organisationId: string;
  supplierId: string | null;
  sha256: string;
  fileName: string;
  size: number;
  family: string | null;
  version: string | null;
  companyName: string | null;
  declaredOn: string | null;
  status: string;
  errors: number;
  warnings: number;
  linkStatus: string;
  linkScore: number;
  suggestedSupplierId: string | null;
  receivedAt: string;
};

/** A received template with its findings and declaration (JSON as stored; the service parses it). */
export type StoredSubmission = SubmissionSummary & { findings: unknown[]; declaration: unknown | null };

export type NewSubmission = Omit<SubmissionSummary, 'id' | 'organisationId' | 'receivedAt'> & {
  findings: unknown[];
  declaration: unknown | null;
};

type Row = Database['submissions'];
const SUMMARY = [
  'id',
  'organisation_id',
  'supplier_id',
  'sha256',
  'file_name',
  'size',
  'family',
  'version',
  'company_name',
  'declared_on',
  'status',
  'errors',
  'warnings',
  'link_status',
  'link_score',
  'suggested_supplier_id',
  'received_at',
] as const;

function toSummary(row: Pick<Row, (typeof SUMMARY)[number]>): SubmissionSummary {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    supplierId: row.supplier_id,
    sha256: row.sha256,
    fileName: row.file_name,
    size: Number(row.size),
    family: row.family,
    version: row.version,
    companyName: row.company_name,
    declaredOn: row.declared_on,
    status: row.status,
    errors: Number(row.errors),
    warnings: Number(row.warnings),
    linkStatus: row.link_status,
    linkScore: Number(row.link_score),
    suggestedSupplierId: row.suggested_supplier_id,
    receivedAt: row.received_at,
  };
}

/** Received templates of one organisation; one row per distinct file (sha256). */
export function submissionsRepository(db: Kysely<Database>) {
  return {
    async insert(organisationId: string, fields: NewSubmission): Promise<SubmissionSummary> {
      const row: Row = {
        id: newId(),
        organisation_id: organisationId,
        supplier_id: fields.supplierId,
        sha256: fields.sha256,
        file_name: fields.fileName,
        size: fields.size,
        family: fields.family,
        version: fields.version,
        company_name: fields.companyName,
        declared_on: fields.declaredOn,
        status: fields.status,
        errors: fields.errors,
        warnings: fields.warnings,
        findings: toJson(fields.findings),
        declaration: fields.declaration === null ? null : toJson(fields.declaration),
        link_status: fields.linkStatus,
        link_score: fields.linkScore,
        suggested_supplier_id: fields.suggestedSupplierId,
        received_at: isoNow(),
      };
      await db.insertInto('submissions').values(row).execute();
      return toSummary(row);
    },

    async findBySha(organisationId: string, sha256: string): Promise<SubmissionSummary | undefined> {
      const row = await db
        .selectFrom('submissions')
        .select(SUMMARY)
        .where('organisation_id', '=', organisationId)
        .where('sha256', '=', sha256)
        .executeTakeFirst();
      return row ? toSummary(row) : undefined;
    },

    /** Newest first; optionally of one supplier. */
    async list(organisationId: string, filter: { supplierId?: string } = {}): Promise<SubmissionSummary[]> {
      let query = db.selectFrom('submissions').select(SUMMARY).where('organisation_id', '=', organisationId);
      if (filter.supplierId) query = query.where('supplier_id', '=', filter.supplierId);
      const rows = await query.orderBy('received_at', 'desc').orderBy('file_name').execute();
      return rows.map(toSummary);
    },

    async get(organisationId: string, id: string): Promise<StoredSubmission | undefined> {
      const row = await db
        .selectFrom('submissions')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        ...toSummary(row),
        findings: fromJson<unknown[]>(row.findings) ?? [],
        declaration: fromJson(row.declaration),
      };
    },

    /** The declarations of the given submissions (for roll-up and the own declaration). */
    async declarations(
      organisationId: string,
      ids: readonly string[],
    ): Promise<{ id: string; declaration: unknown }[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('submissions')
        .select(['id', 'declaration'])
        .where('organisation_id', '=', organisationId)
        .where('id', 'in', [...ids])
        .execute();
      return rows.map((r) => ({ id: r.id, declaration: fromJson(r.declaration) }));
    },

    /** Links a submission to a supplier (confirmed by a person, or found certain). */
    async link(organisationId: string, id: string, supplierId: string | null, linkStatus: string): Promise<boolean> {
      const result = await db
        .updateTable('submissions')
        .set({ supplier_id: supplierId, link_status: linkStatus })
        .where('organisation_id', '=', organisationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return toCount(result.numUpdatedRows) > 0;
    },

    /** Every stored file hash of the organisation (for recovering interrupted intakes). */
    async hashes(organisationId: string): Promise<Set<string>> {
      const rows = await db
        .selectFrom('submissions')
        .select('sha256')
        .where('organisation_id', '=', organisationId)
        .execute();
      return new Set(rows.map((r) => r.sha256));
    },
  };
}
