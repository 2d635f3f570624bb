import type { Kysely } from 'kysely';

/**
 * Supply chain (issue #5): supplier details beside the 0002 register, received templates
 * (submissions: bytes on disk under `<dataDir>/submissions/<org>/<sha256>`, one row per distinct file),
 * the smelter register with the look-up lists merged into it, the suppliers' smelter rows with their
 * match, learned aliases, and the draft of the company's own declaration.
 */
export function supplyChainMigration() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const org = 'organisations.id';
      await db.schema
        .createTable('supplier_profiles')
        .addColumn('supplier_id', 'text', (c) => c.primaryKey().references('suppliers.id').onDelete('cascade'))
        .addColumn('organisation_id', 'text', (c) => c.notNull().references(org).onDelete('cascade'))
        .addColumn('identifier', 'text')
        .addColumn('sites', 'text', (c) => c.notNull())
        .addColumn('contacts', 'text', (c) => c.notNull())
        .addColumn('cn_codes', 'text', (c) => c.notNull())
        .addColumn('annual_volume', 'double precision')
        .addColumn('volume_unit', 'text')
        .addColumn('spend', 'double precision')
        .addColumn('leverage', 'text')
        .addColumn('response_due', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('supplier_profiles_org').on('supplier_profiles').column('organisation_id').execute();

      await db.schema
        .createTable('submissions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) => c.notNull().references(org).onDelete('cascade'))
        .addColumn('supplier_id', 'text', (c) => c.references('suppliers.id').onDelete('set null'))
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('family', 'text')
        .addColumn('version', 'text')
        .addColumn('company_name', 'text')
        .addColumn('declared_on', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('errors', 'integer', (c) => c.notNull())
        .addColumn('warnings', 'integer', (c) => c.notNull())
        .addColumn('findings', 'text', (c) => c.notNull())
        .addColumn('declaration', 'text')
        .addColumn('link_status', 'text', (c) => c.notNull())
        .addColumn('link_score', 'double precision', (c) => c.notNull())
        .addColumn('suggested_supplier_id', 'text')
        .addColumn('received_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('submissions_org_sha', ['organisation_id', 'sha256'])
        .execute();
      await db.schema
        .createIndex('submissions_org_supplier')
        .on('submissions')
        .columns(['organisation_id', 'supplier_id'])
        .execute();

      await db.schema
        .createTable('smelters')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) => c.notNull().references(org).onDelete('cascade'))
        .addColumn('smelter_id', 'text', (c) => c.notNull())
        .addColumn('metal_key', 'text', (c) => c.notNull())
        .addColumn('metal', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('country', 'text')
        .addColumn('country_name', 'text')
        .addColumn('aliases', 'text', (c) => c.notNull())
        .addColumn('as_of', 'text')
        .addColumn('sources', 'text', (c) => c.notNull())
        .addColumn('conformance', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('smelters_org_metal_cid', ['organisation_id', 'metal_key', 'smelter_id'])
        .execute();

      await db.schema
        .createTable('smelter_lookup_sources')
        .addColumn('organisation_id', 'text', (c) => c.notNull().references(org).onDelete('cascade'))
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('merged_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('smelter_lookup_sources_pk', ['organisation_id', 'label'])
        .execute();

      await db.schema
        .createTable('smelter_reports')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) => c.notNull().references(org).onDelete('cascade'))
        .addColumn('submission_id', 'text', (c) => c.notNull().references('submissions.id').onDelete('cascade'))
        .addColumn('row', 'integer')
        .addColumn('metal', 'text')
        .addColumn('name', 'text')
        .addColumn('country', 'text')
        .addColumn('given_id', 'text')
        .addColumn('match_status', 'text', (c) => c.notNull())
        .addColumn('match_method', 'text')
        .addColumn('match_score', 'double precision', (c) => c.notNull())
        .addColumn('smelter_ref', 'text', (c) => c.references('smelters.id').onDelete('set null'))
        .addColumn('candidates', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('smelter_reports_org')
        .on('smelter_reports')
        .columns(['organisation_id', 'match_status'])
        .execute();
      await db.schema.createIndex('smelter_reports_submission').on('smelter_reports').column('submission_id').execute();

      await db.schema
        .createTable('smelter_aliases')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) => c.notNull().references(org).onDelete('cascade'))
        .addColumn('metal_key', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('smelter_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('smelter_aliases_org_key', ['organisation_id', 'metal_key', 'key'])
        .execute();

      await db.schema
        .createTable('own_declarations')
        .addColumn('organisation_id', 'text', (c) => c.primaryKey().references(org).onDelete('cascade'))
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
    async down(): Promise<void> {
      throw new Error('Migrations are forward-only; restore a backup to go back.');
    },
  };
}
