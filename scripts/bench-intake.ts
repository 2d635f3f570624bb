/**
 * `npm run bench:intake` (issue #14.8): 300 distinct synthetic CMRTs of three versions whose
 * look-up lists overlap, uploaded 8 at a time through the intake use case, on PostgreSQL (a
 * throwaway database on ASSAY_TEST_PG_URL, or ASSAY_BENCH_PG_URL) and on an SQLite file. Target:
 * 300 stored, 0 errors, every register entry naming every version that lists it. Exits 1 otherwise.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, createStore, type Store } from '@assay/storage';
import pg from 'pg';
import {
  organisationWithOwner,
  PARALLEL_VERSIONS,
  parallelIntake,
} from '../packages/services/src/test-support/parallel-intake.js';

const FILES = 300;
const UPLOADERS = 8;

async function run(label: string, store: Store, dir: string): Promise<boolean> {
  await store.migrate();
  const { ctx, actor } = await organisationWithOwner(store);
  const result = await parallelIntake(ctx, actor, { uploaders: UPLOADERS, files: FILES, root: dir });
  const stored = (await store.submissions.hashes(actor.organisationId)).size;
  const register = await store.smelters.list(actor.organisationId);
  const sourcesRight = register.every((e) => {
    const n = Number(e.smelterId.slice(4));
    const expected = PARALLEL_VERSIONS.filter((v) => n >= v.from && n < v.to).map((v) => `CMRT ${v.version}`);
    return [...e.sources].sort().join('|') === expected.sort().join('|');
  });
  const errors = new Map<string, number>();
  for (const e of result.errors) {
    const message = e instanceof Error ? e.message : String(e);
    errors.set(message, (errors.get(message) ?? 0) + 1);
  }
  console.log(
    `${UPLOADERS} parallel uploads of ${FILES} files on ${label}: ${stored} stored, ${result.errors.length} errors, ` +
      `register ${register.length} entries (${sourcesRight ? 'every source recorded' : 'SOURCES LOST'}), ` +
      `${(result.ms / 1000).toFixed(1)} s (${(FILES / (result.ms / 1000)).toFixed(0)} files/s)`,
  );
  for (const [message, count] of errors) console.log(`  ${count} × ${message}`);
  return stored === FILES && result.errors.length === 0 && register.length === 60 && sourcesRight;
}

const dir = mkdtempSync(join(tmpdir(), 'assay-bench-intake-'));
let ok = true;
try {
  const admin = process.env.ASSAY_BENCH_PG_URL ?? process.env.ASSAY_TEST_PG_URL;
  if (!admin) console.log('PostgreSQL skipped: set ASSAY_TEST_PG_URL (an admin URL; a throwaway database is made).');
  else {
    const name = `assay_bench_${process.pid}_${Date.now()}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`create database ${name}`);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    const store = createStore(createDatabase(url.toString()));
    try {
      ok = (await run('PostgreSQL', store, join(dir, 'pg'))) && ok;
    } finally {
      await store.close();
      await client.query(`drop database ${name}`);
      await client.end();
    }
  }
  const sqlite = createStore(createDatabase(`sqlite:${join(dir, 'assay.db')}`));
  try {
    ok = (await run('SQLite', sqlite, join(dir, 'sqlite'))) && ok;
  } finally {
    await sqlite.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
