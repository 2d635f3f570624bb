import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueReceipt } from '@assay/core';
import { hasPostgres } from '@assay/storage/test-support';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, setUp, type TestApp } from '../test-support/test-app.js';

const dataDir = mkdtempSync(join(tmpdir(), 'assay-grievance-http-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const REPORT = {
  category: 'forced_labour',
  country: 'CD',
  place: 'Kolwezi',
  concerned: 'Tin Smelter Ltd',
  description: 'Workers had their passports taken by the recruiter.',
  language: 'de',
  website: '',
};

/** Posts a multipart form like a browser without JavaScript, with the CSRF field. */
async function postMultipart(
  client: Client,
  path: string,
  fields: Record<string, string>,
  files: { name: string; type: string; content: string | Uint8Array<ArrayBuffer> }[] = [],
  headers: Record<string, string> = {},
): Promise<Response> {
  await client.prime();
  const body = new FormData();
  body.set('_csrf', client.csrf);
  for (const [key, value] of Object.entries(fields)) body.set(key, value);
  for (const file of files) body.append('attachments', new Blob([file.content], { type: file.type }), file.name);
  return client.request(path, { method: 'POST', body, headers });
}

/** Reads the receipt's codes out of the page. */
function receiptOf(html: string): { caseNumber: string; passphrase: string } {
  const caseNumber = /data-testid="case-number">([^<]+)</.exec(html)?.[1] ?? '';
  const passphrase = /data-testid="passphrase">([^<]+)</.exec(html)?.[1] ?? '';
  return { caseNumber, passphrase };
}

/** Every row of every table, as one string: what the database knows. */
async function everyRow(t: TestApp): Promise<{ tables: string[]; dump: string }> {
  const db = t.store.kysely;
  const names =
    t.store.dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db)
      : await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = 'public'`.execute(db);
  const tables = names.rows.map((row) => row.name);
  let dump = '';
  for (const table of tables) {
    const rows = await sql`select * from ${sql.table(table)}`.execute(db);
    dump += JSON.stringify(rows.rows);
  }
  return { tables, dump };
}

describe('public grievance channel (pages, no JavaScript, no account)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite', { ASSAY_DATA_DIR: join(dataDir, 'pages') });
    await setUp(t.app);
  });

  it('shows the form in the browser’s language, switches with ?lang=, and needs no script', async () => {
    const reporter = new Client(t.app);
    const german = await (
      await reporter.request('/report/acme', { headers: { 'accept-language': 'de-DE,de;q=0.9' } })
    ).text();
    expect(german).toContain('<html lang="de">');
    expect(german).toContain('Ein Problem melden');
    expect(german).not.toContain('<script');
    expect(german).toContain('enctype="multipart/form-data"');
    expect(german).toMatch(/<fieldset[^>]*><legend[^>]*>Worum geht es\?/);
    expect(german).toContain('name="website"');
    const french = await (await reporter.request('/report/acme?lang=fr')).text();
    expect(french).toContain('<html lang="fr">');
    expect(french).toContain('href="/report/acme?lang=nl"');
  });

  it('keeps the values and names each field when the report is incomplete, and stores nothing', async () => {
    const reporter = new Client(t.app);
    const response = await postMultipart(reporter, '/report/acme?lang=en', {
      ...REPORT,
      category: '',
      description: 'short',
      contactEmail: 'me@example.org',
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('Please choose what your report is about.');
    expect(html).toContain('at least 10 characters');
    expect(html).toContain('value="Kolwezi"');
    expect((await t.store.grievances.list((await t.store.organisations.findBySlug('acme'))?.id ?? '')).length).toBe(0);
  });

  it('files a report with a file, shows the receipt once, and opens the report with it', async () => {
    const reporter = new Client(t.app);
    const response = await postMultipart(reporter, '/report/acme?lang=de', REPORT, [
      { name: 'aussage.txt', type: 'text/plain', content: 'Mein Bericht.' },
    ]);
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html).toContain('Danke. Ihre Meldung wurde gesendet.');
    const receipt = receiptOf(html);
    expect(receipt.caseNumber).toMatch(/^G-/);
    const opened = await reporter.form('/report/acme/follow-up?lang=de', receipt);
    expect(opened.status).toBe(200);
    const page = await opened.text();
    expect(page).toContain('Workers had their passports taken');
    expect(page).toContain('Eingegangen');
    const reply = await postMultipart(reporter, '/report/acme/follow-up/messages?lang=de', {
      ...receipt,
      body: 'Noch etwas.',
    });
    expect(reply.status).toBe(200);
    expect(await reply.text()).toContain('Noch etwas.');
  });

  it('tells a typing mistake apart from a wrong passphrase, and refuses an unknown one kindly', async () => {
    const reporter = new Client(t.app);
    const typo = await reporter.form('/report/acme/follow-up?lang=en', {
      caseNumber: 'G-2222-2222-223',
      passphrase: 'AAAA-AAAA-AAAA-AAAA',
    });
    expect(typo.status).toBe(400);
    expect(await typo.text()).toContain('typing mistake in this case number');
    const unknown = await reporter.form('/report/acme/follow-up?lang=en', {
      caseNumber: 'G-2222-2222-222',
      passphrase: '2222-2222-2222-2222',
    });
    expect([400, 404]).toContain(unknown.status);
  });

  it('refuses a file that is not what its name says, naming the file', async () => {
    const reporter = new Client(t.app);
    const response = await postMultipart(reporter, '/report/acme?lang=en', REPORT, [
      { name: 'photo.jpg', type: 'image/jpeg', content: 'plain text pretending' },
    ]);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('photo.jpg: The name of this file does not match');
  });

  it('shares a branch organisation’s channel among its members, with a choice of the member concerned', async () => {
    const branch = await t.store.organisations.create({ slug: 'metal-branch', name: 'Metal Branch', kind: 'branch' });
    const acme = await t.store.organisations.findBySlug('acme');
    await t.store.organisations.addBranchMember(branch.id, acme?.id ?? '');
    const reporter = new Client(t.app);
    const form = await (await reporter.request('/report/metal-branch?lang=en')).text();
    expect(form).toContain('Which member company is it about?');
    expect(form).toContain('<option value="acme">Acme Metals</option>');
    const refused = await postMultipart(reporter, '/report/metal-branch?lang=en', { ...REPORT, member: 'stranger' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Please choose a member company from the list.');
    const filed = await postMultipart(reporter, '/report/metal-branch?lang=en', { ...REPORT, member: 'acme' });
    expect(filed.status).toBe(201);
    expect((await t.store.grievances.list(branch.id))[0]?.submission.member).toBe('acme');
  });

  it('logs a report’s request with a time no finer than the stored hour, without request id or duration', async () => {
    const reporter = new Client(t.app);
    const before = t.logs.length;
    const response = await postMultipart(reporter, '/report/acme?lang=en', REPORT);
    expect(response.status).toBe(201);
    const lines = t.logs.slice(before).map((line) => JSON.parse(line) as Record<string, unknown>);
    const report = lines.find((line) => line.route === '/report/:channel' && line.method === 'POST');
    expect(report).toMatchObject({ msg: 'request', status: 201 });
    expect(String(report?.time)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:00:00\.000Z$/);
    expect(Object.keys(report ?? {}).sort()).toEqual(['level', 'method', 'msg', 'route', 'status', 'time']);
    const stored = (await t.store.grievances.list((await t.store.organisations.findBySlug('acme'))?.id ?? ''))[0];
    expect(stored?.receivedAt).toBe(report?.time);
    const other = lines.find((line) => line.route === '/healthz');
    expect(other?.ms).toBeTypeOf('number');
  });

  it('accepts uploads above the global body limit on the report form only', async () => {
    const big = new Uint8Array(2 * 1024 * 1024).fill(0x61);
    const reporter = new Client(t.app);
    const report = await postMultipart(reporter, '/report/acme?lang=en', REPORT, [
      { name: 'long.txt', type: 'text/plain', content: big },
    ]);
    expect(report.status).toBe(201);
    const client = await new Client(t.app);
    await client.prime();
    const elsewhere = await client.request('/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `_csrf=${client.csrf}&email=${'a'.repeat(2 * 1024 * 1024)}`,
    });
    expect(elsewhere.status).toBe(413);
  });
});

describe('public grievance API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite', { ASSAY_DATA_DIR: join(dataDir, 'api') });
    await setUp(t.app);
  });

  const file = (app: TestApp, body: unknown) =>
    app.app.request('/api/v1/public/grievances/acme', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const read = (caseNumber: string, secret?: string) =>
    t.app.request(`/api/v1/public/grievances/${caseNumber}`, {
      headers: secret === undefined ? {} : { 'x-case-secret': secret },
    });
  const withoutRequestId = async (response: Response) => {
    const body = (await response.json()) as { error: Record<string, unknown> };
    delete body.error.requestId;
    return { status: response.status, body };
  };

  it('files a report without account or CSRF token and reads it back with the secret', async () => {
    const response = await file(t, REPORT);
    expect(response.status).toBe(201);
    const receipt = (await response.json()) as { caseNumber: string; secret: string };
    expect(Object.keys(receipt).sort()).toEqual(['caseNumber', 'secret']);
    const view = await read(receipt.caseNumber, receipt.secret);
    expect(view.status).toBe(200);
    expect(await view.json()).toMatchObject({
      status: 'received',
      report: { category: 'forced_labour' },
      messages: [],
    });
  });

  it('answers a wrong secret, a missing secret and an unknown case number identically', async () => {
    const receipt = (await (await file(t, REPORT)).json()) as { caseNumber: string; secret: string };
    const wrong = await withoutRequestId(await read(receipt.caseNumber, '2222-2222-2222-2222'));
    const missing = await withoutRequestId(await read(receipt.caseNumber));
    const unknown = await withoutRequestId(await read('G-2222-2222-222', receipt.secret));
    expect(wrong.status).toBe(404);
    expect(missing).toEqual(wrong);
    expect(unknown).toEqual(wrong);
  });

  it('slows repeated wrong secrets from one client with 429, also for the right one from that client', async () => {
    const receipt = (await (await file(t, REPORT)).json()) as { caseNumber: string; secret: string };
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await read(receipt.caseNumber, 'AAAA-AAAA-AAAA-AAAA')).status);
    expect(statuses.slice(0, 5)).toEqual([404, 404, 404, 404, 404]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const limited = await read(receipt.caseNumber, receipt.secret);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('explains invalid reports field by field in the report’s language', async () => {
    const response = await file(t, { ...REPORT, description: 'kurz' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { issues: { path: string; message: string }[] } };
    expect(body.error.issues).toContainEqual({ path: 'description', message: expect.stringContaining('mindestens') });
  });

  it('documents both operations, with the secret header, in the OpenAPI document', async () => {
    const document = (await (await t.app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, { parameters: { name: string; in: string }[]; security: unknown[] }>>;
    };
    expect(document.paths['/api/v1/public/grievances/{channel}']?.post?.security).toEqual([]);
    expect(document.paths['/api/v1/public/grievances/{caseNumber}']?.get?.parameters).toContainEqual(
      expect.objectContaining({ name: 'X-Case-Secret', in: 'header' }),
    );
  });
});

const DIALECTS: readonly ('sqlite' | 'postgres')[] = hasPostgres() ? ['sqlite', 'postgres'] : ['sqlite'];

describe.each(DIALECTS)('no identifying metadata of a reporter is kept [%s]', (dialect) => {
  it('stores and logs neither the forwarded address nor the user agent, in any table', async () => {
    const t = await createTestApp(dialect, { ASSAY_DATA_DIR: join(dataDir, `privacy-${dialect}`) });
    try {
      await setUp(t.app);
      const probe = { 'x-forwarded-for': '203.0.113.77', 'user-agent': 'AssayProbe/9.9 unique-ua-7731' };
      const reporter = new Client(t.app);
      const page = await postMultipart(reporter, '/report/acme?lang=en', REPORT, [], probe);
      expect(page.status).toBe(201);
      const receipt = receiptOf(await page.text());
      await postMultipart(
        reporter,
        '/report/acme/follow-up/messages?lang=en',
        { ...receipt, body: 'More.' },
        [],
        probe,
      );
      const api = await t.app.request('/api/v1/public/grievances/acme', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...probe },
        body: JSON.stringify(REPORT),
      });
      expect(api.status).toBe(201);
      const { tables, dump } = await everyRow(t);
      expect(tables).toEqual(expect.arrayContaining(['grievance_cases', 'grievance_messages', 'audit_log']));
      expect(dump).toContain('passports taken');
      for (const secret of ['203.0.113.77', 'unique-ua-7731', 'AssayProbe']) {
        expect(dump).not.toContain(secret);
        expect(t.logs.join('\n')).not.toContain(secret);
      }
      expect(t.logs.join('\n')).toContain('/report/:channel');
    } finally {
      await t.store.close();
    }
  });
});

/** An app behind the trusted proxy, set up, with a clock the test moves and browsers at addresses. */
async function behindProxy(dialect: 'sqlite' | 'postgres', name: string) {
  const clock = { ms: Date.parse('2026-12-05T10:00:00Z') };
  const t = await createTestApp(
    dialect,
    { ASSAY_DATA_DIR: join(dataDir, `${name}-${dialect}`), ASSAY_TRUST_PROXY: 'true' },
    { now: () => new Date(clock.ms) },
  );
  await setUp(t.app);
  const from = (address: string) => {
    const client = new Client(t.app);
    client.headers.set('x-forwarded-for', address);
    return client;
  };
  return { t, clock, from };
}

describe.each(DIALECTS)('guessing a passphrase is slowed down, the reporter is never locked out [%s]', (dialect) => {
  it('answers 429 with Retry-After to the guessing client (form and API), and opens at once for the reporter', async () => {
    const { t, clock, from } = await behindProxy(dialect, 'guess');
    try {
      const reporter = from('203.0.113.20');
      const receipt = receiptOf(await (await postMultipart(reporter, '/report/acme?lang=nl', REPORT)).text());
      const guesser = from('198.51.100.9');
      // A well-formed passphrase (its check character right), only not this report's.
      const wrong = { caseNumber: receipt.caseNumber, passphrase: issueReceipt().passphrase };
      for (let i = 0; i < 5; i++)
        expect((await guesser.form('/report/acme/follow-up?lang=nl', wrong)).status).toBe(404);
      const slowed = await guesser.form('/report/acme/follow-up?lang=nl', wrong);
      expect(slowed.status).toBe(429);
      expect(slowed.headers.get('retry-after')).toBe('1');
      expect(await slowed.text()).toContain('Wacht 1 seconden');
      const api = await guesser.request(`/api/v1/public/grievances/${receipt.caseNumber}`, {
        headers: { 'x-case-secret': receipt.passphrase },
      });
      expect(api.status).toBe(429);
      expect(api.headers.get('retry-after')).toBe('1');
      // The delay grows with each guess after it: 1 s, then 2 s.
      clock.ms += 1000;
      expect((await guesser.form('/report/acme/follow-up?lang=nl', wrong)).status).toBe(404);
      expect((await guesser.form('/report/acme/follow-up?lang=nl', wrong)).headers.get('retry-after')).toBe('2');
      // The reporter, on another network, opens the report with the right passphrase at once.
      const opened = await reporter.form('/report/acme/follow-up?lang=nl', receipt);
      expect(opened.status).toBe(200);
      const read = await from('192.0.2.44').request(`/api/v1/public/grievances/${receipt.caseNumber}`, {
        headers: { 'x-case-secret': receipt.passphrase },
      });
      expect(read.status).toBe(200);
    } finally {
      await t.store.close();
    }
  });
});

describe.each(DIALECTS)('a flooded channel stays open [%s]', (dialect) => {
  it('costs invalid reports nothing, asks the flooding client for a second step it can pass, and takes another client at once', async () => {
    const { t, clock, from } = await behindProxy(dialect, 'flood');
    try {
      const flooder = from('203.0.113.66');
      const counts = () => t.store.kysely.selectFrom('throttle_counts').selectAll().execute();
      for (let i = 0; i < 50; i++) {
        const invalid = await postMultipart(flooder, '/report/acme?lang=nl', { ...REPORT, description: 'kort' });
        expect(invalid.status).toBe(400);
      }
      expect(await counts()).toEqual([]);
      for (let i = 0; i < 10; i++) {
        const filed = await postMultipart(flooder, '/report/acme?lang=nl', {
          ...REPORT,
          description: `Melding ${i}: paspoorten afgepakt.`,
        });
        expect(filed.status).toBe(201);
      }
      // The 11th: the same form again, filled in, with a signed wait; no script needed.
      const flood = { ...REPORT, description: 'Melding 10: paspoorten afgepakt.' };
      const step = await postMultipart(flooder, '/report/acme?lang=nl', flood, [
        { name: 'verklaring.txt', type: 'text/plain', content: 'Mijn verklaring.' },
      ]);
      expect(step.status).toBe(429);
      expect(step.headers.get('retry-after')).toBe('10');
      const page = await step.text();
      expect(page).toContain('wacht 10 seconden en druk dan nog een keer op “Melding versturen”');
      expect(page).toContain('Kies ze opnieuw voordat u verstuurt.');
      expect(page).toContain('Melding 10: paspoorten afgepakt.</textarea>');
      expect(page).not.toContain('<script');
      const secondStep = /name="secondStep" value="([^"]+)"/.exec(page)?.[1] ?? '';
      expect(secondStep).not.toBe('');
      // Another client, at once.
      const genuine = await postMultipart(from('192.0.2.10'), '/report/acme?lang=nl', REPORT);
      expect(genuine.status).toBe(201);
      // Too early: the same step again, with the seconds left.
      clock.ms += 4000;
      const early = await postMultipart(flooder, '/report/acme?lang=nl', { ...flood, secondStep });
      expect(early.status).toBe(429);
      expect(early.headers.get('retry-after')).toBe('6');
      clock.ms += 6000;
      const passed = await postMultipart(flooder, '/report/acme?lang=nl', { ...flood, secondStep });
      expect(passed.status).toBe(201);
      expect(receiptOf(await passed.text()).caseNumber).toMatch(/^G-/);
      // The API: the same gate, the step in the JSON error.
      const api = (body: unknown) =>
        flooder.request('/api/v1/public/grievances/acme', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const limited = await api({ ...REPORT, description: 'Via de API: paspoorten afgepakt.' });
      expect(limited.status).toBe(429);
      const error = ((await limited.json()) as { error: { code: string; secondStep: string } }).error;
      expect(error.code).toBe('rate_limited');
      clock.ms += Number(limited.headers.get('retry-after')) * 1000;
      const accepted = await api({
        ...REPORT,
        description: 'Via de API: paspoorten afgepakt.',
        secondStep: error.secondStep,
      });
      expect(accepted.status).toBe(201);
      const dump = JSON.stringify(await counts());
      expect(dump).not.toContain('203.0.113');
      expect(dump).not.toContain('192.0.2');
    } finally {
      await t.store.close();
    }
  });
});
