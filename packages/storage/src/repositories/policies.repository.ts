import type { PolicySectionOverride } from '@assay/core';
import type { Kysely } from 'kysely';
import { fromJson, isoNow, newId, toCount, toJson } from '../columns.js';
import type { Database } from '../schema.js';

/** One version of a company's policy: its section edits and, once approved, the approval. */
export type PolicyVersion = {
  id: string;
  organisationId: string;
  version: number;
  sections: Record<string, PolicySectionOverride>;
  approvedOn: string | null;
  approvedBy: string | null;
  createdAt: string;
  updatedAt: string;
};

type Row = Database['dd_policies'];

function toVersion(row: Row): PolicyVersion {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    version: Number(row.version),
    sections: fromJson<Record<string, PolicySectionOverride>>(row.sections) ?? {},
    approvedOn: row.approved_on,
    approvedBy: row.approved_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Policy versions. An approved version is never changed; edits after approval start a new version. */
export function policiesRepository(db: Kysely<Database>) {
  return {
    /** Newest version first. */
    async list(organisationId: string): Promise<PolicyVersion[]> {
      const rows = await db
        .selectFrom('dd_policies')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .orderBy('version', 'desc')
        .execute();
      return rows.map(toVersion);
    },

    async latest(organisationId: string): Promise<PolicyVersion | undefined> {
      return (await this.list(organisationId))[0];
    },

    async create(
      organisationId: string,
      version: number,
      sections: Record<string, PolicySectionOverride>,
    ): Promise<PolicyVersion> {
      const now = isoNow();
      const row: Row = {
        id: newId(),
        organisation_id: organisationId,
        version,
        sections: toJson(sections),
        approved_on: null,
        approved_by: null,
        created_at: now,
        updated_at: now,
      };
      await db.insertInto('dd_policies').values(row).execute();
      return toVersion(row);
    },

    /** Replaces the edits of a draft; false when the version is approved or not this organisation's. */
    async updateDraft(
      organisationId: string,
      id: string,
      sections: Record<string, PolicySectionOverride>,
    ): Promise<boolean> {
      const result = await db
        .updateTable('dd_policies')
        .set({ sections: toJson(sections), updated_at: isoNow() })
        .where('organisation_id', '=', organisationId)
        .where('id', '=', id)
        .where('approved_on', 'is', null)
        .executeTakeFirst();
      return toCount(result.numUpdatedRows) > 0;
    },

    /** Approves a draft; false when it is approved already or not this organisation's. */
    async approve(organisationId: string, id: string, approvedOn: string, approvedBy: string): Promise<boolean> {
      const result = await db
        .updateTable('dd_policies')
        .set({ approved_on: approvedOn, approved_by: approvedBy, updated_at: isoNow() })
        .where('organisation_id', '=', organisationId)
        .where('id', '=', id)
        .where('approved_on', 'is', null)
        .executeTakeFirst();
      return toCount(result.numUpdatedRows) > 0;
    },
  };
}
