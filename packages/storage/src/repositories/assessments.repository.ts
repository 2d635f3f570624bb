import type { MaturityAnswer } from '@assay/core';
import type { Kysely } from 'kysely';
import { fromJson, isoNow, newId, toJson } from '../columns.js';
import type { Database } from '../schema.js';

/** The answers of one year's maturity self-assessment, with the questionnaire version they answer. */
export type StoredAssessment = {
  id: string;
  organisationId: string;
  year: number;
  questionnaireVersion: string;
  answers: MaturityAnswer[];
  createdAt: string;
  updatedAt: string;
};

type Row = Database['dd_assessments'];

function toAssessment(row: Row): StoredAssessment {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    year: Number(row.year),
    questionnaireVersion: row.questionnaire_version,
    answers: fromJson<MaturityAnswer[]>(row.answers) ?? [],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Maturity self-assessments: one per organisation and year. */
export function assessmentsRepository(db: Kysely<Database>) {
  return {
    async get(organisationId: string, year: number): Promise<StoredAssessment | undefined> {
      const row = await db
        .selectFrom('dd_assessments')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .where('year', '=', year)
        .executeTakeFirst();
      return row ? toAssessment(row) : undefined;
    },

    /** Oldest year first. */
    async list(organisationId: string): Promise<StoredAssessment[]> {
      const rows = await db
        .selectFrom('dd_assessments')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .orderBy('year')
        .execute();
      return rows.map(toAssessment);
    },

    /** Creates the year's assessment or replaces its answers. */
    async save(
      organisationId: string,
      year: number,
      questionnaireVersion: string,
      answers: readonly MaturityAnswer[],
    ): Promise<StoredAssessment> {
      const now = isoNow();
      const row: Row = {
        id: newId(),
        organisation_id: organisationId,
        year,
        questionnaire_version: questionnaireVersion,
        answers: toJson(answers),
        created_at: now,
        updated_at: now,
      };
      await db
        .insertInto('dd_assessments')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['organisation_id', 'year']).doUpdateSet({
            questionnaire_version: questionnaireVersion,
            answers: row.answers,
            updated_at: now,
          }),
        )
        .execute();
      const saved = await this.get(organisationId, year);
      if (!saved) throw new Error('assessment was not saved');
      return saved;
    },
  };
}
