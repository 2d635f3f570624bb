import type { Kysely } from 'kysely';

/** The supplier register (issue #5 extends it with sites, contacts, CN codes and volumes). */
export function suppliersMigration() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('suppliers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('country', 'text')
        .addColumn('materials', 'text', (c) => c.notNull())
        .addColumn('tier', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('recycled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('suppliers_org_name').on('suppliers').columns(['organisation_id', 'name']).execute();
    },
    async down(): Promise<void> {
      throw new Error('Migrations are forward-only; restore a backup to go back.');
    },
  };
}
