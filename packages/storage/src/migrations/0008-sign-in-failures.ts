import type { Kysely } from 'kysely';

/**
 * `sign_in_failures`: failed sign-ins per hashed key, shared by every app instance on the database
 * (the sign-in throttle, docs/decisions/sign-in-throttle.md). Rows are removed once their window ends.
 */
export function signInFailuresMigration() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('sign_in_failures')
        .addColumn('key_hash', 'text', (c) => c.primaryKey())
        .addColumn('failures', 'integer', (c) => c.notNull())
        .addColumn('last_failure_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('sign_in_failures_last_failure_at')
        .on('sign_in_failures')
        .column('last_failure_at')
        .execute();
    },
    async down(): Promise<void> {
      throw new Error('Migrations are forward-only; restore a backup to go back.');
    },
  };
}
