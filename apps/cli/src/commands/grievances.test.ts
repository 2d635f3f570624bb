import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { Io } from '../output.js';
import { runCli } from '../program.js';

const work = mkdtempSync(join(tmpdir(), 'assay-grievances-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('purges expired grievance cases and reports how many it deleted', async () => {
  const out: string[] = [];
  const io: Io = { out: (text) => out.push(text), err: (text) => out.push(text), isTty: false };
  const previous = { ...process.env };
  process.env.ASSAY_DATABASE_URL = `sqlite:${join(work, 'assay.db')}`;
  process.env.ASSAY_DATA_DIR = work;
  try {
    expect(await runCli(['grievances', 'purge', '--json'], io)).toBe(0);
  } finally {
    process.env = previous;
  }
  expect(JSON.parse(out.join(''))).toEqual({ deleted: 0 });
});
