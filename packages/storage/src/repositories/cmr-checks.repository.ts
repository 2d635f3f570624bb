import type { Kysely } from 'kysely';
import { fromJson, isoNow, toJson } from '../columns.js';
import type { Database } from '../schema.js';

/** A stored importer check: its data (validated by the use case) and when it was run. */
export type StoredCmrCheck = { readonly data: unknown; readonly checkedAt: string };

/** The latest importer check of an organisation; a new check replaces it. */
export function cmrChecksRepository(db: Kysely<Database>) {
  return {
    async get(organisationId: string): Promise<StoredCmrCheck | undefined> {
      const row = await db
        .selectFrom('cmr_checks')
        .select(['data', 'checked_at'])
        .where('organisation_id', '=', organisationId)
        .executeTakeFirst();
      return row ? { data: fromJson(row.data), checkedAt: row.checked_at } : undefined;
    },

    async put(organisationId: string, data: unknown): Promise<StoredCmrCheck> {
      const values = { data: toJson(data), checked_at: isoNow() };
      await db
        .insertInto('cmr_checks')
        .values({ organisation_id: organisationId, ...values })
        .onConflict((oc) => oc.column('organisation_id').doUpdateSet(values))
        .execute();
      return { data, checkedAt: values.checked_at };
    },
  };
}
