import type { Kysely } from 'kysely';
import { fromJson, isoNow, toJson } from '../columns.js';
import type { Database } from '../schema.js';

/**
 * The reviewed draft of the company's own declaration (company block and answer choices), one per
 * organisation and template family (`CMRT`, `EMRT`).
 */
export function ownDeclarationsRepository(db: Kysely<Database>) {
  return {
    async get(organisationId: string, family: string): Promise<unknown | undefined> {
      const row = await db
        .selectFrom('own_declarations')
        .select('data')
        .where('organisation_id', '=', organisationId)
        .where('family', '=', family)
        .executeTakeFirst();
      return row ? fromJson(row.data) : undefined;
    },

    /** Every saved draft of the organisation by family, families in alphabetical order. */
    async list(organisationId: string): Promise<{ family: string; data: unknown; updatedAt: string }[]> {
      const rows = await db
        .selectFrom('own_declarations')
        .select(['family', 'data', 'updated_at'])
        .where('organisation_id', '=', organisationId)
        .orderBy('family')
        .execute();
      return rows.map((r) => ({ family: r.family, data: fromJson(r.data), updatedAt: r.updated_at }));
    },

    async put(organisationId: string, family: string, data: unknown): Promise<void> {
      const values = { data: toJson(data), updated_at: isoNow() };
      await db
        .insertInto('own_declarations')
        .values({ organisation_id: organisationId, family, ...values })
        .onConflict((oc) => oc.columns(['organisation_id', 'family']).doUpdateSet(values))
        .execute();
    },
  };
}
