import { type Kysely, sql } from 'kysely';

/**
 * The grievance mechanism (issue #7): cases, the conversation with the reporter and internal notes,
 * attachments (files live on disk; rows name them) and the per-organisation procedure settings.
 * No column holds an IP address, user agent or any other metadata of the reporter's request.
 */
export function grievancesMigration() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('grievance_cases')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
        .addColumn('case_number', 'text', (c) => c.notNull().unique())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('secret_hash', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) =>
          c.notNull().check(sql`status in ('received', 'acknowledged', 'under_investigation', 'remedy', 'closed')`),
        )
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('submission', 'text', (c) => c.notNull())
        .addColumn('contact_email', 'text')
        .addColumn('received_at', 'text', (c) => c.notNull())
        .addColumn('acknowledged_at', 'text')
        .addColumn('investigation_started_at', 'text')
        .addColumn('closed_at', 'text')
        .addColumn('outcome', 'text')
        .addColumn('remedy_plan', 'text')
        .addColumn('remedy_record', 'text')
        .addColumn('assignee_id', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('history', 'text', (c) => c.notNull())
        // The seam for links to risk-register entries and actions (the workflow issue adds the UI).
        .addColumn('links', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('grievance_cases_org')
        .on('grievance_cases')
        .columns(['organisation_id', 'received_at'])
        .execute();

      await db.schema
        .createTable('grievance_messages')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('grievance_cases.id').onDelete('cascade'))
        .addColumn('visibility', 'text', (c) => c.notNull().check(sql`visibility in ('reporter', 'internal')`))
        .addColumn('author', 'text', (c) => c.notNull().check(sql`author in ('reporter', 'officer')`))
        .addColumn('officer_id', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('grievance_messages_case')
        .on('grievance_messages')
        .columns(['case_id', 'at'])
        .execute();

      await db.schema
        .createTable('grievance_attachments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('grievance_cases.id').onDelete('cascade'))
        .addColumn('message_id', 'text', (c) => c.references('grievance_messages.id').onDelete('cascade'))
        .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('pdf', 'png', 'jpeg', 'text')`))
        .addColumn('media_type', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('storage_name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('grievance_attachments_case').on('grievance_attachments').column('case_id').execute();

      await db.schema
        .createTable('grievance_settings')
        .addColumn('organisation_id', 'text', (c) => c.primaryKey().references('organisations.id').onDelete('cascade'))
        .addColumn('acknowledge_within_days', 'integer', (c) => c.notNull())
        .addColumn('follow_up_within_days', 'integer', (c) => c.notNull())
        .addColumn('retention_days', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
    async down(): Promise<void> {
      throw new Error('Migrations are forward-only; restore a backup to go back.');
    },
  };
}
