import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inviteMember, serviceContext } from '@assay/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, setUp, type TestApp } from '../test-support/test-app.js';

const dataDir = mkdtempSync(join(tmpdir(), 'assay-grievance-cases-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const SCRIPT = '<script>alert("x")</script>';
const IMG = '<img src=x onerror="alert(1)">';

describe('grievance cases for officers', () => {
  let t: TestApp;
  let owner: Client;
  let caseId: string;
  let receipt: { caseNumber: string; secret: string };

  beforeAll(async () => {
    t = await createTestApp('sqlite', { ASSAY_DATA_DIR: dataDir });
    owner = await setUp(t.app);
    const response = await t.app.request('/api/v1/public/grievances/acme', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        category: 'environment',
        country: 'ID',
        place: `Bangka ${IMG}`,
        concerned: `Smelter ${SCRIPT}`,
        description: `Tailings in the river. ${SCRIPT} ${IMG}`,
        language: 'en',
        contactEmail: 'reporter@example.org',
        contactConsent: true,
      }),
    });
    receipt = (await response.json()) as { caseNumber: string; secret: string };
    const organisation = await t.store.organisations.findBySlug('acme');
    caseId = (await t.store.grievances.list(organisation?.id ?? ''))[0]?.id ?? '';
  });

  it('lists the case in the inbox with its deadline and shows the public channel’s address', async () => {
    const html = await (await owner.request('/o/acme/cases')).text();
    expect(html).toContain(receipt.caseNumber);
    expect(html).toContain('/report/acme');
    expect(html).toContain('Pollution and environmental damage');
    expect(html).toContain('href="/o/acme/cases"');
  });

  it('shows every text the reporter wrote inert, never as live markup', async () => {
    const html = await (await owner.request(`/o/acme/cases/${caseId}`)).text();
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(html).not.toContain(SCRIPT);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('reporter@example.org');
    expect(html).toContain('Assay sends no e-mail');
  });

  it('walks the case through the state machine, keeping notes apart from replies', async () => {
    const base = `/o/acme/cases/${caseId}`;
    expect((await owner.form(`${base}/status`, { event: 'acknowledge' })).status).toBe(303);
    expect(
      (await owner.form(`${base}/messages`, { visibility: 'reporter', body: 'Thank you, we look into it.' })).status,
    ).toBe(303);
    expect((await owner.form(`${base}/messages`, { visibility: 'internal', body: 'Call the smelter.' })).status).toBe(
      303,
    );
    expect((await owner.form(`${base}/triage`, { category: 'health_safety' })).status).toBe(303);
    const refused = await owner.form(`${base}/status`, { event: 'close', outcome: '' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Choose an outcome and write a short summary');
    const wrongStep = await owner.form(`${base}/status`, { event: 'record_remedy' });
    expect(wrongStep.status).toBe(409);
    expect((await owner.form(`${base}/status`, { event: 'start_investigation' })).status).toBe(303);
    const page = await (await owner.request(base)).text();
    expect(page).toContain('Being looked into');
    expect(page).toContain('Call the smelter.');
    const reporterView = (await (
      await t.app.request(`/api/v1/public/grievances/${receipt.caseNumber}`, {
        headers: { 'x-case-secret': receipt.secret },
      })
    ).json()) as { status: string; messages: { body: string }[] };
    expect(reporterView.status).toBe('under_investigation');
    expect(reporterView.messages.map((m) => m.body)).toEqual(['Thank you, we look into it.']);
    const audit = await t.store.audit.list((await t.store.organisations.findBySlug('acme'))?.id ?? '');
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['submit', 'acknowledge', 'reply', 'internal_note', 'triage', 'start_investigation']),
    );
    expect(JSON.stringify(audit)).not.toMatch(/smelter|Tailings|reporter@example/i);
  });

  it('shows counts by theme and status on the statistics page', async () => {
    const html = await (await owner.request('/o/acme/cases/statistics')).text();
    expect(html).toContain('Grievance statistics');
    expect(html).toContain('Days to confirm receipt');
    expect(html).not.toContain('Tailings');
  });

  it('lets viewers read cases but not handle them', async () => {
    const organisation = await t.store.organisations.findBySlug('acme');
    const ownerUser = await t.store.users.findByEmail('owner@acme.example');
    const actor = {
      userId: ownerUser?.id ?? '',
      label: 'user',
      organisationId: organisation?.id ?? '',
      role: 'owner' as const,
    };
    const { token } = await inviteMember(serviceContext(t.store), actor, {
      email: 'viewer@acme.example',
      role: 'viewer',
    });
    const viewer = new Client(t.app);
    await viewer.form(`/invite/${token}`, {
      email: 'viewer@acme.example',
      name: 'Vera Viewer',
      password: 'viewer password 1',
    });
    expect((await viewer.request(`/o/acme/cases/${caseId}`)).status).toBe(200);
    expect(await (await viewer.request(`/o/acme/cases/${caseId}`)).text()).toContain(
      'Handling it needs the editor role',
    );
    const refused = await viewer.form(`/o/acme/cases/${caseId}/messages`, { visibility: 'reporter', body: 'Hi' });
    expect(refused.status).toBe(403);
  });

  it('changes the procedure settings and rejects impossible values by field', async () => {
    const bad = await owner.form('/o/acme/cases/settings', {
      acknowledgeWithinDays: '0',
      followUpWithinDays: '90',
      retentionDays: '400',
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('acknowledgeWithinDays');
    const good = await owner.form('/o/acme/cases/settings', {
      acknowledgeWithinDays: '5',
      followUpWithinDays: '60',
      retentionDays: '400',
    });
    expect(good.status).toBe(303);
    expect(await (await owner.request('/o/acme/cases')).text()).toContain('value="5"');
  });
});

describe('grievance attachments for officers', () => {
  it('serves a reporter’s file only as a download, never inline', async () => {
    const t = await createTestApp('sqlite', { ASSAY_DATA_DIR: join(dataDir, 'files') });
    const owner = await setUp(t.app);
    const reporter = new Client(t.app);
    await reporter.prime();
    const body = new FormData();
    body.set('_csrf', reporter.csrf);
    body.set('category', 'other');
    body.set('description', 'See the attached statement please.');
    body.set('language', 'en');
    body.append('attachments', new Blob(['<html><script>alert(1)</script>'], { type: 'text/plain' }), 'x.txt');
    expect((await reporter.request('/report/acme', { method: 'POST', body })).status).toBe(201);
    const organisation = await t.store.organisations.findBySlug('acme');
    const [grievance] = await t.store.grievances.list(organisation?.id ?? '');
    const attachment = grievance?.attachments[0];
    const response = await owner.request(`/o/acme/cases/${grievance?.id}/attachments/${attachment?.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="attachment-[\w-]+\.txt"$/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(await response.text()).toContain('<script>');
    await t.store.close();
  });
});
