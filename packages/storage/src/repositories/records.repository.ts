import type { Kysely } from 'kysely';
import { fromJson, isoNow, newId } from '../columns.js';
import type { Database } from '../schema.js';

/** Escalation decisions (OECD step 3) and effectiveness reviews (step 4). */
export type RecordKind = 'escalation' | 'review';

/** A recorded decision or review: a validated core document, append-only. */
export type DdRecord<T> = {
  id: string;
  organisationId: string;
  kind: RecordKind;
  riskId: string | null;
  data: T;
  recordedOn: string;
  createdAt: string;
};

/** The escalation log and the reviews of one organisation. Records are added, never changed. */
export function recordsRepository(db: Kysely<Database>) {
  return {
    async add<T extends { id: string }>(
      organisationId: string,
      kind: RecordKind,
      riskId: string | null,
      recordedOn: string,
      build: (id: string) => T,
    ): Promise<DdRecord<T>> {
      const id = newId();
      const data = build(id);
      const createdAt = isoNow();
      await db
        .insertInto('dd_records')
        .values({
          id,
          organisation_id: organisationId,
          kind,
          risk_id: riskId,
          data: JSON.stringify(data),
          recorded_on: recordedOn,
          created_at: createdAt,
        })
        .execute();
      return { id, organisationId, kind, riskId, data, recordedOn, createdAt };
    },

    /** Newest first; optionally only those of one risk. */
    async list<T>(organisationId: string, kind: RecordKind, riskId?: string): Promise<DdRecord<T>[]> {
      let query = db
        .selectFrom('dd_records')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .where('kind', '=', kind)
        .orderBy('recorded_on', 'desc')
        .orderBy('created_at', 'desc');
      if (riskId !== undefined) query = query.where('risk_id', '=', riskId);
      const rows = await query.execute();
      return rows.map((row) => ({
        id: row.id,
        organisationId: row.organisation_id,
        kind: row.kind as RecordKind,
        riskId: row.risk_id,
        data: fromJson<T>(row.data) as T,
        recordedOn: row.recorded_on,
        createdAt: row.created_at,
      }));
    },
  };
}
