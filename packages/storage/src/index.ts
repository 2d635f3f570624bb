export { type BackupResult, backupDatabase } from './backup.js';
export { type Dialect, fromFlag, fromJson, isoNow, newId, toCount, toFlag, toJson } from './columns.js';
export { type AssayDatabase, createDatabase, type DatabaseTarget, parseDatabaseUrl } from './create-database.js';
export { type MigrationReport, migrateToLatest } from './migrations/index.js';
export type { PlanAction } from './repositories/actions.repository.js';
export type { StoredAssessment } from './repositories/assessments.repository.js';
export type { Actor, AuditEntry, AuditEntryInput } from './repositories/audit.repository.js';
export type { StoredCmrCheck } from './repositories/cmr-checks.repository.js';
export {
  GOAL_STATUSES,
  type Goal,
  type GoalEdit,
  type GoalStatus,
  type ProposedGoalFields,
} from './repositories/goals.repository.js';
export type {
  GrievanceAttachmentFile,
  GrievanceCaseSummary,
  NewGrievanceAttachment,
  NewGrievanceCase,
  NewGrievanceMessage,
  StoredGrievance,
} from './repositories/grievances.repository.js';
export type { Invitation } from './repositories/invitations.repository.js';
export type { Member } from './repositories/memberships.repository.js';
export type { NewOrganisation, Organisation } from './repositories/organisations.repository.js';
export type { PolicyVersion } from './repositories/policies.repository.js';
export type { StoredProfile } from './repositories/profiles.repository.js';
export type { DdRecord, RecordKind } from './repositories/records.repository.js';
export {
  type RegisterRisk,
  RISK_SOURCES,
  RISK_STATUSES,
  type RiskEdit,
  type RiskFields,
  type RiskStatus,
} from './repositories/risks.repository.js';
export type { Session } from './repositories/sessions.repository.js';
export type { NewSmelterReport, ReportCandidate, SmelterReport } from './repositories/smelter-reports.repository.js';
export type { StoredSmelter } from './repositories/smelters.repository.js';
export type { NewSubmission, StoredSubmission, SubmissionSummary } from './repositories/submissions.repository.js';
export { EMPTY_PROFILE, type SupplierProfile } from './repositories/supplier-profiles.repository.js';
export type { Supplier, SupplierFields } from './repositories/suppliers.repository.js';
export type { StoredThrottleCount, ThrottleEvent } from './repositories/throttle-counts.repository.js';
export { normaliseEmail, type User, type UserWithSecret, withoutSecret } from './repositories/users.repository.js';
export type { Database, OrganisationKind, Role } from './schema.js';
export { createStore, type Repositories, type Store } from './store.js';
