import type { Kysely } from 'kysely';

/**
 * The due-diligence workflow (issue #6): company profile, yearly maturity assessments, improvement
 * goals, policy versions, the risk register, action plans, and the escalation and review records.
 * Scores and plans are recomputed from these rows by the core; they are never stored.
 */
export function dueDiligenceMigration() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('dd_profiles')
        .addColumn('organisation_id', 'text', (c) => c.primaryKey().references('organisations.id').onDelete('cascade'))
        .addColumn('profile', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('dd_assessments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('questionnaire_version', 'text', (c) => c.notNull())
        .addColumn('answers', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('dd_assessments_org_year', ['organisation_id', 'year'])
        .execute();

      await db.schema
        .createTable('dd_goals')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
        .addColumn('goal_key', 'text', (c) => c.notNull())
        .addColumn('question_id', 'text', (c) => c.notNull())
        .addColumn('step', 'integer', (c) => c.notNull())
        .addColumn('rank', 'integer', (c) => c.notNull())
        .addColumn('specific', 'text', (c) => c.notNull())
        .addColumn('measure', 'text', (c) => c.notNull())
        .addColumn('owner_role', 'text', (c) => c.notNull())
        .addColumn('owner_name', 'text')
        .addColumn('deadline', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('dd_goals_org_key', ['organisation_id', 'goal_key'])
        .execute();

      await db.schema
        .createTable('dd_policies')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('sections', 'text', (c) => c.notNull())
        .addColumn('approved_on', 'text')
        .addColumn('approved_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('dd_policies_org_version', ['organisation_id', 'version'])
        .execute();

      await db.schema
        .createTable('dd_risks')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text')
        .addColumn('material_id', 'text')
        .addColumn('country', 'text')
        .addColumn('theme', 'text', (c) => c.notNull())
        .addColumn('supplier_id', 'text')
        .addColumn('model_score', 'integer')
        .addColumn('scale', 'integer', (c) => c.notNull())
        .addColumn('scope', 'integer', (c) => c.notNull())
        .addColumn('irremediability', 'integer', (c) => c.notNull())
        .addColumn('likelihood', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('owner_name', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('dd_risks_org').on('dd_risks').column('organisation_id').execute();

      await db.schema
        .createTable('dd_actions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
        .addColumn('risk_id', 'text', (c) => c.references('dd_risks.id').onDelete('set null'))
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text')
        .addColumn('owner_role', 'text', (c) => c.notNull())
        .addColumn('owner_name', 'text')
        .addColumn('evidence', 'text')
        .addColumn('created_on', 'text', (c) => c.notNull())
        .addColumn('due_date', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('completed_on', 'text')
        .addColumn('history', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('dd_actions_org').on('dd_actions').columns(['organisation_id', 'due_date']).execute();

      // Escalation decisions and effectiveness reviews: validated core documents, kept as JSON.
      await db.schema
        .createTable('dd_records')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('risk_id', 'text', (c) => c.references('dd_risks.id').onDelete('set null'))
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('recorded_on', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('dd_records_org').on('dd_records').columns(['organisation_id', 'kind']).execute();
    },
    async down(): Promise<void> {
      throw new Error('Migrations are forward-only; restore a backup to go back.');
    },
  };
}
