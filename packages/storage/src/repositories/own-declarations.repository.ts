import type { Kysely } from 'kysely';
import { fromJson, isoNow, toJson } from '../columns.js';
import type { Database } from '../schema.js';

/** The reviewed draft of the company's own declaration (company block and answer choices), one per organisation. */
export function ownDeclarationsRepository(db: Kysely<Database>) {
  return {
    async get(organisationId: string): Promise<unknown | undefined> {
      const row = await db
        .selectFrom('own_declarations')
        .select('data')
        .where('organisation_id', '=', organisationId)
        .executeTakeFirst();
      return row ? fromJson(row.data) : undefined;
    },

    async put(organisationId: string, data: unknown): Promise<void> {
      const values = { data: toJson(data), updated_at: isoNow() };
      await db
        .insertInto('own_declarations')
        .values({ organisation_id: organisationId, ...values })
        .onConflict((oc) => oc.column('organisation_id').doUpdateSet(values))
        .execute();
    },
  };
}
