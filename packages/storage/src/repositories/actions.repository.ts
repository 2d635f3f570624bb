import type { Action } from '@assay/core';
import type { Kysely } from 'kysely';
import { fromJson, isoNow, toCount, toJson } from '../columns.js';
import type { Database } from '../schema.js';

/** A stored action: the core's `Action` plus the evidence note of the action plan. */
export type PlanAction = Action & { organisationId: string; evidence: string | null; updatedAt: string };

type Row = Database['dd_actions'];

function toAction(row: Row): PlanAction {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    type: row.type as Action['type'],
    title: row.title,
    ...(row.description ? { description: row.description } : {}),
    ...(row.risk_id ? { riskId: row.risk_id } : {}),
    ownerRole: row.owner_role as Action['ownerRole'],
    ...(row.owner_name ? { ownerName: row.owner_name } : {}),
    createdOn: row.created_on,
    dueDate: row.due_date,
    status: row.status as Action['status'],
    ...(row.completed_on ? { completedOn: row.completed_on } : {}),
    history: fromJson<Action['history']>(row.history) ?? [],
    evidence: row.evidence,
    updatedAt: row.updated_at,
  };
}

function toRow(organisationId: string, action: Action & { evidence: string | null }): Row {
  return {
    id: action.id,
    organisation_id: organisationId,
    risk_id: action.riskId ?? null,
    type: action.type,
    title: action.title,
    description: action.description ?? null,
    owner_role: action.ownerRole,
    owner_name: action.ownerName ?? null,
    evidence: action.evidence,
    created_on: action.createdOn,
    due_date: action.dueDate,
    status: action.status,
    completed_on: action.completedOn ?? null,
    history: toJson(action.history),
    updated_at: isoNow(),
  };
}

/** The actions of one organisation's action plans. */
export function actionsRepository(db: Kysely<Database>) {
  return {
    async create(organisationId: string, action: Action & { evidence: string | null }): Promise<PlanAction> {
      const row = toRow(organisationId, action);
      await db.insertInto('dd_actions').values(row).execute();
      return toAction(row);
    },

    /** Earliest due first; optionally only the actions of one risk. */
    async list(organisationId: string, riskId?: string): Promise<PlanAction[]> {
      let query = db
        .selectFrom('dd_actions')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .orderBy('due_date')
        .orderBy('id');
      if (riskId !== undefined) query = query.where('risk_id', '=', riskId);
      return (await query.execute()).map(toAction);
    },

    async get(organisationId: string, id: string): Promise<PlanAction | undefined> {
      const row = await db
        .selectFrom('dd_actions')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toAction(row) : undefined;
    },

    /** Writes every field of the action; false when this organisation has no action with that id. */
    async replace(organisationId: string, action: Action & { evidence: string | null }): Promise<boolean> {
      const { id, organisation_id: _org, ...set } = toRow(organisationId, action);
      const result = await db
        .updateTable('dd_actions')
        .set(set)
        .where('organisation_id', '=', organisationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return toCount(result.numUpdatedRows) > 0;
    },
  };
}
