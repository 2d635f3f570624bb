import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, createStore } from '@assay/storage';
import { afterAll, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { createLogger } from './http/logger.js';
import { startServer } from './start-server.js';

const root = mkdtempSync(join(tmpdir(), 'assay-start-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

it('cleans up what a crash left in every organisation before it serves, and logs counts only', async () => {
  const databaseUrl = `sqlite:${join(root, 'assay.db')}`;
  const store = createStore(createDatabase(databaseUrl));
  await store.migrate();
  const ids = [
    (await store.organisations.create({ slug: 'first', name: 'First', kind: 'company' })).id,
    (await store.organisations.create({ slug: 'second', name: 'Second', kind: 'company' })).id,
  ];
  await store.close();
  const then = new Date(Date.now() - 60 * 60_000);
  for (const id of ids) {
    const folder = join(root, 'submissions', id);
    mkdirSync(folder, { recursive: true });
    for (const name of [`${'c'.repeat(64)}.123456.tmp`, 'd'.repeat(64)]) {
      writeFileSync(join(folder, name), 'left by a crash');
      utimesSync(join(folder, name), then, then);
    }
  }
  const logs: string[] = [];
  const config = loadConfig({
    ASSAY_DATABASE_URL: databaseUrl,
    ASSAY_DATA_DIR: root,
    PORT: String(await freePort()),
    ASSAY_HOST: '127.0.0.1',
  });
  const server = await startServer(
    config,
    createLogger('info', (line) => logs.push(line)),
  );
  try {
    for (const id of ids) expect(readdirSync(join(root, 'submissions', id))).toEqual([]);
    const line = logs.map((l) => JSON.parse(l)).find((l) => l.msg === 'housekeeping');
    expect(line).toMatchObject({ when: 'start-up', organisations: 2, submissionsRemoved: 4, failures: 0 });
    for (const id of ids) expect(logs.join('\n')).not.toContain(id);
  } finally {
    await server.close();
  }
});
