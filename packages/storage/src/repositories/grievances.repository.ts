import type {
  AttachmentType,
  CaseAttachment,
  CaseLink,
  CaseMessage,
  CaseOutcome,
  CaseStatus,
  GrievanceCase,
  GrievanceCategory,
  GrievanceSettings,
  GrievanceSubmission,
  RemedyPlan,
  RemedyRecord,
  StatusChange,
} from '@assay/core';
import type { Kysely } from 'kysely';
import { fromJson, isoNow, toCount, toJson } from '../columns.js';
import type { Database } from '../schema.js';

/** A case as stored: the core's case plus what only officers see. */
export type StoredGrievance = GrievanceCase & {
  readonly organisationId: string;
  /** The reporter's address, given with consent; `null` without. */
  readonly contactEmail: string | null;
  readonly updatedAt: string;
};

/** What the inbox needs of a case; no message bodies. */
export type GrievanceCaseSummary = Pick<
  StoredGrievance,
  'id' | 'caseNumber' | 'status' | 'receivedAt' | 'acknowledgedAt' | 'closedAt' | 'assigneeId'
> & { readonly organisationId: string; readonly category: GrievanceCategory };

/** A new case: the core's freshly opened case plus the secret hash and the contact address. */
export type NewGrievanceCase = {
  readonly organisationId: string;
  readonly grievance: GrievanceCase;
  readonly secretHash: string;
};

export type NewGrievanceMessage = CaseMessage & { readonly caseId: string };

export type NewGrievanceAttachment = CaseAttachment & {
  readonly caseId: string;
  readonly mediaType: string;
  readonly storageName: string;
  /** When it was added; default now. A reporter's file gets the (coarse) reception time. */
  readonly createdAt?: string;
};

/** An attachment with where its bytes are kept, for serving it to officers. */
export type GrievanceAttachmentFile = Omit<NewGrievanceAttachment, 'createdAt'> & { readonly createdAt: string };

type CaseRow = Database['grievance_cases'];
type MessageRow = Database['grievance_messages'];
type AttachmentRow = Database['grievance_attachments'];

/** The fields an officer's action may change (the state machine's output). */
type CasePatch = Pick<
  GrievanceCase,
  | 'status'
  | 'acknowledgedAt'
  | 'investigationStartedAt'
  | 'closedAt'
  | 'outcome'
  | 'remedyPlan'
  | 'remedyRecord'
  | 'assigneeId'
  | 'history'
  | 'links'
> & { readonly category: GrievanceCategory };

function toMessage(row: MessageRow): CaseMessage {
  if (row.visibility === 'internal') {
    return { id: row.id, visibility: 'internal', officerId: row.officer_id ?? '', body: row.body, at: row.at };
  }
  return {
    id: row.id,
    visibility: 'reporter',
    from: row.author,
    ...(row.officer_id ? { officerId: row.officer_id } : {}),
    body: row.body,
    at: row.at,
  };
}

function toAttachment(row: AttachmentRow): CaseAttachment {
  return {
    id: row.id,
    type: row.type as AttachmentType,
    size: Number(row.size),
    ...(row.message_id ? { messageId: row.message_id } : {}),
  };
}

function toFile(row: AttachmentRow): GrievanceAttachmentFile {
  return {
    ...toAttachment(row),
    caseId: row.case_id,
    mediaType: row.media_type,
    storageName: row.storage_name,
    createdAt: row.created_at,
  };
}

const optional = <K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } =>
  (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

function toGrievance(row: CaseRow, messages: CaseMessage[], attachments: CaseAttachment[]): StoredGrievance {
  const submission = fromJson<GrievanceSubmission>(row.submission) as GrievanceSubmission;
  return {
    id: row.id,
    organisationId: row.organisation_id,
    caseNumber: row.case_number,
    channel: row.channel,
    submission: { ...submission, category: row.category as GrievanceCategory },
    status: row.status as CaseStatus,
    receivedAt: row.received_at,
    ...optional('acknowledgedAt', row.acknowledged_at),
    ...optional('investigationStartedAt', row.investigation_started_at),
    ...optional('closedAt', row.closed_at),
    ...optional('outcome', fromJson<CaseOutcome>(row.outcome)),
    ...optional('remedyPlan', fromJson<RemedyPlan>(row.remedy_plan)),
    ...optional('remedyRecord', fromJson<RemedyRecord>(row.remedy_record)),
    ...optional('assigneeId', row.assignee_id),
    links: fromJson<CaseLink[]>(row.links) ?? [],
    messages,
    attachments,
    history: fromJson<StatusChange[]>(row.history) ?? [],
    contactEmail: row.contact_email,
    updatedAt: row.updated_at,
  };
}

function toSummary(row: CaseRow): GrievanceCaseSummary {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    caseNumber: row.case_number,
    category: row.category as GrievanceCategory,
    status: row.status as CaseStatus,
    receivedAt: row.received_at,
    ...optional('acknowledgedAt', row.acknowledged_at),
    ...optional('closedAt', row.closed_at),
    ...optional('assigneeId', row.assignee_id),
  };
}

