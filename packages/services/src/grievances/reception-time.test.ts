import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forEachDialect } from '@assay/storage/test-support';
import { sql } from 'kysely';
import { afterAll, expect, it } from 'vitest';
import { serviceContext } from '../context.js';
import { addOfficerMessage } from './case-handling.js';
import { createGrievanceDesk } from './grievance-desk.js';
import { addReporterMessage, openReporterCase, submitGrievance } from './public-channel.js';

const report = {
  category: 'forced_labour',
  country: 'CD',
  description: 'Passports are kept by the recruiter at the north pit.',
  language: 'en',
  website: '',
};
const text = (content: string) => ({
  fileName: 'note.txt',
  declaredType: 'text/plain',
  bytes: new TextEncoder().encode(content),
});
const dataDir = mkdtempSync(join(tmpdir(), 'assay-reception-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

forEachDialect('reception times of the public channel', (store, dialect) => {
  let clock = new Date('2025-03-01T10:37:12.345Z');
  const ctx = () => serviceContext(store(), () => clock);

  it('stores every time of a report and of a reporter’s message cut to the hour (or the day)', async () => {
    const desk = createGrievanceDesk(ctx(), { dataDir: join(dataDir, dialect, 'hour') });
    const org = await store().organisations.create({ slug: 'coarse', name: 'Coarse', kind: 'company' });
    const receipt = await submitGrievance(desk, 'coarse', {
      client: '203.0.113.10',
      input: report,
      files: [text('one')],
      locale: 'en',
    });
    const { caseId } = await openReporterCase(desk, { ...receipt, client: '203.0.113.10' });
    clock = new Date('2025-03-01T11:05:59.999Z');
    await addReporterMessage(desk, {
      ...receipt,
      client: '203.0.113.10',
      body: 'And another thing.',
      files: [text('two')],
      locale: 'en',
    });

    const db = store().kysely;
    const row = await db.selectFrom('grievance_cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
    expect(row.received_at).toBe('2025-03-01T10:00:00.000Z');
    expect(row.updated_at).toBe('2025-03-01T11:00:00.000Z');
    expect(JSON.parse(row.history)).toEqual([expect.objectContaining({ at: '2025-03-01T10:00:00.000Z' })]);
    const messages = await db.selectFrom('grievance_messages').select('at').where('case_id', '=', caseId).execute();
    expect(messages.map((m) => m.at)).toEqual(['2025-03-01T11:00:00.000Z']);
    const files = await db
      .selectFrom('grievance_attachments')
      .select(['created_at', 'storage_name'])
      .where('case_id', '=', caseId)
      .orderBy('created_at')
      .execute();
    expect(files.map((f) => f.created_at)).toEqual(['2025-03-01T10:00:00.000Z', '2025-03-01T11:00:00.000Z']);
    const folder = join(dataDir, dialect, 'hour', 'grievances', caseId);
    expect(statSync(join(folder, files[0]?.storage_name ?? '')).mtime.toISOString()).toBe('2025-03-01T10:00:00.000Z');
    const audit = await sql<{
      at: string;
      action: string;
    }>`select at, action from audit_log where organisation_id = ${org.id} order by seq`.execute(db);
    expect(audit.rows).toEqual([
      { at: '2025-03-01T10:00:00.000Z', action: 'submit' },
      { at: '2025-03-01T11:00:00.000Z', action: 'reporter_message' },
    ]);

    const daily = createGrievanceDesk(ctx(), { dataDir: join(dataDir, dialect, 'day'), receptionPrecision: 'day' });
    const second = await submitGrievance(daily, 'coarse', { client: '203.0.113.10', input: report, locale: 'en' });
    const stored = await store().grievances.findSecret(second.caseNumber);
    const secondRow = await db
      .selectFrom('grievance_cases')
      .select(['received_at', 'updated_at'])
      .where('id', '=', stored?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(secondRow).toEqual({ received_at: '2025-03-01T00:00:00.000Z', updated_at: '2025-03-01T00:00:00.000Z' });
  });

  it('keeps the conversation in order when the reporter answers within the hour of an officer’s reply', async () => {
    const desk = createGrievanceDesk(ctx(), { dataDir: join(dataDir, dialect, 'order') });
    const org = await store().organisations.create({ slug: 'order', name: 'Order', kind: 'company' });
    const user = await store().users.create({ email: 'officer@order.example', name: 'Officer', passwordHash: 'x' });
    await store().memberships.add(org.id, user.id, 'editor');
    const editor = { userId: user.id, label: 'user', organisationId: org.id, role: 'editor' as const };
    clock = new Date('2025-03-02T09:10:00.000Z');
    const receipt = await submitGrievance(desk, 'order', { client: '203.0.113.10', input: report, locale: 'en' });
    const { caseId } = await openReporterCase(desk, { ...receipt, client: '203.0.113.10' });
    clock = new Date('2025-03-02T09:20:13.123Z');
    await addOfficerMessage(ctx(), editor, caseId, { visibility: 'reporter', body: 'Which pit?' });
    clock = new Date('2025-03-02T09:45:01.002Z');
    await addReporterMessage(desk, { ...receipt, client: '203.0.113.10', body: 'The north pit.', locale: 'en' });
    const { view } = await openReporterCase(desk, { ...receipt, client: '203.0.113.10' });
    expect(view.messages.map((m) => [m.body, m.at])).toEqual([
      ['Which pit?', '2025-03-02T09:20:13.123Z'],
      ['The north pit.', '2025-03-02T09:20:13.124Z'],
    ]);
  });
});
