import type { LocalizedText } from '@assay/core';
import type { Kysely } from 'kysely';
import { fromJson, isoNow, newId, toCount, toJson } from '../columns.js';
import type { Database } from '../schema.js';

export const GOAL_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** An improvement goal; `key` is stable per question (`goal:<questionId>`). */
export type Goal = {
  id: string;
  organisationId: string;
  key: string;
  questionId: string;
  step: number;
  rank: number;
  specific: LocalizedText;
  measure: LocalizedText;
  ownerRole: string;
  ownerName: string | null;
  deadline: string;
  status: GoalStatus;
  createdAt: string;
  updatedAt: string;
};

/** What a proposal carries; owner, deadline and status edits of an existing goal are kept. */
export type ProposedGoalFields = Pick<
  Goal,
  'key' | 'questionId' | 'step' | 'rank' | 'specific' | 'measure' | 'ownerRole' | 'deadline'
>;

/** What a person edits on a goal. */
export type GoalEdit = Pick<Goal, 'ownerName' | 'deadline' | 'status'>;

type Row = Database['dd_goals'];

function toGoal(row: Row): Goal {
  const empty = { en: '', nl: '' };
  return {
    id: row.id,
    organisationId: row.organisation_id,
    key: row.goal_key,
    questionId: row.question_id,
    step: Number(row.step),
    rank: Number(row.rank),
    specific: fromJson<LocalizedText>(row.specific) ?? empty,
    measure: fromJson<LocalizedText>(row.measure) ?? empty,
    ownerRole: row.owner_role,
    ownerName: row.owner_name,
    deadline: row.deadline,
    status: row.status as GoalStatus,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The improvement plan of one organisation. */
export function goalsRepository(db: Kysely<Database>) {
  return {
    /** By rank, then key. */
    async list(organisationId: string): Promise<Goal[]> {
      const rows = await db
        .selectFrom('dd_goals')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .orderBy('rank')
        .orderBy('goal_key')
        .execute();
      return rows.map(toGoal);
    },

    async get(organisationId: string, id: string): Promise<Goal | undefined> {
      const row = await db
        .selectFrom('dd_goals')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toGoal(row) : undefined;
    },

    /** Inserts a proposed goal, or refreshes text and rank of the goal with the same key. */
    async upsertProposed(organisationId: string, fields: ProposedGoalFields): Promise<void> {
      const now = isoNow();
      await db
        .insertInto('dd_goals')
        .values({
          id: newId(),
          organisation_id: organisationId,
          goal_key: fields.key,
          question_id: fields.questionId,
          step: fields.step,
          rank: fields.rank,
          specific: toJson(fields.specific),
          measure: toJson(fields.measure),
          owner_role: fields.ownerRole,
          owner_name: null,
          deadline: fields.deadline,
          status: 'open',
          created_at: now,
          updated_at: now,
        })
        .onConflict((oc) =>
          oc.columns(['organisation_id', 'goal_key']).doUpdateSet({
            rank: fields.rank,
            specific: toJson(fields.specific),
            measure: toJson(fields.measure),
            updated_at: now,
          }),
        )
        .execute();
    },

    /** False when this organisation has no goal with that id. */
    async update(organisationId: string, id: string, edit: GoalEdit): Promise<boolean> {
      const result = await db
        .updateTable('dd_goals')
        .set({ owner_name: edit.ownerName, deadline: edit.deadline, status: edit.status, updated_at: isoNow() })
        .where('organisation_id', '=', organisationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return toCount(result.numUpdatedRows) > 0;
    },
  };
}
