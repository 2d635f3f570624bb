/**
 * Table types, one per table. Column types are what the application sees after the storage
 * layer has smoothed over dialect differences (see ./columns.ts):
 * ids are text (UUIDs made by the application), timestamps are ISO-8601 text in UTC,
 * booleans are stored as integers 0/1 on both dialects, JSON is stored as text.
 */
import type { ColumnType, Generated } from 'kysely';
import type { CmrTables } from './cmr.schema.js';
import type { SupplyChainTables } from './supply-chain.schema.js';

export type OrganisationKind = 'company' | 'branch';

import type { Role } from '@assay/core';

export type { Role };

export type OrganisationsTable = {
  id: string;
  slug: string;
  name: string;
  kind: OrganisationKind;
  is_demo: number;
  created_at: string;
};

export type BranchMembersTable = {
  branch_id: string;
  member_id: string;
  created_at: string;
};

export type UsersTable = {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  locale: string | null;
  created_at: string;
  password_changed_at: string;
};

export type MembershipsTable = {
  organisation_id: string;
  user_id: string;
  role: Role;
  created_at: string;
};

export type InvitationsTable = {
  id: string;
  organisation_id: string;
  email: string;
  role: Role;
  token_hash: string;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
};

export type SessionsTable = {
  id_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
};

export type AuditLogTable = {
  seq: Generated<number>;
  id: string;
  organisation_id: string | null;
  actor_user_id: string | null;
  actor_label: string;
  at: string;
  entity: string;
  entity_id: string | null;
  action: string;
  summary: ColumnType<string, string, never>;
};

export type SuppliersTable = {
  id: string;
  organisation_id: string;
  name: string;
  country: string | null;
  /** JSON array of material names. */
  materials: string;
  tier: number;
  recycled: number;
  created_at: string;
  updated_at: string;
};

export type GrievanceCasesTable = {
  id: string;
  organisation_id: string;
  case_number: string;
  /** Slug of the channel (organisation or branch organisation) that received the report. */
  channel: string;
  /** argon2id hash of the reporter's passphrase; the passphrase itself is never stored. */
  secret_hash: string;
  status: string;
  /** The current (possibly triaged) category; the reporter's own choice stays in `submission`. */
  category: string;
  /** JSON of the validated submission, without the contact address. */
  submission: string;
  /** Given only with consent; never logged, never in the audit log. */
  contact_email: string | null;
  received_at: string;
  acknowledged_at: string | null;
  investigation_started_at: string | null;
  closed_at: string | null;
  /** JSON `CaseOutcome`. */
  outcome: string | null;
  /** JSON `RemedyPlan`. */
  remedy_plan: string | null;
  /** JSON `RemedyRecord`. */
  remedy_record: string | null;
  assignee_id: string | null;
  /** JSON `StatusChange[]`. */
  history: string;
  /** JSON `CaseLink[]`: the seam for links to risk-register entries and actions. */
  links: string;
  updated_at: string;
};

export type GrievanceMessagesTable = {
  id: string;
  case_id: string;
  visibility: 'reporter' | 'internal';
  author: 'reporter' | 'officer';
  officer_id: string | null;
  body: string;
  at: string;
};

export type GrievanceAttachmentsTable = {
  id: string;
  case_id: string;
  message_id: string | null;
  type: 'pdf' | 'png' | 'jpeg' | 'text';
  media_type: string;
  size: number;
  /** Random file name under `<dataDir>/grievances/<case id>/`. */
  storage_name: string;
  created_at: string;
};

export type GrievanceSettingsTable = {
  organisation_id: string;
  acknowledge_within_days: number;
  follow_up_within_days: number;
  retention_days: number;
  updated_at: string;
};

/** The company profile of issue #6: validated `companyProfileSchema` JSON, one per organisation. */
export type DdProfilesTable = {
  organisation_id: string;
  profile: string;
  updated_at: string;
};

