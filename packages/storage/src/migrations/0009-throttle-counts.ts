import type { Kysely } from 'kysely';

/**
 * `throttle_counts` replaces `sign_in_failures`: the counts of every throttle (sign-in, the public
 * grievance channel's reports and passphrase guesses) per hashed key, with the instant each row may
 * be removed, so that throttles with different windows share one table without removing each
 * other's rows. The old table's counts (at most an hour of failed sign-ins) are not carried over.
 *
 * `server_secrets`: random keys shared by every app instance on the database (the public channel's
 * signed second step and the buckets of its client keys; docs/decisions/grievance-flood.md).
 */
export function throttleCountsMigration() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('throttle_counts')
        .addColumn('key_hash', 'text', (c) => c.primaryKey())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addColumn('last_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('throttle_counts_expires_at').on('throttle_counts').column('expires_at').execute();
      await db.schema.dropTable('sign_in_failures').execute();
      await db.schema
        .createTable('server_secrets')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
    async down(): Promise<void> {
      throw new Error('Migrations are forward-only; restore a backup to go back.');
    },
  };
}
