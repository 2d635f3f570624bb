/**
 * Table types, one per table. Column types are what the application sees after the storage
 * layer has smoothed over dialect differences (see ./columns.ts):
 * ids are text (UUIDs made by the application), timestamps are ISO-8601 text in UTC,
 * booleans are stored as integers 0/1 on both dialects, JSON is stored as text.
 */
import type { ColumnType, Generated } from 'kysely';

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

export type Database = {
  suppliers: SuppliersTable;
  organisations: OrganisationsTable;
  branch_members: BranchMembersTable;
  users: UsersTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
};
