import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forEachDialect } from '@assay/storage/test-support';
import { afterAll, expect, it } from 'vitest';
import { serviceContext } from '../context.js';
import { addOfficerMessage, assignCase, changeCaseStatus, triageCase } from './case-handling.js';
import { getGrievanceCase, grievanceCaseStatistics, readGrievanceAttachment } from './case-queries.js';
import { createGrievanceDesk } from './grievance-desk.js';
import { updateGrievanceSettings } from './grievance-settings.js';
import { addReporterMessage, openReporterCase, submitGrievance } from './public-channel.js';
import { purgeExpiredGrievances } from './retention.js';

const report = {
  category: 'child_labour',
  country: 'cd',
  place: 'Kolwezi',
  description: 'Children carry ore at the north pit every morning.',
  language: 'fr',
  website: '',
};
const text = (content: string, fileName = 'statement.txt') => ({
  fileName,
  declaredType: 'text/plain',
  bytes: new TextEncoder().encode(content),
});
/** The network the reporter writes from (the server's `clientNetwork`). */
const HOME = '203.0.113.10';
const at = (receipt: { caseNumber: string; passphrase: string }, client = HOME) => ({ ...receipt, client });
const dataDir = mkdtempSync(join(tmpdir(), 'assay-grievances-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

forEachDialect('grievance use cases', (store, dialect) => {
  let clock = new Date('2025-03-01T10:00:00.000Z');
  const ctx = () => serviceContext(store(), () => clock);
  let desk: ReturnType<typeof createGrievanceDesk>;
  const setUp = async (slug: string) => {
    desk ??= createGrievanceDesk(ctx(), { dataDir: join(dataDir, dialect) });
    const org = await store().organisations.create({ slug, name: `Org ${slug}`, kind: 'company' });
    const user = await store().users.create({ email: `${slug}@example.org`, name: 'Officer', passwordHash: 'x' });
    await store().memberships.add(org.id, user.id, 'editor');
    const editor = { userId: user.id, label: 'user', organisationId: org.id, role: 'editor' as const };
    return { org, editor, viewer: { ...editor, role: 'viewer' as const } };
  };

  it('files a report and opens it only with its passphrase; the passphrase itself is not stored', async () => {
    await setUp('acme');
    const receipt = await submitGrievance(desk, 'acme', {
      client: HOME,
      input: report,
      files: [text('I saw it.')],
      locale: 'fr',
    });
    expect(receipt.caseNumber).toMatch(/^G-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3}$/);
    const opened = await openReporterCase(desk, {
      caseNumber: receipt.caseNumber.toLowerCase(),
      passphrase: receipt.passphrase,
      client: HOME,
    });
    expect(opened.view).toMatchObject({ status: 'received', report: { category: 'child_labour', country: 'CD' } });
    expect(opened.view.attachments).toHaveLength(1);
    const stored = await store().grievances.findSecret(receipt.caseNumber);
    expect(stored?.secretHash).toMatch(/^\$argon2id\$/);
    expect(stored?.secretHash).not.toContain(receipt.passphrase.replaceAll('-', ''));
    const [file] = readdirSync(join(dataDir, dialect, 'grievances', opened.caseId));
    expect(file).not.toMatch(/\.part$|statement/);
  });

  it('answers an unknown case number exactly as a wrong passphrase', async () => {
    const receipt = await submitGrievance(desk, 'acme', { client: HOME, input: report, locale: 'en' });
    const wrong = await openReporterCase(
      desk,
      at({ caseNumber: receipt.caseNumber, passphrase: 'AAAA-AAAA-AAAA-AAAA' }),
    ).catch((e: unknown) => e);
    const unknown = await openReporterCase(
      desk,
      at({ caseNumber: 'G-2222-2222-222', passphrase: receipt.passphrase }),
    ).catch((e: unknown) => e);
    expect(wrong).toMatchObject({ code: 'not_found' });
    expect(unknown).toMatchObject({ code: 'not_found', message: (wrong as Error).message });
  });

  it('makes whoever guesses a passphrase wait ever longer, while the reporter elsewhere opens it at once', async () => {
    const receipt = await submitGrievance(desk, 'acme', { client: HOME, input: report, locale: 'en' });
    const guesser = '198.51.100.66';
    const guess = (passphrase = 'AAAA-AAAA-AAAA-AAAA') =>
      openReporterCase(desk, at({ caseNumber: receipt.caseNumber, passphrase }, guesser)).catch(
        (e: { code: string; details: { retryAfter?: number } }) => e,
      );
    for (let i = 0; i < 5; i++) expect(await guess()).toMatchObject({ code: 'not_found' });
    const waits: number[] = [];
    for (let round = 0; round < 3; round++) {
      const refused = await guess();
      expect(refused).toMatchObject({ code: 'rate_limited' });
      waits.push(Number((refused as { details: { retryAfter?: number } }).details.retryAfter));
      clock = new Date(clock.getTime() + waits.at(-1)! * 1000);
      expect(await guess()).toMatchObject({ code: 'not_found' });
    }
    expect(waits).toEqual([1, 2, 4]);
    // Inside the delay even the right passphrase is not checked for the guessing pair …
    expect(await guess(receipt.passphrase)).toMatchObject({ code: 'rate_limited' });
    // … while the reporter on another network opens the report at once.
    await expect(openReporterCase(desk, at(receipt))).resolves.toMatchObject({ view: { status: 'received' } });
    const rows = JSON.stringify(await store().kysely.selectFrom('throttle_counts').selectAll().execute());
    expect(rows).not.toContain(guesser);
    expect(rows).not.toContain(receipt.caseNumber);
  });

  it('stores nothing when the honeypot is filled, yet answers with a receipt', async () => {
    const { org } = await setUp('honey');
    const receipt = await submitGrievance(desk, 'honey', {
      client: HOME,
      input: { ...report, website: 'spam.example' },
      locale: 'en',
    });
    expect(receipt.passphrase).toBeTruthy();
    expect(await store().grievances.list(org.id)).toEqual([]);
  });

  it('refuses the whole report when one file is not acceptable, naming the file, and keeps nothing', async () => {
    const { org } = await setUp('files');
    const refused = await submitGrievance(desk, 'files', {
      client: HOME,
      input: report,
      files: [text('fine'), { fileName: 'tool.exe', bytes: new Uint8Array([0x4d, 0x5a, 0, 1]) }],
      locale: 'de',
    }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'invalid_input', details: { issues: [{ path: 'attachments' }] } });
    expect(JSON.stringify(refused)).toContain('tool.exe');
    expect(await store().grievances.list(org.id)).toEqual([]);
  });

  it('lets officers acknowledge, reply and note; the reporter reads the reply but never the note', async () => {
    const { editor, viewer } = await setUp('flow');
    const receipt = await submitGrievance(desk, 'flow', {
      client: HOME,
      input: report,
      files: [text('proof')],
      locale: 'en',
    });
    const { caseId } = await openReporterCase(desk, at(receipt));
    await expect(changeCaseStatus(ctx(), viewer, caseId, { event: 'acknowledge' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    clock = new Date('2025-03-02T10:00:00.000Z');
    await changeCaseStatus(ctx(), editor, caseId, { event: 'acknowledge' });
    await addOfficerMessage(ctx(), editor, caseId, { visibility: 'reporter', body: 'Merci, nous examinons.' });
    await addOfficerMessage(ctx(), editor, caseId, { visibility: 'internal', body: 'Supplier X, call Monday.' });
    await assignCase(ctx(), editor, caseId, { assigneeId: editor.userId });
    await triageCase(ctx(), editor, caseId, { category: 'health_safety' });
    clock = new Date('2025-03-03T10:00:00.000Z');
    await addReporterMessage(desk, { ...at(receipt), body: 'One more thing.', locale: 'en' });
    const { view } = await openReporterCase(desk, at(receipt));
    expect(view.status).toBe('acknowledged');
    expect(view.messages.map((m) => [m.from, m.body])).toEqual([
      ['organisation', 'Merci, nous examinons.'],
      ['reporter', 'One more thing.'],
    ]);
    expect(JSON.stringify(view)).not.toContain('Monday');
    const { grievance, deadlines } = await getGrievanceCase(ctx(), editor, caseId);
    expect(grievance).toMatchObject({ assigneeId: editor.userId, submission: { category: 'health_safety' } });
    expect(deadlines.acknowledgedLate).toBe(false);
    const attachmentId = grievance.attachments[0]?.id ?? '';
    const file = await readGrievanceAttachment(desk, editor, caseId, attachmentId);
    expect(new TextDecoder().decode(file.bytes)).toBe('proof');
    const audit = await store().audit.list(editor.organisationId);
    expect(audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining([
        'submit',
        'acknowledge',
        'reply',
        'internal_note',
        'assign',
        'triage',
        'reporter_message',
      ]),
    );
    expect(JSON.stringify(audit)).not.toMatch(/Monday|Merci|One more thing|Children carry/);
  });

  it('refuses to close without an outcome, naming the field, and closes with one', async () => {
    const { editor } = await setUp('close');
    const receipt = await submitGrievance(desk, 'close', { client: HOME, input: report, locale: 'en' });
    const { caseId } = await openReporterCase(desk, at(receipt));
    await expect(changeCaseStatus(ctx(), editor, caseId, { event: 'close', outcome: '' })).rejects.toMatchObject({
      code: 'invalid_input',
      details: { issues: [{ path: 'summary' }] },
    });
    await expect(changeCaseStatus(ctx(), editor, caseId, { event: 'start_investigation' })).rejects.toMatchObject({
      code: 'conflict',
    });
    await changeCaseStatus(ctx(), editor, caseId, { event: 'close', outcome: 'inadmissible', summary: 'Spam' });
    expect((await openReporterCase(desk, at(receipt))).view).toMatchObject({
      status: 'closed',
      outcome: 'inadmissible',
    });
    const statistics = await grievanceCaseStatistics(ctx(), editor);
    expect(statistics.byStatus.closed).toBe(1);
  });

  it('deletes closed cases after the retention period with their files, and keeps open ones', async () => {
    const { editor } = await setUp('purge');
    await updateGrievanceSettings(
      ctx(),
      { ...editor, role: 'admin' },
      {
        acknowledgeWithinDays: '7',
        followUpWithinDays: '90',
        retentionDays: '30',
      },
    );
    const closedReceipt = await submitGrievance(desk, 'purge', {
      client: HOME,
      input: report,
      files: [text('x')],
      locale: 'en',
    });
    const openReceipt = await submitGrievance(desk, 'purge', { client: HOME, input: report, locale: 'en' });
    const closed = await openReporterCase(desk, at(closedReceipt));
    await changeCaseStatus(ctx(), editor, closed.caseId, {
      event: 'close',
      outcome: 'withdrawn',
      summary: 'Withdrawn',
    });
    clock = new Date(clock.getTime() + 31 * 86_400_000);
    expect(await purgeExpiredGrievances(desk)).toBe(1);
    expect(await store().grievances.get(editor.organisationId, closed.caseId)).toBeUndefined();
    expect(readdirSync(join(dataDir, dialect, 'grievances'))).not.toContain(closed.caseId);
    await expect(openReporterCase(desk, at(openReceipt))).resolves.toBeDefined();
  });

  it('offers the members of a branch organisation and refuses a company that is not one', async () => {
    const branch = await store().organisations.create({ slug: 'branch', name: 'Branch', kind: 'branch' });
    const member = await store().organisations.create({ slug: 'member-co', name: 'Member', kind: 'company' });
    await store().organisations.addBranchMember(branch.id, member.id);
    await expect(
      submitGrievance(desk, 'branch', { client: HOME, input: { ...report, member: 'stranger' }, locale: 'en' }),
    ).rejects.toMatchObject({ details: { issues: [{ path: 'member' }] } });
    const receipt = await submitGrievance(desk, 'branch', {
      client: HOME,
      input: { ...report, member: 'member-co' },
      locale: 'en',
    });
    expect((await openReporterCase(desk, at(receipt))).view.report.member).toBe('member-co');
  });
});
