import { type Kysely, sql } from 'kysely';

/**
 * The reviewed draft of the company's own declaration is kept per template family (issue #5: the
 * own CMRT and the own EMRT): `own_declarations` is rebuilt with the primary key
 * (organisation, family), and the drafts saved so far — all of them CMRTs — are carried over.
 * The table is rebuilt rather than altered because SQLite cannot change a primary key in place.
 */
export function ownDeclarationFamilyMigration() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('own_declarations_by_family')
        .addColumn('organisation_id', 'text', (c) => c.notNull())
        .addColumn('family', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('own_declarations_org_family_pk', ['organisation_id', 'family'])
        .addForeignKeyConstraint('own_declarations_org_fk', ['organisation_id'], 'organisations', ['id'], (fk) =>
          fk.onDelete('cascade'),
        )
        .execute();
      await sql`insert into own_declarations_by_family (organisation_id, family, data, updated_at)
        select organisation_id, 'CMRT', data, updated_at from own_declarations`.execute(db);
      await db.schema.dropTable('own_declarations').execute();
      await db.schema.alterTable('own_declarations_by_family').renameTo('own_declarations').execute();
    },
    async down(): Promise<void> {
      throw new Error('Migrations are forward-only; restore a backup to go back.');
    },
  };
}
