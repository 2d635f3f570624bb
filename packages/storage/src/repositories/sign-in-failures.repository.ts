import { type Kysely, sql } from 'kysely';
import { toCount } from '../columns.js';
import type { Database } from '../schema.js';

/** One stored count: failures and the ISO instant of the latest. */
export type StoredFailureCount = { readonly failures: number; readonly lastFailureAt: string };

/**
 * Failed sign-ins per key hash, in the database so that every instance of the app counts together.
 * Each write is one atomic upsert, so instances racing on the same key never lose a failure.
 */
export function signInFailuresRepository(db: Kysely<Database>) {
  return {
    /** The stored counts of these key hashes (absent keys are left out). */
    async read(keyHashes: readonly string[]): Promise<Map<string, StoredFailureCount>> {
      const found = new Map<string, StoredFailureCount>();
      if (keyHashes.length === 0) return found;
      const rows = await db
        .selectFrom('sign_in_failures')
        .selectAll()
        .where('key_hash', 'in', [...keyHashes])
        .execute();
      for (const row of rows)
        found.set(row.key_hash, { failures: toCount(row.failures), lastFailureAt: row.last_failure_at });
      return found;
    },

    /**
     * Counts one failure at `at` for each key; a count whose latest failure is at or before
     * `windowStart` starts again from 1. Rows whose window has ended are removed.
     */
    async recordFailure(keyHashes: readonly string[], at: string, windowStart: string): Promise<void> {
      for (const keyHash of keyHashes) {
        await db
          .insertInto('sign_in_failures')
          .values({ key_hash: keyHash, failures: 1, last_failure_at: at })
          .onConflict((oc) =>
            oc.column('key_hash').doUpdateSet({
              failures: sql<number>`case when sign_in_failures.last_failure_at <= ${windowStart} then 1 else sign_in_failures.failures + 1 end`,
              last_failure_at: at,
            }),
          )
          .execute();
      }
      await db.deleteFrom('sign_in_failures').where('last_failure_at', '<=', windowStart).execute();
    },

    /** Forgets the count of one key (a pair after its correct password). */
    async clear(keyHash: string): Promise<void> {
      await db.deleteFrom('sign_in_failures').where('key_hash', '=', keyHash).execute();
    },
  };
}
