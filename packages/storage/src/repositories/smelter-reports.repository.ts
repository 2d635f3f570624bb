import type { Kysely } from 'kysely';
import { fromJson, newId } from '../columns.js';
import type { Database } from '../schema.js';

/** A candidate offered for review. */
export type ReportCandidate = { smelterRef: string; smelterId: string; name: string; score: number };

/** A supplier's Smelter List row with its match. */
export type SmelterReport = {
  id: string;
  submissionId: string;
  row: number | null;
  metal: string | null;
  name: string | null;
  country: string | null;
  givenId: string | null;
  matchStatus: string;
  matchMethod: string | null;
  matchScore: number;
  smelterRef: string | null;
  candidates: ReportCandidate[];
};

export type NewSmelterReport = Omit<SmelterReport, 'id'>;

type Row = Database['smelter_reports'];

function toReport(row: Row): SmelterReport {
  return {
    id: row.id,
    submissionId: row.submission_id,
    row: row.row === null ? null : Number(row.row),
    metal: row.metal,
    name: row.name,
    country: row.country,
    givenId: row.given_id,
    matchStatus: row.match_status,
    matchMethod: row.match_method,
    matchScore: Number(row.match_score),
    smelterRef: row.smelter_ref,
    candidates: fromJson<ReportCandidate[]>(row.candidates) ?? [],
  };
}

const CHUNK = 200;

/** The suppliers' smelter rows of one organisation with their matches and the review queue. */
export function smelterReportsRepository(db: Kysely<Database>) {
  return {
    async insertMany(organisationId: string, reports: readonly NewSmelterReport[]): Promise<void> {
      const rows: Row[] = reports.map((r) => ({
        id: newId(),
        organisation_id: organisationId,
        submission_id: r.submissionId,
        row: r.row,
        metal: r.metal,
        name: r.name,
        country: r.country,
        given_id: r.givenId,
        match_status: r.matchStatus,
        match_method: r.matchMethod,
        match_score: r.matchScore,
        smelter_ref: r.smelterRef,
        candidates: JSON.stringify(r.candidates),
      }));
      for (let i = 0; i < rows.length; i += CHUNK)
        await db
          .insertInto('smelter_reports')
          .values(rows.slice(i, i + CHUNK))
          .execute();
    },

    async list(
      organisationId: string,
      filter: { status?: string; submissionIds?: readonly string[] } = {},
    ): Promise<SmelterReport[]> {
      let query = db.selectFrom('smelter_reports').selectAll().where('organisation_id', '=', organisationId);
      if (filter.status) query = query.where('match_status', '=', filter.status);
      if (filter.submissionIds) {
        if (filter.submissionIds.length === 0) return [];
        query = query.where('submission_id', 'in', [...filter.submissionIds]);
      }
      const rows = await query.orderBy('submission_id').orderBy('row').execute();
      return rows.map(toReport);
    },

    async get(organisationId: string, id: string): Promise<SmelterReport | undefined> {
      const row = await db
        .selectFrom('smelter_reports')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toReport(row) : undefined;
    },

    /** Settles the rows of this organisation with the same metal and name as a reviewed one. */
    async resolve(
      organisationId: string,
      match: { metal: string | null; name: string | null },
      outcome: { smelterRef: string | null; status: string; method: string | null },
    ): Promise<number> {
      let query = db
        .updateTable('smelter_reports')
        .set({
          smelter_ref: outcome.smelterRef,
          match_status: outcome.status,
          match_method: outcome.method,
          match_score: 1,
        })
        .where('organisation_id', '=', organisationId)
        .where('match_status', 'in', ['review', 'unmatched']);
      query = match.metal === null ? query.where('metal', 'is', null) : query.where('metal', '=', match.metal);
      query = match.name === null ? query.where('name', 'is', null) : query.where('name', '=', match.name);
      const result = await query.executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}
