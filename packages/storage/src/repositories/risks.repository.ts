import type { Kysely } from 'kysely';
import { isoNow, newId, toCount } from '../columns.js';
import type { Database } from '../schema.js';

export const RISK_SOURCES = ['model', 'own'] as const;
export const RISK_STATUSES = ['open', 'mitigating', 'closed'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

/** An entry of the risk register with the company's OECD assessment (each 1–4). */
export type RegisterRisk = {
  id: string;
  organisationId: string;
  source: (typeof RISK_SOURCES)[number];
  title: string;
  description: string | null;
  materialId: string | null;
  country: string | null;
  theme: string;
  supplierId: string | null;
  /** The risk model's score (0–100) when the risk was drawn from it. */
  modelScore: number | null;
  scale: number;
  scope: number;
  irremediability: number;
  likelihood: number;
  status: RiskStatus;
  ownerName: string | null;
  createdAt: string;
  updatedAt: string;
};

export type RiskFields = Omit<RegisterRisk, 'id' | 'organisationId' | 'createdAt' | 'updatedAt'>;
export type RiskEdit = Pick<
  RegisterRisk,
  'title' | 'description' | 'scale' | 'scope' | 'irremediability' | 'likelihood' | 'status' | 'ownerName'
>;

type Row = Database['dd_risks'];

function toRisk(row: Row): RegisterRisk {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    source: row.source as RegisterRisk['source'],
    title: row.title,
    description: row.description,
    materialId: row.material_id,
    country: row.country,
    theme: row.theme,
    supplierId: row.supplier_id,
    modelScore: row.model_score === null ? null : Number(row.model_score),
    scale: Number(row.scale),
    scope: Number(row.scope),
    irremediability: Number(row.irremediability),
    likelihood: Number(row.likelihood),
    status: row.status as RiskStatus,
    ownerName: row.owner_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The risk register of one organisation. */
export function risksRepository(db: Kysely<Database>) {
  return {
    async create(organisationId: string, fields: RiskFields): Promise<RegisterRisk> {
      const now = isoNow();
      const row: Row = {
        id: newId(),
        organisation_id: organisationId,
        source: fields.source,
        title: fields.title,
        description: fields.description,
        material_id: fields.materialId,
        country: fields.country,
        theme: fields.theme,
        supplier_id: fields.supplierId,
        model_score: fields.modelScore,
        scale: fields.scale,
        scope: fields.scope,
        irremediability: fields.irremediability,
        likelihood: fields.likelihood,
        status: fields.status,
        owner_name: fields.ownerName,
        created_at: now,
        updated_at: now,
      };
      await db.insertInto('dd_risks').values(row).execute();
      return toRisk(row);
    },

    /** In order of entry; the service sorts by OECD priority. */
    async list(organisationId: string): Promise<RegisterRisk[]> {
      const rows = await db
        .selectFrom('dd_risks')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toRisk);
    },

    async get(organisationId: string, id: string): Promise<RegisterRisk | undefined> {
      const row = await db
        .selectFrom('dd_risks')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toRisk(row) : undefined;
    },

    /** False when this organisation has no risk with that id. */
    async update(organisationId: string, id: string, edit: RiskEdit): Promise<boolean> {
      const result = await db
        .updateTable('dd_risks')
        .set({
          title: edit.title,
          description: edit.description,
          scale: edit.scale,
          scope: edit.scope,
          irremediability: edit.irremediability,
          likelihood: edit.likelihood,
          status: edit.status,
          owner_name: edit.ownerName,
          updated_at: isoNow(),
        })
        .where('organisation_id', '=', organisationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return toCount(result.numUpdatedRows) > 0;
    },
  };
}
