import type { Kysely } from 'kysely';

/**
 * `cmr_checks`: the latest EU Conflict Minerals Regulation importer check per organisation (its
 * input lines as read; the verdict is recomputed from them with the current rules when shown).
 */
export function cmrChecksMigration() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('cmr_checks')
        .addColumn('organisation_id', 'text', (c) => c.primaryKey().references('organisations.id').onDelete('cascade'))
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('checked_at', 'text', (c) => c.notNull())
        .execute();
    },
    async down(): Promise<void> {
      throw new Error('Migrations are forward-only; restore a backup to go back.');
    },
  };
}
