import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, createStore } from '@assay/storage';
import { createPostgresDatabase, hasPostgres } from '@assay/storage/test-support';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured } from '../test-support/run-captured.js';

const root = mkdtempSync(join(tmpdir(), 'assay-cli-maintenance-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const old = (path: string) => {
  const then = new Date(Date.now() - 2 * 60 * 60_000);
  utimesSync(path, then, then);
};

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe.skipIf(dialect === 'postgres' && !hasPostgres())(`assay maintenance cleanup [${dialect}]`, () => {
    it('removes what a crash left in every organisation and prints the counts', async () => {
      const dataDir = join(root, dialect);
      const url = dialect === 'sqlite' ? `sqlite:${join(root, 'assay.db')}` : await createPostgresDatabase();
      const store = createStore(createDatabase(url));
      await store.migrate();
      const ids: string[] = [];
      for (const slug of ['one', 'two'])
        ids.push((await store.organisations.create({ slug, name: slug, kind: 'company' })).id);
      await store.close();
      for (const id of ids) {
        const folder = join(dataDir, 'submissions', id);
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, `${'a'.repeat(64)}.0f0f0f.tmp`), 'half');
        writeFileSync(join(folder, 'b'.repeat(64)), 'no row');
        for (const name of readdirSync(folder)) old(join(folder, name));
      }
      process.env.ASSAY_DATABASE_URL = url;
      process.env.ASSAY_DATA_DIR = dataDir;
      try {
        const result = await runCaptured('maintenance', 'cleanup', '--json');
        expect(result.code).toBe(0);
        expect(JSON.parse(result.out)).toEqual({
          organisations: 2,
          submissionsRemoved: 4,
          importsRemoved: 0,
          attachmentsAdopted: 0,
          attachmentsRemoved: 0,
          failures: 0,
        });
        for (const id of ids) expect(readdirSync(join(dataDir, 'submissions', id))).toEqual([]);
        const again = await runCaptured('maintenance', 'cleanup');
        expect(again.out).toMatch(/^submissionsRemoved\s+0$/m);
      } finally {
        delete process.env.ASSAY_DATA_DIR;
        delete process.env.ASSAY_DATABASE_URL;
      }
    });
  });
}
