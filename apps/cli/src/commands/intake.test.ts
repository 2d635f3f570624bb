import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDatabase, createStore } from '@assay/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, sharedPath } from '../../../../packages/core/src/test-support/shared-files.js';

const dir = sharedPath('rmi-templates');

function runIntake(
  env: Record<string, string>,
  args: string[],
): { child: ChildProcess; done: Promise<{ code: number | null; out: string }> } {
  const child = spawn(
    process.execPath,
    [resolve(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'apps/cli/src/main.ts', 'intake', ...args],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env, ASSAY_LOG_LEVEL: 'silent' },
    },
  );
  let out = '';
  child.stdout?.on('data', (d) => {
    out += String(d);
  });
  const done = new Promise<{ code: number | null; out: string }>((ok) => child.on('exit', (code) => ok({ code, out })));
  return { child, done };
}

describe.skipIf(!dir)('assay intake FOLDER --org SLUG', () => {
  const root = mkdtempSync(join(tmpdir(), 'assay-intake-'));
  const env = { ASSAY_DATABASE_URL: `sqlite:${join(root, 'assay.db')}`, ASSAY_DATA_DIR: root };
  let orgId = '';
  // The body is collected even when the suite is skipped, so nothing here may touch ../shared without it.
  const folder = dir ?? '';
  const total = dir
    ? readdirSync(folder, { recursive: true }).filter((f) => /\.(xlsx|xlsm|xls)$/i.test(String(f))).length
    : 0;

  beforeAll(async () => {
    const store = createStore(createDatabase(env.ASSAY_DATABASE_URL));
    await store.migrate();
    orgId = (await store.organisations.create({ slug: 'acme', name: 'Acme', kind: 'company' })).id;
    await store.close();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const recorded = async () => {
    const store = createStore(createDatabase(env.ASSAY_DATABASE_URL));
    try {
      return await store.submissions.list(orgId);
    } finally {
      await store.close();
    }
  };
  const assertEveryRowHasItsFile = (rows: { sha256: string }[]) => {
    for (const row of rows) {
      const path = join(root, 'submissions', orgId, row.sha256);
      expect(existsSync(path), row.sha256).toBe(true);
      expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(row.sha256);
    }
  };

  it('leaves no half-recorded file when killed mid-way, and completes when run again', async () => {
    const first = runIntake(env, [folder, '--org', 'acme', '--json']);
    const folderOfOrg = join(root, 'submissions', orgId);
    await expect
      .poll(() => (existsSync(folderOfOrg) ? readdirSync(folderOfOrg).length : 0), { timeout: 60_000, interval: 20 })
      .toBeGreaterThanOrEqual(3);
    first.child.kill('SIGKILL');
    await first.done;
    const partial = await recorded();
    expect(partial.length).toBeLessThan(total);
    assertEveryRowHasItsFile(partial);

    const second = runIntake(env, [folder, '--org', 'acme', '--json']);
    const { out } = await second.done;
    const lines = JSON.parse(out) as { file: string; status: string; family: string | null; errors: number }[];
    expect(lines).toHaveLength(total);
    for (const line of lines)
      expect(Object.keys(line)).toEqual(
        expect.arrayContaining(['file', 'supplier', 'family', 'version', 'status', 'errors', 'warnings']),
      );
    const all = await recorded();
    expect(all).toHaveLength(total);
    assertEveryRowHasItsFile(all);
    console.log(`intake: killed after ${partial.length} of ${total} files; the second run recorded the rest`);
  }, 180_000);
});
