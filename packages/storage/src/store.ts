import type { Kysely } from 'kysely';
import type { AssayDatabase } from './create-database.js';
import { migrateToLatest } from './migrations/index.js';
import { actionsRepository } from './repositories/actions.repository.js';
import { assessmentsRepository } from './repositories/assessments.repository.js';
import { auditRepository } from './repositories/audit.repository.js';
import { cmrChecksRepository } from './repositories/cmr-checks.repository.js';
import { goalsRepository } from './repositories/goals.repository.js';
import { grievancesRepository } from './repositories/grievances.repository.js';
import { invitationsRepository } from './repositories/invitations.repository.js';
import { membershipsRepository } from './repositories/memberships.repository.js';
import { organisationsRepository } from './repositories/organisations.repository.js';
import { ownDeclarationsRepository } from './repositories/own-declarations.repository.js';
import { policiesRepository } from './repositories/policies.repository.js';
import { profilesRepository } from './repositories/profiles.repository.js';
import { recordsRepository } from './repositories/records.repository.js';
import { risksRepository } from './repositories/risks.repository.js';
import { serverSecretsRepository } from './repositories/server-secrets.repository.js';
import { sessionsRepository } from './repositories/sessions.repository.js';
import { smelterAliasesRepository } from './repositories/smelter-aliases.repository.js';
import { smelterReportsRepository } from './repositories/smelter-reports.repository.js';
import { smeltersRepository } from './repositories/smelters.repository.js';
import { submissionsRepository } from './repositories/submissions.repository.js';
import { supplierProfilesRepository } from './repositories/supplier-profiles.repository.js';
import { suppliersRepository } from './repositories/suppliers.repository.js';
import { throttleCountsRepository } from './repositories/throttle-counts.repository.js';
import { usersRepository } from './repositories/users.repository.js';
import type { Database } from './schema.js';

function repositories(db: Kysely<Database>) {
  return {
    organisations: organisationsRepository(db),
    users: usersRepository(db),
    memberships: membershipsRepository(db),
    invitations: invitationsRepository(db),
    sessions: sessionsRepository(db),
    throttleCounts: throttleCountsRepository(db),
    serverSecrets: serverSecretsRepository(db),
    audit: auditRepository(db),
    suppliers: suppliersRepository(db),
    supplierProfiles: supplierProfilesRepository(db),
    submissions: submissionsRepository(db),
    smelters: smeltersRepository(db),
    smelterReports: smelterReportsRepository(db),
    smelterAliases: smelterAliasesRepository(db),
    ownDeclarations: ownDeclarationsRepository(db),
    cmrChecks: cmrChecksRepository(db),
    grievances: grievancesRepository(db),
    profiles: profilesRepository(db),
    assessments: assessmentsRepository(db),
    goals: goalsRepository(db),
    policies: policiesRepository(db),
    riskRegister: risksRepository(db),
    actions: actionsRepository(db),
    ddRecords: recordsRepository(db),
  };
}

/** Every repository, bound to one connection or transaction. */
export type Repositories = ReturnType<typeof repositories>;

/** The storage facade the use cases receive: the repositories plus transactions. */
export type Store = Repositories & {
  readonly dialect: AssayDatabase['dialect'];
  /** Runs `work` in one transaction: all of it is written, or none of it. */
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T>;
  migrate(): Promise<{ applied: string[]; total: number }>;
  /** The raw Kysely instance, for tests and maintenance commands only. */
  readonly kysely: Kysely<Database>;
  close(): Promise<void>;
};

/** Wraps an open database in the repositories. */
export function createStore(database: AssayDatabase): Store {
  const { db, dialect } = database;
  return {
    ...repositories(db),
    dialect,
    kysely: db,
    transaction: (work) => db.transaction().execute((trx) => work(repositories(trx))),
    migrate: () => migrateToLatest(db, dialect),
    close: () => database.close(),
  };
}
