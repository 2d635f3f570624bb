import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPostgresDatabase, hasPostgres } from '@assay/storage/test-support';
import Database from 'better-sqlite3';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { runCaptured } from './test-support/run-captured.js';

const dir = mkdtempSync(join(tmpdir(), 'assay-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = runCaptured;

describe('assay CLI on SQLite', () => {
  beforeEach(() => {
    process.env.ASSAY_DATABASE_URL = `sqlite:${join(dir, 'assay.db')}`;
    process.env.ASSAY_PASSWORD = 'a long cli password';
  });

  it('prints its version and help for every command, exiting 0', async () => {
    expect((await run('--version')).out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    for (const command of [[], ['serve'], ['migrate'], ['org', 'create'], ['user', 'create'], ['backup']]) {
      const result = await run(...command, '--help');
      expect(result.code, command.join(' ')).toBe(0);
      expect(result.out).toContain('Usage: assay');
    }
  });

  it('migrates and reports what it applied, as JSON', async () => {
    const first = await run('migrate', '--json');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out).applied.length).toBeGreaterThan(0);
    expect(JSON.parse((await run('migrate', '--json')).out).applied).toEqual([]);
  });

  it('creates an organisation with an owner, and refuses the same slug with exit 4 and no stack trace', async () => {
    const created = await run(
      'org',
      'create',
      '--name',
      'Acme Metals',
      '--slug',
      'acme',
      '--owner-email',
      'o@acme.example',
      '--json',
    );
    expect(created.code).toBe(0);
    expect(JSON.parse(created.out)).toMatchObject({ slug: 'acme', kind: 'company', owner: 'o@acme.example' });
    const again = await run('org', 'create', '--name', 'Acme', '--slug', 'acme');
    expect(again.code).toBe(4);
    expect(again.err).toContain('already taken');
    expect(again.err).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it('creates a user in an organisation, and rejects an unknown role or a bad slug with exit 2', async () => {
    const user = await run(
      'user',
      'create',
      '--email',
      'ed@acme.example',
      '--name',
      'Ed',
      '--org',
      'acme',
      '--role',
      'editor',
      '--json',
    );
    expect(user.code).toBe(0);
    expect(JSON.parse(user.out)).toMatchObject({ email: 'ed@acme.example', organisation: 'acme', role: 'editor' });
    expect((await run('user', 'create', '--email', 'x@acme.example', '--org', 'acme', '--role', 'boss')).code).toBe(2);
    const badSlug = await run('org', 'create', '--name', 'X', '--slug', 'Not Valid');
    expect(badSlug.code).toBe(2);
    expect(badSlug.err).toContain('slug');
  });

  it('reports a usage error with exit 2', async () => {
    expect((await run('org', 'create', '--name', 'only a name')).code).toBe(2);
    expect((await run('no-such-command')).code).toBe(2);
  });

  it('backs up the SQLite database online into a new file, and never overwrites', async () => {
    const out = join(dir, 'backup.db');
    const result = await run('backup', '--out', out, '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ method: 'sqlite-online-backup' });
    const copy = new Database(out, { readonly: true });
    expect(copy.prepare("select slug from organisations where slug = 'acme'").get()).toEqual({ slug: 'acme' });
    copy.close();
    expect((await run('backup', '--out', out)).code).toBe(4);
  });

  it('backs up the submitted templates and grievance attachments with a checksum manifest, skipping unfinished files', async () => {
    const data = join(dir, 'data');
    process.env.ASSAY_DATA_DIR = data;
    try {
      mkdirSync(join(data, 'submissions', 'org-1'), { recursive: true });
      mkdirSync(join(data, 'grievances', 'case-1'), { recursive: true });
      writeFileSync(join(data, 'submissions', 'org-1', 'a'.repeat(64)), 'template bytes');
      writeFileSync(join(data, 'submissions', 'org-1', 'half.tmp'), 'unfinished');
      writeFileSync(join(data, 'grievances', 'case-1', 'photo'), 'attachment');
      writeFileSync(join(data, 'grievances', 'case-1', 'photo2.part'), 'unfinished');
      const out = join(dir, 'with-files.db');
      const result = await run('backup', '--out', out, '--json');
      expect(result.code).toBe(0);
      expect(JSON.parse(result.out).files).toMatchObject({ folder: `${out}.files`, files: 2, bytes: 24 });
      const manifest = JSON.parse(readFileSync(join(`${out}.files`, 'MANIFEST.json'), 'utf8'));
      expect(manifest.files.map((f: { path: string }) => f.path).sort()).toEqual([
        'grievances/case-1/photo',
        `submissions/org-1/${'a'.repeat(64)}`,
      ]);
      expect(manifest.files.find((f: { path: string }) => f.path.startsWith('grievances')).sha256).toBe(
        createHash('sha256').update('attachment').digest('hex'),
      );
      expect(readFileSync(join(`${out}.files`, 'grievances', 'case-1', 'photo'), 'utf8')).toBe('attachment');
      expect(existsSync(join(`${out}.files`, 'submissions', 'org-1', 'half.tmp'))).toBe(false);
      // A second backup to a new database file whose files folder exists already is refused before anything is written.
      rmSync(out);
      expect((await run('backup', '--out', out)).code).toBe(4);
      expect(existsSync(out)).toBe(false);
    } finally {
      delete process.env.ASSAY_DATA_DIR;
    }
  });

  it('says which setting is wrong when the database URL is invalid', async () => {
    process.env.ASSAY_DATABASE_URL = 'mysql://nope';
    const result = await run('migrate');
    expect(result.code).toBe(78);
    expect(result.err).toContain('ASSAY_DATABASE_URL');
  });
});

describe.skipIf(!hasPostgres())('assay CLI on PostgreSQL', () => {
  it('migrates, creates an organisation and backs up with pg_dump (or says pg_dump is missing)', async () => {
    process.env.ASSAY_DATABASE_URL = await createPostgresDatabase();
    process.env.ASSAY_PASSWORD = 'a long cli password';
    expect((await run('migrate')).code).toBe(0);
    expect((await run('org', 'create', '--name', 'Pg Metals', '--slug', 'pg-metals')).code).toBe(0);
    const out = join(dir, 'pg.dump');
    const result = await run('backup', '--out', out, '--json');
    if (result.code === 0) {
      expect(JSON.parse(result.out)).toMatchObject({ method: 'pg_dump' });
      expect(existsSync(out)).toBe(true);
    } else {
      expect(result.code).toBe(69);
      expect(result.err).toContain('pg_dump');
    }
  });
});
