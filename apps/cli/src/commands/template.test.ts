import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTemplate } from '@assay/core';
import { REPO_ROOT, sharedPath } from '@assay/core/test-support';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs, globToRegExp } from '../templates/expand-inputs.js';
import { runCaptured } from '../test-support/run-captured.js';

const samples = sharedPath('rmi-templates');
const dir = mkdtempSync(join(tmpdir(), 'assay-template-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = runCaptured;

describe('glob expansion', () => {
  it.each([
    ['/a/*.xlsx', '/a/x.xlsx', true],
    ['/a/*.xlsx', '/a/b/x.xlsx', false],
    ['/a/**/*.xlsx', '/a/b/c/x.xlsx', true],
    ['/a/**/*.xlsx', '/a/x.xlsx', true],
    ['/a/CMRT-?.xlsx', '/a/CMRT-6.xlsx', true],
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });

  it('names an input that does not exist', () => {
    expect(() => expandInputs([join(dir, 'nope.xlsx')])).toThrow(/does not exist/);
  });
});

describe.skipIf(!samples)('assay template on the shared samples', () => {
  const real = samples ? join(samples, 'real-filled', 'CMRT-6.4_filled_JX-Advanced-Metals.xlsx') : '';
  const blank = samples ? join(samples, 'CMRT-6.4_blank_en_mineral-system.xlsx') : '';

  it('reads a real CMRT into the documented JSON keys', async () => {
    const { code, out } = await run('template', 'read', real, '--json');
    expect(code).toBeLessThanOrEqual(1);
    const model = JSON.parse(out);
    expect(model.family).toBe('CMRT');
    expect(model.version).toBe('6.4');
    expect(typeof model.company.name).toBe('string');
    expect(Array.isArray(model.minerals)).toBe(true);
    expect(model.minerals[0]).toHaveProperty('inScope');
    expect(model.smelters.length).toBeGreaterThan(0);
    expect(model.smelters[0]).toHaveProperty('smelterId');
    expect(Array.isArray(model.findings)).toBe(true);
  });

  it('checks a folder and a pattern, with a summary, and exits 2 when a file cannot be read', async () => {
    const folder = await run('template', 'check', join(samples ?? '', 'legacy-and-negative'));
    expect(folder.code).toBe(2);
    expect(folder.out).toContain('UNREADABLE');
    expect(folder.out).not.toMatch(/\bat .*\.(ts|js):\d+/);
    const pattern = await run('template', 'check', join(samples ?? '', 'EMRT-2.*.xlsx'), '--json');
    const results = JSON.parse(pattern.out);
    expect(results.map((r: { version: string }) => r.version).sort()).toEqual(['2.0', '2.1']);
    expect([0, 1]).toContain(pattern.code);
    // Every finding carries the fix text to send to the supplier, not only the message.
    const findings = results.flatMap((r: { findings: { fix: string }[] }) => r.findings);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f.fix).toMatch(/^Please |^No action/);
  });

  it('fills an official blank from a read model, and the result reads back the same', async () => {
    const read = await run('template', 'read', real, '--json');
    const data = join(dir, 'model.json');
    writeFileSync(data, read.out);
    const out = join(dir, 'filled.xlsx');
    const filled = await run('template', 'fill', '--template', blank, '--data', data, '--out', out, '--json');
    expect(filled.code).toBe(0);
    const original = readTemplate(readFileSync(real)).declaration;
    const back = readTemplate(readFileSync(out)).declaration;
    expect(back?.company.name).toBe(original?.company.name);
    expect(back?.smelters.length).toBe(original?.smelters.length);
  });

  it('refuses a data file that is not a declaration, naming the fields', async () => {
    const data = join(dir, 'bad.json');
    writeFileSync(data, JSON.stringify({ family: 'XYZ' }));
    const result = await run('template', 'fill', '--template', blank, '--data', data, '--out', join(dir, 'x.xlsx'));
    expect(result.code).toBe(2);
    expect(result.err).toContain('family');
  });

  // The worker pool runs from compiled JavaScript only; CI builds before it tests.
  const built = join(REPO_ROOT, 'apps', 'cli', 'dist', 'main.js');
  const hasBuild = existsSync(join(REPO_ROOT, 'apps', 'cli', 'dist', 'templates', 'check-worker.js'));
  if (!hasBuild) console.warn('skipped: worker-thread check (run `npm run build` first)');
  it.skipIf(!hasBuild)('checks many files on worker threads through the built command', () => {
    const result = spawnSync(
      process.execPath,
      [built, 'template', 'check', samples ?? '', '--json', '--workers', '2'],
      {
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect([1, 2]).toContain(result.status);
    const results = JSON.parse(result.stdout) as { file: string; family?: string; status: string }[];
    expect(results.length).toBeGreaterThanOrEqual(20);
    expect(results.filter((r) => r.file.includes('blank')).every((r) => r.family)).toBe(true);
    expect(result.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });
});
