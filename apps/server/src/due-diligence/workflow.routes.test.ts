import { inviteMember, serviceContext } from '@assay/services';
import { beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, setUp, type TestApp } from '../test-support/test-app.js';

const PROFILE = {
  name: 'Voorbeeld Profielen B.V.',
  country: 'NL',
  positions: 'semi_finished',
  'size.band': 'small',
  'size.employees': '42',
  'materials.0.materialId': 'aluminium',
  'materials.0.originCountries': 'GN',
  'materials.0.volumeKgPerYear': '1800000',
  'materials.1.materialId': 'aluminium-scrap',
  'materials.1.originCountries': 'NL, BE',
  'materials.1.volumeKgPerYear': '',
  'materials.2.materialId': '',
  'materials.2.originCountries': '',
};

describe('due-diligence pages over HTTP', () => {
  let t: TestApp;
  let owner: Client;
  let riskPath = '';

  beforeAll(async () => {
    t = await createTestApp('sqlite');
    owner = await setUp(t.app, { name: 'Voorbeeld Profielen', slug: 'vp' });
    await owner.request('/lang/nl?return=/o/vp');
  });

  it('sends an organisation without a profile from the plan to the profile wizard', async () => {
    const plan = await owner.request('/o/vp/plan');
    expect(plan.status).toBe(303);
    expect(plan.headers.get('location')).toBe('/o/vp/profile');
    const html = await (await owner.request('/o/vp/profile')).text();
    expect(html).toContain('Bedrijfsprofiel');
    expect(html).toContain('<legend>2. Posities in de metaalketen</legend>');
  });

  it('names the wrong field, keeps the values and saves nothing', async () => {
    const response = await owner.form('/o/vp/profile', { ...PROFILE, 'materials.0.originCountries': 'GN, XX' });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('materials.0.originCountries');
    expect(html).toContain('value="GN, XX"');
    expect(await t.store.profiles.get((await t.store.organisations.findBySlug('vp'))!.id)).toBeUndefined();
  });

  it('saves the profile and shows a plan that rules the EU Conflict Minerals Regulation out for aluminium', async () => {
    const response = await owner.form('/o/vp/profile', PROFILE);
    expect(response.status).toBe(303);
    const html = await (await owner.request('/o/vp/plan')).text();
    expect(html).toContain('Plan van aanpak');
    expect(html).toContain('Niet van toepassing');
    expect(html).toContain('niet van toepassing op aluminium');
    expect(html).toContain('De eerste drie dingen om deze maand te doen');
  });

  it('scores a saved self-assessment and exports it', async () => {
    const page = await (await owner.request('/o/vp/assessment')).text();
    const ids = [...page.matchAll(/name="answers\.([^"]+)\.level"/g)].map((m) => m[1]);
    const unique = [...new Set(ids)];
    expect(unique.length).toBeGreaterThan(20);
    const fields = Object.fromEntries(unique.map((id, i) => [`answers.${id}.level`, i % 3 === 0 ? 'fully' : 'partly']));
    const saved = await owner.form('/o/vp/assessment', { ...fields, [`answers.${unique[0]}.evidence`]: 'Intranet' });
    expect(saved.status).toBe(303);
    const html = await (await owner.request('/o/vp/assessment?saved')).text();
    expect(html).toContain('Uw antwoorden zijn opgeslagen');
    expect(html).toContain('Onder het doel van 80%');
    const csv = await owner.request(`/o/vp/assessment/${new Date().getUTCFullYear()}/export.csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(await csv.text()).toContain('"Intranet"');
    const bad = await owner.form('/o/vp/assessment', { 'answers.x.level': 'sometimes' });
    expect(bad.status).toBe(400);
  });

  it('proposes goals and edits one', async () => {
    expect((await owner.form('/o/vp/goals/propose', {})).status).toBe(303);
    const html = await (await owner.request('/o/vp/goals')).text();
    const id = /action="\/o\/vp\/goals\/([0-9a-f-]{36})"/.exec(html)?.[1] ?? '';
    const wrong = await owner.form(`/o/vp/goals/${id}`, { ownerName: 'Sanne', deadline: 'soon', status: 'open' });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('deadline');
    const ok = await owner.form(`/o/vp/goals/${id}`, {
      ownerName: 'Sanne',
      deadline: '2030-01-31',
      status: 'in_progress',
    });
    expect(ok.status).toBe(303);
  });

  it('adds a risk from the model, plans an action and shows both on the dashboard', async () => {
    const register = await (await owner.request('/o/vp/risks')).text();
    expect(register).toContain('Voorgesteld door het risicomodel');
    const added = await owner.form('/o/vp/risks', {
      source: 'model',
      materialId: 'aluminium',
      country: 'GN',
      theme: 'child_labour',
      supplierId: '',
    });
    expect(added.status).toBe(303);
    riskPath = new URL(added.headers.get('location') ?? '', 'http://x').pathname;
    const risk = await (await owner.request(riskPath)).text();
    expect(risk).toContain('OESO-bijlage II');
    const action = await owner.form(`${riskPath}/actions`, {
      type: 'mitigate',
      title: 'Smelter om auditrapport vragen',
      ownerRole: 'purchasing',
      dueDate: new Date().toISOString().slice(0, 10),
    });
    expect(action.status).toBe(303);
    const dashboard = await (await owner.request('/o/vp')).text();
    expect(dashboard).toContain('Smelter om auditrapport vragen');
    expect(dashboard).toContain('Risico’s naar prioriteit');
    expect(dashboard).toContain('Trend volwassenheid');
  });

  it('lets a viewer read but not change, and writes the audit log for every change', async () => {
    const org = (await t.store.organisations.findBySlug('vp'))!;
    const ownerUser = (await t.store.users.findByEmail('owner@vp.example'))!;
    const ctx = serviceContext(t.store);
    const { token } = await inviteMember(
      ctx,
      { userId: ownerUser.id, label: 'user', organisationId: org.id, role: 'owner' },
      { email: 'viewer@vp.example', role: 'viewer' },
    );
    const viewer = new Client(t.app);
    await viewer.form(`/invite/${token}`, { name: 'Vera', email: 'viewer@vp.example', password: 'viewer password 1' });
    expect((await viewer.request(riskPath)).status).toBe(200);
    expect((await viewer.form('/o/vp/profile', PROFILE)).status).toBe(403);
    expect((await viewer.form(`${riskPath}/actions`, { title: 'x' })).status).toBe(403);
    const entities = new Set((await t.store.audit.list(org.id, { limit: 500 })).map((e) => e.entity));
    for (const entity of ['dd_profile', 'dd_assessment', 'dd_goal', 'dd_risk', 'dd_action'])
      expect(entities).toContain(entity);
  });

  it('downloads the policy as HTML in Dutch and refuses a future approval date by name', async () => {
    const page = await (await owner.request('/o/vp/policy')).text();
    expect(page).toContain('Beleid voor verantwoord inkopen');
    const future = await owner.form('/o/vp/policy/approve', { approvedBy: 'Directie', approvedOn: '2999-01-01' });
    expect(future.status).toBe(400);
    expect(await future.text()).toContain('approvedOn');
    const file = await owner.request('/o/vp/policy/export.html?lang=nl');
    expect(file.headers.get('content-disposition')).toContain('attachment');
    expect(await file.text()).toContain('Concept, nog niet goedgekeurd');
  });
});
