/**
 * Test-only: the dialect loop. `forEachDialect` runs a suite once on SQLite and once on
 * PostgreSQL, each test file on a fresh database.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { createDatabase } from '../create-database.js';
import { createStore, type Store } from '../store.js';
import './provided-context.js';

export type DialectName = 'sqlite' | 'postgres';

/** Opens a fresh, migrated store on the given dialect. */
export async function openTestStore(dialect: DialectName): Promise<Store> {
  if (dialect === 'sqlite') {
    const store = createStore(createDatabase('sqlite::memory:'));
    await store.migrate();
    return store;
  }
  const url = await createPostgresDatabase();
  const store = createStore(createDatabase(url));
  await store.migrate();
  return store;
}

/** Creates an empty database on the test server and returns its URL. */
export async function createPostgresDatabase(): Promise<string> {
  const admin = inject('pgAdminUrl');
  if (!admin) throw new Error('No PostgreSQL available for tests.');
  const name = `assay_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

/** True when a PostgreSQL server is available to this run. */
export function hasPostgres(): boolean {
  return inject('pgAdminUrl') !== '';
}

/**
 * Declares `suite` once per dialect. The callback receives a getter for the store of that dialect
 * (opened before the suite, closed after it).
 */
export function forEachDialect(title: string, suite: (store: () => Store, dialect: DialectName) => void): void {
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const available = dialect === 'sqlite' || hasPostgres();
    if (!available) console.warn(`skipped: ${title} on postgres (no PostgreSQL available)`);
    describe.skipIf(!available)(`${title} [${dialect}]`, () => {
      let store: Store | undefined;
      beforeAll(async () => {
        store = await openTestStore(dialect);
        console.log(`${title}: running on ${dialect}`);
      });
      afterAll(async () => {
        await store?.close();
      });
      suite(() => {
        if (!store) throw new Error('store not open');
        return store;
      }, dialect);
    });
  }
}
