import { AppError } from '@assay/core';
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Dialect } from '../columns.js';
import type { Database } from '../schema.js';
import { accountsMigration } from './0001-accounts.js';
import { suppliersMigration } from './0002-suppliers.js';
import { grievancesMigration } from './0003-grievances.js';
import { dueDiligenceMigration } from './0004-due-diligence.js';
import { supplyChainMigration } from './0005-supply-chain.js';
import { ownDeclarationFamilyMigration } from './0006-own-declaration-family.js';
import { cmrChecksMigration } from './0007-cmr-checks.js';
import { signInFailuresMigration } from './0008-sign-in-failures.js';
import { throttleCountsMigration } from './0009-throttle-counts.js';

/** Every migration, in order. Names are stable: they are recorded in the database. */
function allMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0001-accounts': accountsMigration(dialect),
    '0002-suppliers': suppliersMigration(),
    '0003-grievances': grievancesMigration(),
    '0004-due-diligence': dueDiligenceMigration(),
    '0005-supply-chain': supplyChainMigration(),
    '0006-own-declaration-family': ownDeclarationFamilyMigration(),
    '0007-cmr-checks': cmrChecksMigration(),
    '0008-sign-in-failures': signInFailuresMigration(),
    '0009-throttle-counts': throttleCountsMigration(),
  };
}

class InCodeProvider implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return allMigrations(this.dialect);
  }
}

/** The outcome of {@link migrateToLatest}: the names of the migrations applied now. */
export type MigrationReport = { applied: string[]; total: number };

/** Brings the schema up to date. Each migration runs in its own transaction. */
export async function migrateToLatest(db: Kysely<Database>, dialect: Dialect): Promise<MigrationReport> {
  const migrator = new Migrator({ db, provider: new InCodeProvider(dialect) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new AppError(
      'unavailable',
      `Database migration ${failed} failed; nothing of it was applied.`,
      {
        hint: 'Check the database connection and permissions, then run `assay migrate` again.',
      },
      { cause: error },
    );
  }
  const applied = (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  return { applied, total: Object.keys(allMigrations(dialect)).length };
}