function patchColumns(patch: CasePatch) {
  return {
    status: patch.status,
    category: patch.category,
    acknowledged_at: patch.acknowledgedAt ?? null,
    investigation_started_at: patch.investigationStartedAt ?? null,
    closed_at: patch.closedAt ?? null,
    outcome: patch.outcome ? toJson(patch.outcome) : null,
    remedy_plan: patch.remedyPlan ? toJson(patch.remedyPlan) : null,
    remedy_record: patch.remedyRecord ? toJson(patch.remedyRecord) : null,
    assignee_id: patch.assigneeId ?? null,
    history: toJson(patch.history),
    links: toJson(patch.links),
    updated_at: isoNow(),
  };
}

/**
 * Grievance cases. Officers' reads and writes name the organisation; the public channel finds a
 * case by its case number only (like organisations by slug) and must then check the passphrase
 * before showing anything of it.
 */
export function grievancesRepository(db: Kysely<Database>) {
  const messagesOf = async (caseIds: readonly string[]): Promise<Map<string, CaseMessage[]>> => {
    const byCase = new Map<string, CaseMessage[]>();
    if (caseIds.length === 0) return byCase;
    const rows = await db
      .selectFrom('grievance_messages')
      .selectAll()
      .where('case_id', 'in', caseIds)
      .orderBy('at')
      .orderBy('id')
      .execute();
    for (const row of rows) byCase.set(row.case_id, [...(byCase.get(row.case_id) ?? []), toMessage(row)]);
    return byCase;
  };
  const attachmentsOf = async (caseIds: readonly string[]): Promise<Map<string, CaseAttachment[]>> => {
    const byCase = new Map<string, CaseAttachment[]>();
    if (caseIds.length === 0) return byCase;
    const rows = await db
      .selectFrom('grievance_attachments')
      .selectAll()
      .where('case_id', 'in', caseIds)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    for (const row of rows) byCase.set(row.case_id, [...(byCase.get(row.case_id) ?? []), toAttachment(row)]);
    return byCase;
  };
  const complete = async (rows: CaseRow[]): Promise<StoredGrievance[]> => {
    const ids = rows.map((row) => row.id);
    const [messages, attachments] = await Promise.all([messagesOf(ids), attachmentsOf(ids)]);
    return rows.map((row) => toGrievance(row, messages.get(row.id) ?? [], attachments.get(row.id) ?? []));
  };

  return {
    async create(input: NewGrievanceCase): Promise<void> {
      const { grievance } = input;
      const { contact, ...submission } = grievance.submission;
      await db
        .insertInto('grievance_cases')
        .values({
          id: grievance.id,
          organisation_id: input.organisationId,
          case_number: grievance.caseNumber,
          channel: grievance.channel,
          secret_hash: input.secretHash,
          submission: toJson(submission),
          contact_email: contact?.email ?? null,
          received_at: grievance.receivedAt,
          ...patchColumns({ ...grievance, category: grievance.submission.category }),
          // No time finer than the reception time the caller chose (a proxy log must not match it).
          updated_at: grievance.receivedAt,
        })
        .execute();
    },

    async caseNumberExists(caseNumber: string): Promise<boolean> {
      const row = await db
        .selectFrom('grievance_cases')
        .select('id')
        .where('case_number', '=', caseNumber)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** The public channel's lookup: id, organisation and the passphrase hash to verify. */
    async findSecret(
      caseNumber: string,
    ): Promise<{ id: string; organisationId: string; secretHash: string } | undefined> {
      const row = await db
        .selectFrom('grievance_cases')
        .select(['id', 'organisation_id', 'secret_hash'])
        .where('case_number', '=', caseNumber)
        .executeTakeFirst();
      return row ? { id: row.id, organisationId: row.organisation_id, secretHash: row.secret_hash } : undefined;
    },

    async get(organisationId: string, id: string): Promise<StoredGrievance | undefined> {
      const rows = await db
        .selectFrom('grievance_cases')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .where('id', '=', id)
        .execute();
      return (await complete(rows))[0];
    },

    /** Every case of the organisation, complete (for deadlines and statistics), newest first. */
    async list(organisationId: string): Promise<StoredGrievance[]> {
      const rows = await db
        .selectFrom('grievance_cases')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .orderBy('received_at', 'desc')
        .execute();
      return complete(rows);
    },

    /** Closed cases of every organisation, light, for the retention purge. */
    async listClosed(): Promise<GrievanceCaseSummary[]> {
      const rows = await db.selectFrom('grievance_cases').selectAll().where('status', '=', 'closed').execute();
      return rows.map(toSummary);
    },

    /**
     * For housekeeping of the attachment folders (which are named by case id, not by organisation):
     * of the given case ids, those that exist, each with its attachments' storage names and times.
     * A case id missing from the result has no row. Reads across organisations, like `listClosed`.
     */
    async attachmentFiles(caseIds: readonly string[]): Promise<Map<string, Map<string, string>>> {
      const byCase = new Map<string, Map<string, string>>();
      for (let i = 0; i < caseIds.length; i += 500) {
        const chunk = caseIds.slice(i, i + 500);
        const cases = await db.selectFrom('grievance_cases').select('id').where('id', 'in', chunk).execute();
        for (const row of cases) byCase.set(row.id, new Map());
        if (cases.length === 0) continue;
        const files = await db
          .selectFrom('grievance_attachments')
          .select(['case_id', 'storage_name', 'created_at'])
          .where('case_id', 'in', chunk)
          .execute();
        for (const row of files) byCase.get(row.case_id)?.set(row.storage_name, row.created_at);
      }
      return byCase;
    },

    /** Writes the state machine's result; false when the case is not in this organisation. */
    async update(organisationId: string, id: string, patch: CasePatch): Promise<boolean> {
      const result = await db
        .updateTable('grievance_cases')
        .set(patchColumns(patch))
        .where('organisation_id', '=', organisationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return toCount(result.numUpdatedRows) > 0;
    },

    /** Adds a message to a case of this organisation; false when there is no such case. */
    async addMessage(organisationId: string, message: NewGrievanceMessage): Promise<boolean> {
      const owner = await db
        .selectFrom('grievance_cases')
        .select('id')
        .where('organisation_id', '=', organisationId)
        .where('id', '=', message.caseId)
        .executeTakeFirst();
      if (!owner) return false;
      await db
        .insertInto('grievance_messages')
        .values({
          id: message.id,
          case_id: message.caseId,
          visibility: message.visibility,
          author: message.visibility === 'internal' ? 'officer' : message.from,
          officer_id: message.officerId ?? null,
          body: message.body,
          at: message.at,
        })
        .execute();
      // A reporter's message keeps the message's (coarse) time; an officer's, now.
      const updatedAt = message.visibility === 'reporter' && message.from === 'reporter' ? message.at : isoNow();
      await db.updateTable('grievance_cases').set({ updated_at: updatedAt }).where('id', '=', message.caseId).execute();
      return true;
    },

    async addAttachment(attachment: NewGrievanceAttachment): Promise<void> {
      await db
        .insertInto('grievance_attachments')
        .values({
          id: attachment.id,
          case_id: attachment.caseId,
          message_id: attachment.messageId ?? null,
          type: attachment.type,
          media_type: attachment.mediaType,
          size: attachment.size,
          storage_name: attachment.storageName,
          created_at: attachment.createdAt ?? isoNow(),
        })
        .execute();
    },

    /** One attachment of a case of this organisation. */
    async getAttachment(
      organisationId: string,
      caseId: string,
      attachmentId: string,
    ): Promise<GrievanceAttachmentFile | undefined> {
      const row = await db
        .selectFrom('grievance_attachments')
        .innerJoin('grievance_cases', 'grievance_cases.id', 'grievance_attachments.case_id')
        .selectAll('grievance_attachments')
        .where('grievance_cases.organisation_id', '=', organisationId)
        .where('grievance_attachments.case_id', '=', caseId)
        .where('grievance_attachments.id', '=', attachmentId)
        .executeTakeFirst();
      return row ? toFile(row) : undefined;
    },

    /** Deletes a case with its messages and attachment rows; false when there is none. */
    async delete(organisationId: string, id: string): Promise<boolean> {
      const result = await db
        .deleteFrom('grievance_cases')
        .where('organisation_id', '=', organisationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return toCount(result.numDeletedRows) > 0;
    },

    /** The organisation's procedure settings, or `undefined` for the defaults. */
    async getSettings(organisationId: string): Promise<GrievanceSettings | undefined> {
      const row = await db
        .selectFrom('grievance_settings')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        acknowledgeWithinDays: Number(row.acknowledge_within_days),
        followUpWithinDays: Number(row.follow_up_within_days),
        retentionDays: Number(row.retention_days),
      };
    },

    async saveSettings(organisationId: string, settings: GrievanceSettings): Promise<void> {
      const values = {
        acknowledge_within_days: settings.acknowledgeWithinDays,
        follow_up_within_days: settings.followUpWithinDays,
        retention_days: settings.retentionDays,
        updated_at: isoNow(),
      };
      await db
        .insertInto('grievance_settings')
        .values({ organisation_id: organisationId, ...values })
        .onConflict((oc) => oc.column('organisation_id').doUpdateSet(values))
        .execute();
    },
  };
}
