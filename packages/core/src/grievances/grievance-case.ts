import type { GrievanceCategory } from './categories.js';
import type { AttachmentType } from './sniff-attachment.js';
import type { GrievanceSubmission } from './submission.schema.js';

/**
 * The grievance case as the core sees it. Instants are ISO 8601 strings (UTC) so a case stores and
 * serialises as it is. Who did what is recorded by officer id; the public projection drops it.
 */

/**
 * Where a case stands. Receipt is confirmed before anything else (LkSG §8(1): receipt of the
 * complaint is confirmed to the complainant); remedy is its own stage because OECD RBC Guidance
 * step 6 and UNGP 31 judge a mechanism by whether remedy is actually delivered.
 */
export const CASE_STATUSES = ['received', 'acknowledged', 'under_investigation', 'remedy', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Statuses in which work remains to be done. */
export const OPEN_STATUSES = [
  'received',
  'acknowledged',
  'under_investigation',
  'remedy',
] as const satisfies readonly CaseStatus[];
export type OpenStatus = (typeof OPEN_STATUSES)[number];

/** True for every status except `closed`. */
export function isOpenStatus(status: CaseStatus): status is OpenStatus {
  return status !== 'closed';
}

/** How a case ended; the counts go into the annual report (BAFA questionnaire section 4, CSDDD Art. 16). */
export const CASE_OUTCOMES = [
  /** The concern was founded and remedy was provided. */
  'remedied',
  /** The concern was founded; addressed by prevention or mitigation without individual remedy. */
  'substantiated',
  /** The facts could not be established. */
  'unsubstantiated',
  /** Outside the organisation's reach; passed to the responsible company, mechanism or authority. */
  'referred',
  /** The reporter withdrew the report. */
  'withdrawn',
  /** Not a grievance this channel handles (spam, unrelated matters). */
  'inadmissible',
] as const;
export type CaseOutcomeKind = (typeof CASE_OUTCOMES)[number];

/** The recorded outcome: a kind and an internal summary for the file. */
export type CaseOutcome = { readonly kind: CaseOutcomeKind; readonly summary: string };

/** The remedy agreed with the affected people (the plan). */
export type RemedyPlan = { readonly description: string; readonly agreedAt: string; readonly dueBy?: string };

/** What was actually delivered of an agreed remedy. */
export const REMEDY_RESULTS = ['provided', 'partly_provided', 'not_provided'] as const;
export type RemedyResult = (typeof REMEDY_RESULTS)[number];

/** The remedy record: whether and how remedy was delivered. Required to close a case with a remedy plan. */
export type RemedyRecord = { readonly result: RemedyResult; readonly description: string; readonly recordedAt: string };

/** A link from a case to due-diligence records: grievances feed risk identification (OECD step 2) and action plans (step 3). */
export type CaseLink = {
  readonly kind: 'supplier' | 'member' | 'risk' | 'action' | 'assessment';
  readonly id: string;
};

/** A message in the conversation with the reporter; both sides can read it. */
export type ReporterMessage = {
  readonly id: string;
  readonly visibility: 'reporter';
  readonly from: 'reporter' | 'officer';
  /** Set when an officer wrote it; never shown to the reporter. */
  readonly officerId?: string;
  readonly body: string;
  readonly at: string;
};

/** A note among officers; never shown to the reporter. */
export type InternalNote = {
  readonly id: string;
  readonly visibility: 'internal';
  readonly officerId: string;
  readonly body: string;
  readonly at: string;
};

/** Any message on a case; `visibility` decides who may read it. */
export type CaseMessage = ReporterMessage | InternalNote;

/** A stored file. `messageId` ties it to a message; without it, it came with the submission. */
export type CaseAttachment = {
  readonly id: string;
  readonly type: AttachmentType;
  readonly size: number;
  readonly messageId?: string;
};

/** The kinds of event that move a case; see `case-transitions.ts`. */
export const CASE_EVENT_TYPES = [
  'acknowledge',
  'start_investigation',
  'agree_remedy',
  'record_remedy',
  'close',
  'reopen',
] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

/** One entry of the status history; the first has `from: null` and `event: 'submit'`. */
export type StatusChange = {
  readonly from: CaseStatus | null;
  readonly to: CaseStatus;
  readonly event: CaseEventType | 'submit';
  readonly at: string;
  readonly officerId?: string;
  /** Set on `close`, so statistics for a past period need only the history. */
  readonly outcome?: CaseOutcomeKind;
  /** Set on `reopen`: why the case was opened again. */
  readonly reason?: string;
};

/** A grievance case. */
export type GrievanceCase = {
  readonly id: string;
  readonly caseNumber: string;
  /** Slug of the channel (organisation or branch organisation) that received it. */
  readonly channel: string;
  readonly submission: GrievanceSubmission;
  readonly status: CaseStatus;
  readonly receivedAt: string;
  readonly acknowledgedAt?: string;
  readonly investigationStartedAt?: string;
  readonly closedAt?: string;
  readonly outcome?: CaseOutcome;
  readonly remedyPlan?: RemedyPlan;
  readonly remedyRecord?: RemedyRecord;
  readonly assigneeId?: string;
  readonly links: readonly CaseLink[];
  readonly messages: readonly CaseMessage[];
  readonly attachments: readonly CaseAttachment[];
  readonly history: readonly StatusChange[];
};

/** What is needed to open a case from a validated submission. */
export type OpenCaseInput = {
  readonly id: string;
  readonly caseNumber: string;
  readonly channel: string;
  readonly submission: GrievanceSubmission;
  readonly attachments?: readonly CaseAttachment[];
  readonly receivedAt: Date;
};

/** A new case in status `received`. */
export function openCase(input: OpenCaseInput): GrievanceCase {
  const receivedAt = input.receivedAt.toISOString();
  return {
    id: input.id,
    caseNumber: input.caseNumber,
    channel: input.channel,
    submission: input.submission,
    status: 'received',
    receivedAt,
    links: [],
    messages: [],
    attachments: input.attachments ?? [],
    history: [{ from: null, to: 'received', event: 'submit', at: receivedAt }],
  };
}

/** The category of a case (shorthand used by statistics). */
export function caseCategory(grievance: Pick<GrievanceCase, 'submission'>): GrievanceCategory {
  return grievance.submission.category;
}
