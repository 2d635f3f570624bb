import { type Kysely, sql } from 'kysely';
import { toCount } from '../columns.js';
import type { Database } from '../schema.js';

/** One stored count: how many, and the ISO instant of the latest. */
export type StoredThrottleCount = { readonly count: number; readonly lastAt: string };

/** One counted event: its instant, where its window starts, and when its rows may go. */
export type ThrottleEvent = {
  /** The instant recorded as the latest (the public channel passes it cut to the hour). */
  readonly at: string;
  /** A count whose latest event is at or before this starts again from 1. */
  readonly windowStart: string;
  /** When the rows touched now may be removed. */
  readonly expiresAt: string;
};

/**
 * The throttles' counts per key hash, in the database so that every instance of the app counts
 * together. Each write is one atomic upsert, so instances racing on the same key never lose an event.
 * Every throttle shares the table; each row carries its own expiry, so windows of different lengths
 * never remove each other's rows.
 */
export function throttleCountsRepository(db: Kysely<Database>) {
  return {
    /** The stored counts of these key hashes (absent keys are left out). */
    async read(keyHashes: readonly string[]): Promise<Map<string, StoredThrottleCount>> {
      const found = new Map<string, StoredThrottleCount>();
      if (keyHashes.length === 0) return found;
      const rows = await db
        .selectFrom('throttle_counts')
        .select(['key_hash', 'count', 'last_at'])
        .where('key_hash', 'in', [...keyHashes])
        .execute();
      for (const row of rows) found.set(row.key_hash, { count: toCount(row.count), lastAt: row.last_at });
      return found;
    },

    /**
     * Counts one event for each key and returns the new counts; expired rows are removed. A count
     * whose latest event is at or before `windowStart` starts again from 1.
     */
    async record(keyHashes: readonly string[], event: ThrottleEvent): Promise<Map<string, number>> {
      const counts = new Map<string, number>();
      for (const keyHash of keyHashes) {
        const row = await db
          .insertInto('throttle_counts')
          .values({ key_hash: keyHash, count: 1, last_at: event.at, expires_at: event.expiresAt })
          .onConflict((oc) =>
            oc.column('key_hash').doUpdateSet({
              count: sql<number>`case when throttle_counts.last_at <= ${event.windowStart} then 1 else throttle_counts.count + 1 end`,
              last_at: event.at,
              expires_at: event.expiresAt,
            }),
          )
          .returning('count')
          .executeTakeFirstOrThrow();
        counts.set(keyHash, toCount(row.count));
      }
      await db.deleteFrom('throttle_counts').where('expires_at', '<=', event.at).execute();
      return counts;
    },

    /** Forgets the count of one key (a pair after its correct password). */
    async clear(keyHash: string): Promise<void> {
      await db.deleteFrom('throttle_counts').where('key_hash', '=', keyHash).execute();
    },
  };
}
