import type { Kysely } from 'kysely';
import { fromJson, isoNow, newId, toJson } from '../columns.js';
import type { Database } from '../schema.js';

/** Who did it: a signed-in user, or a named system actor (`cli`, `setup`, `public`). */
export type Actor = { userId: string | null; label: string };

export type AuditEntryInput = {
  organisationId: string | null;
  actor: Actor;
  entity: string;
  entityId: string | null;
  action: string;
  /** What changed, as data. Never personal data beyond ids and roles. */
  summary: Record<string, unknown>;
  /** When; default now. The public channel passes its coarse reception time. */
  at?: string;
};

export type AuditEntry = Omit<AuditEntryInput, 'at'> & { id: string; seq: number; at: string };

/**
 * The append-only audit log. There is no update or delete here, and the database refuses them too
 * (triggers in migration 0001).
 */
export function auditRepository(db: Kysely<Database>) {
  return {
    async record(input: AuditEntryInput): Promise<void> {
      await db
        .insertInto('audit_log')
        .values({
          id: newId(),
          organisation_id: input.organisationId,
          actor_user_id: input.actor.userId,
          actor_label: input.actor.label,
          at: input.at ?? isoNow(),
          entity: input.entity,
          entity_id: input.entityId,
          action: input.action,
          summary: toJson(input.summary),
        })
        .execute();
    },

    /** Newest first; `before` pages backwards by sequence number. */
    async list(organisationId: string, options: { limit?: number; before?: number } = {}): Promise<AuditEntry[]> {
      let query = db
        .selectFrom('audit_log')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .orderBy('seq', 'desc')
        .limit(Math.min(Math.max(options.limit ?? 100, 1), 10_000));
      if (options.before !== undefined) query = query.where('seq', '<', options.before);
      const rows = await query.execute();
      return rows.map((row) => ({
        id: row.id,
        seq: Number(row.seq),
        at: row.at,
        organisationId: row.organisation_id,
        actor: { userId: row.actor_user_id, label: row.actor_label },
        entity: row.entity,
        entityId: row.entity_id,
        action: row.action,
        summary: fromJson<Record<string, unknown>>(row.summary) ?? {},
      }));
    },
  };
}