/** One maturity self-assessment per organisation and year; answers as JSON with the questionnaire version. */
export type DdAssessmentsTable = {
  id: string;
  organisation_id: string;
  year: number;
  questionnaire_version: string;
  /** JSON array of `{ questionId, level, evidence, answeredOn }`. */
  answers: string;
  created_at: string;
  updated_at: string;
};

/** Improvement goals; `goal_key` is stable per question (`goal:<questionId>`). */
export type DdGoalsTable = {
  id: string;
  organisation_id: string;
  goal_key: string;
  question_id: string;
  step: number;
  rank: number;
  /** JSON `{ en, nl }`. */
  specific: string;
  /** JSON `{ en, nl }`. */
  measure: string;
  owner_role: string;
  owner_name: string | null;
  deadline: string;
  status: string;
  created_at: string;
  updated_at: string;
};

/** Policy versions: section edits as JSON; a version with `approved_on` is frozen. */
export type DdPoliciesTable = {
  id: string;
  organisation_id: string;
  version: number;
  /** JSON record of section edits (`policySectionOverrideSchema`). */
  sections: string;
  approved_on: string | null;
  approved_by: string | null;
  created_at: string;
  updated_at: string;
};

/** The risk register: drawn from the risk model or entered by the company, assessed the OECD way. */
export type DdRisksTable = {
  id: string;
  organisation_id: string;
  source: string;
  title: string;
  description: string | null;
  material_id: string | null;
  country: string | null;
  theme: string;
  supplier_id: string | null;
  model_score: number | null;
  scale: number;
  scope: number;
  irremediability: number;
  likelihood: number;
  status: string;
  owner_name: string | null;
  created_at: string;
  updated_at: string;
};

/** Actions of the action plans (prevent, mitigate, cease, remediate). */
export type DdActionsTable = {
  id: string;
  organisation_id: string;
  risk_id: string | null;
  type: string;
  title: string;
  description: string | null;
  owner_role: string;
  owner_name: string | null;
  evidence: string | null;
  created_on: string;
  due_date: string;
  status: string;
  completed_on: string | null;
  /** JSON array of status changes. */
  history: string;
  updated_at: string;
};

/** Escalation decisions and effectiveness reviews, as validated core documents in JSON. */
export type DdRecordsTable = {
  id: string;
  organisation_id: string;
  kind: string;
  risk_id: string | null;
  data: string;
  recorded_on: string;
  created_at: string;
};

/**
 * The counts of the throttles (sign-in, the public grievance channel) per hashed key. Keys are
 * SHA-256 hashes of a namespaced key (`sign-in:pair:…`, `report:client:…`): no address, e-mail
 * address or case number is stored.
 */
export type ThrottleCountsTable = {
  key_hash: string;
  count: number;
  /** The latest counted event (the public channel's counts: cut to the hour). */
  last_at: string;
  /** When the row may be removed: its window has passed. */
  expires_at: string;
};

/** Random keys shared by every app instance on the database, by name. */
export type ServerSecretsTable = {
  name: string;
  /** Base64url. */
  value: string;
  created_at: string;
};

export type Database = SupplyChainTables &
  CmrTables & {
    grievance_cases: GrievanceCasesTable;
    grievance_messages: GrievanceMessagesTable;
    grievance_attachments: GrievanceAttachmentsTable;
    grievance_settings: GrievanceSettingsTable;
    suppliers: SuppliersTable;
    organisations: OrganisationsTable;
    branch_members: BranchMembersTable;
    users: UsersTable;
    memberships: MembershipsTable;
    invitations: InvitationsTable;
    sessions: SessionsTable;
    throttle_counts: ThrottleCountsTable;
    server_secrets: ServerSecretsTable;
    audit_log: AuditLogTable;
    dd_profiles: DdProfilesTable;
    dd_assessments: DdAssessmentsTable;
    dd_goals: DdGoalsTable;
    dd_policies: DdPoliciesTable;
    dd_risks: DdRisksTable;
    dd_actions: DdActionsTable;
    dd_records: DdRecordsTable;
  };
