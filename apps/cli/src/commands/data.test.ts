import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCaptured } from '../test-support/run-captured.js';

const source = resolve(import.meta.dirname, '../../../../packages/reference-data');
const work = mkdtempSync(join(tmpdir(), 'assay-data-'));
const copy = join(work, 'packages/reference-data');
const dataDir = join(copy, 'data');

const current = readFileSync(join(source, 'data/ti-cpi/2025.csv'), 'utf8');
// A newer edition: Albania's 2025 score 39 → 40 (the row is keyed by ISO3).
const good = current.replace('Albania,ALB,ECA,39,', 'Albania,ALB,ECA,40,');
// A corrupted one: a score that is not a number, and a duplicated country.
const lines = current.split('\n');
const corrupted = [...lines.slice(0, 4), lines[3], ...lines.slice(4)]
  .join('\n')
  .replace('Albania,ALB,ECA,39,', 'Albania,ALB,ECA,3x9,');

let server: Server;
let base = '';

/** Every file of the data folder with its bytes, to prove nothing changed. */
function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(path, readFileSync(path).toString('base64'));
    }
  };
  walk(dataDir);
  return files;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const body = req.url === '/cpi-2026.csv' ? good : req.url === '/corrupted.csv' ? corrupted : undefined;
    if (body === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(work, { recursive: true, force: true });
  delete process.env.ASSAY_REFERENCE_DATA_DIR;
});
beforeEach(() => {
  rmSync(copy, { recursive: true, force: true });
  cpSync(join(source, 'data'), dataDir, { recursive: true });
  cpSync(join(source, 'scripts'), join(copy, 'scripts'), { recursive: true });
  process.env.ASSAY_REFERENCE_DATA_DIR = dataDir;
});

describe('assay data update', () => {
  it('leaves every file byte-identical when the new edition is corrupted, and says why', async () => {
    const before = snapshot();
    const result = await runCaptured(
      'data',
      'update',
      'ti-cpi',
      '--from',
      `${base}/corrupted.csv`,
      '--edition',
      'CPI 2026',
    );
    expect(result.code).toBe(2);
    expect(result.err).toContain('The new edition of ti-cpi is not valid');
    expect(result.err).toContain('the current data ("CPI 2025 (released 10 Feb 2026)") is unchanged');
    expect(result.err).toContain('CPI 2025 score: "3x9" does not match');
    expect(result.err).toContain('duplicate key SGP');
    expect(snapshot()).toEqual(before);
  });

  it('loads a valid edition over http, prints the diff, then writes it so the build step accepts it', async () => {
    const result = await runCaptured(
      'data',
      'update',
      'ti-cpi',
      '--from',
      `${base}/cpi-2026.csv`,
      '--edition',
      'CPI 2026',
      '--retrieved',
      '2026-12-01',
    );
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('changed: 1');
    expect(result.out).toContain('ALB: CPI 2025 score "39" → "40"');
    expect(readFileSync(join(dataDir, 'ti-cpi/cpi-2026.csv'), 'utf8')).toBe(good);
    const spec = JSON.parse(readFileSync(join(dataDir, 'ti-cpi/dataset.json'), 'utf8'));
    expect(spec).toMatchObject({ file: 'cpi-2026.csv', edition: 'CPI 2026', retrieved: '2026-12-01' });
    const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8'));
    expect(manifest['ti-cpi/2025.csv']).toBeUndefined();
    expect(manifest['ti-cpi/cpi-2026.csv']).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(join(dataDir, 'ti-cpi/SOURCE.md'), 'utf8')).toContain(manifest['ti-cpi/cpi-2026.csv']);
    expect(readdirSync(join(dataDir, 'ti-cpi')).filter((f) => f.includes('.tmp'))).toEqual([]);
    // The real build step validates the updated copy (checksums, SOURCE.md, rules) and generates from it.
    const build = spawnSync(process.execPath, [join(copy, 'scripts/build.mjs')], { encoding: 'utf8' });
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
  });

  it('reads a local file, and --dry-run writes nothing', async () => {
    const file = join(work, '2026.csv');
    writeFileSync(file, good);
    const before = snapshot();
    const result = await runCaptured('data', 'update', 'ti-cpi', '--from', file, '--dry-run', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({
      valid: true,
      written: false,
      next: { file: '2026.csv', edition: '2026' },
    });
    expect(snapshot()).toEqual(before);
  });

  it.each([
    [['no-such-dataset', '--from', 'x.csv'], 2, 'Unknown dataset "no-such-dataset"'],
    [['ti-cpi', '--from', '/nonexistent/file.csv'], 2, 'Cannot read the new edition'],
    [['ti-cpi', '--from', 'ftp://example.org/x.csv'], 2, 'Only http(s) addresses and local files'],
  ])('refuses %j with a clear message, touching nothing', async (args, code, message) => {
    const before = snapshot();
    const result = await runCaptured('data', 'update', ...(args as string[]));
    expect(result.code).toBe(code);
    expect(result.err).toContain(message);
    expect(snapshot()).toEqual(before);
  });

  it('says so when the download fails', async () => {
    const result = await runCaptured('data', 'update', 'ti-cpi', '--from', `${base}/missing.csv`);
    expect(result.code).toBe(69);
    expect(result.err).toContain('the server answered HTTP 404');
  });

  it('without --from, shows the current edition', async () => {
    const result = await runCaptured('data', 'update', 'wb-wgi');
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      'current edition "2025 Revision (estimates for 2023 and 2024; DataBank export of 19 Mar 2026)"',
    );
  });
});
