/**
 * Tenant isolation, tested from the outside: every registered route is tried as a member of
 * organisation A against organisation B — with B's slug, and with A's slug but B's ids. Every
 * attempt must be refused, return nothing of B, and change nothing of B.
 */
import {
  addAction,
  addRisk,
  createOrganisation,
  editPolicySection,
  getAssessment,
  getPolicy,
  inviteMember,
  proposeImprovementGoals,
  saveAnswers,
  saveProfile,
  serviceContext,
} from '@assay/services';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, setUp, type TestApp } from './test-support/test-app.js';

type Route = { method: string; path: string };

const SECRET_NAME = 'Beta Secret Metals';
const SECRET_SUPPLIER = 'Hidden Cobalt Supplier';

describe('tenant isolation across every route', () => {
  let t: TestApp;
  let alice: Client;
  let b: {
    slug: string;
    orgId: string;
    supplierId: string;
    ownerId: string;
    ownerEmail: string;
    invitationId: string;
    caseId: string;
    attachmentId: string;
    goalId: string;
    riskId: string;
    actionId: string;
    sectionId: string;
    year: string;
    submissionId: string;
    reportId: string;
  };

  const snapshotOfB = async () => ({
    organisation: await t.store.organisations.findById(b.orgId),
    suppliers: await t.store.suppliers.list(b.orgId),
    supplierProfiles: await t.store.supplierProfiles.list(b.orgId),
    members: await t.store.memberships.list(b.orgId),
    invitations: await t.store.invitations.listOpen(b.orgId),
    audit: (await t.store.audit.list(b.orgId, { limit: 10_000 })).length,
    grievances: await t.store.grievances.list(b.orgId),
    supplyChain: {
      submissions: await t.store.submissions.list(b.orgId),
      reports: await t.store.smelterReports.list(b.orgId),
      smelters: await t.store.smelters.list(b.orgId),
      aliases: await t.store.smelterAliases.list(b.orgId),
      own: await t.store.ownDeclarations.list(b.orgId),
    },
    dueDiligence: {
      profile: await t.store.profiles.get(b.orgId),
      assessments: await t.store.assessments.list(b.orgId),
      goals: await t.store.goals.list(b.orgId),
      policies: await t.store.policies.list(b.orgId),
      risks: await t.store.riskRegister.list(b.orgId),
      actions: await t.store.actions.list(b.orgId),
      records: await t.store.ddRecords.list(b.orgId, 'escalation'),
    },
  });

  beforeAll(async () => {
    t = await createTestApp('sqlite');
    alice = await setUp(t.app, { name: 'Alpha Metals', slug: 'alpha' });
    // Organisation B with its own owner, a supplier and an open invitation.
    const ctx = serviceContext(t.store);
    const created = await createOrganisation(
      ctx,
      {
        organisation: { name: SECRET_NAME, slug: 'beta' },
        owner: { email: 'owner@beta.example', name: 'Bea Beta', password: 'beta password 1' },
      },
      { userId: null, label: 'test' },
    );
    const ownerId = created.user?.id ?? '';
    const actor = { userId: ownerId, label: 'user', organisationId: created.organisation.id, role: 'owner' as const };
    const supplier = await t.store.suppliers.create(created.organisation.id, {
      name: SECRET_SUPPLIER,
      country: 'CD',
      materials: ['cobalt'],
      tier: 2,
      recycled: false,
    });
    await t.store.supplierProfiles.put(created.organisation.id, supplier.id, {
      identifier: null,
      sites: [`${SECRET_SUPPLIER} site`],
      contacts: [{ name: SECRET_SUPPLIER, email: 'contact@hidden.example' }],
      cnCodes: ['8105'],
      annualVolume: 1,
      volumeUnit: 't',
      spend: 1,
      leverage: null,
      responseDue: null,
    });
    const { invitation } = await inviteMember(ctx, actor, { email: 'invitee@beta.example', role: 'editor' });
    // A grievance case of B, filed on B's public channel, with an attachment row.
    await t.app.request('/api/v1/public/grievances/beta', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ category: 'other', description: `Unpaid wages at ${SECRET_SUPPLIER}.`, language: 'en' }),
    });
    const [grievance] = await t.store.grievances.list(created.organisation.id);
    const attachmentId = '00000000-0000-4000-8000-00000000b0b0';
    await t.store.grievances.addAttachment({
      id: attachmentId,
      caseId: grievance?.id ?? '',
      type: 'text',
      mediaType: 'text/plain; charset=utf-8',
      size: 1,
      storageName: 'missing',
    });
    // B's due-diligence workflow: profile, an assessment, goals, a policy draft, a risk with an action.
    await saveProfile(ctx, actor, {
      name: SECRET_NAME,
      positions: ['trading'],
      size: { band: 'small' },
      materials: [{ materialId: 'cobalt', originCountries: ['CD'] }],
    });
    const assessment = await getAssessment(ctx, actor);
    await saveAnswers(ctx, actor, {
      answers: assessment.questions.map((q) => ({ questionId: q.id, level: 'partly' })),
    });
    const [goal] = await proposeImprovementGoals(ctx, actor);
    const { policy } = await getPolicy(ctx, actor);
    const sectionId = policy.sections[0]?.id ?? '';
    await editPolicySection(ctx, actor, sectionId, { locale: 'en', body: SECRET_SUPPLIER });
    const risk = await addRisk(ctx, actor, {
      source: 'own',
      title: `Child labour at ${SECRET_SUPPLIER}`,
      theme: 'child_labour',
      scale: 4,
      scope: 3,
      irremediability: 4,
      likelihood: 3,
    });
    const action = await addAction(ctx, actor, risk.id, {
      type: 'mitigate',
      title: `Visit ${SECRET_SUPPLIER}`,
      ownerRole: 'purchasing',
      dueDate: '2030-01-31',
    });
    // Supply chain of B: a received template, a register entry and a smelter row to review.
    const submission = await t.store.submissions.insert(created.organisation.id, {
      supplierId: supplier.id,
      suggestedSupplierId: null,
      sha256: 'f'.repeat(64),
      fileName: `${SECRET_SUPPLIER}.xlsx`,
      size: 1,
      family: 'CMRT',
      version: '6.4',
      companyName: SECRET_SUPPLIER,
      declaredOn: null,
      status: 'needs_correction',
      errors: 1,
      warnings: 0,
      linkStatus: 'linked',
      linkScore: 1,
      findings: [],
      declaration: null,
    });
    await t.store.smelters.insertMany(created.organisation.id, [
      {
        smelterId: 'CID009999',
        metal: 'Tin',
        name: `${SECRET_SUPPLIER} Smelter`,
        country: 'CD',
        countryName: null,
        aliases: [],
        asOf: null,
        sources: ['test'],
        conformance: 'unknown',
      },
    ]);
    const [smelter] = await t.store.smelters.list(created.organisation.id);
    await t.store.smelterReports.insertMany(created.organisation.id, [
      {
        submissionId: submission.id,
        row: 5,
        metal: 'Tin',
        name: `${SECRET_SUPPLIER} Smelter`,
        country: 'CD',
        givenId: null,
        matchStatus: 'review',
        matchMethod: 'fuzzy',
        matchScore: 0.9,
        smelterRef: null,
        candidates: [{ smelterRef: smelter?.id ?? '', smelterId: 'CID009999', name: 'x', score: 0.9 }],
      },
    ]);
    const [report] = await t.store.smelterReports.list(created.organisation.id);
    // B's reviewed own declarations (CMRT and EMRT): no route of A may read or change them.
    await t.store.ownDeclarations.put(created.organisation.id, 'CMRT', { name: SECRET_NAME });
    await t.store.ownDeclarations.put(created.organisation.id, 'EMRT', { name: SECRET_NAME });
    b = {
      submissionId: submission.id,
      reportId: report?.id ?? '',
      slug: 'beta',
      orgId: created.organisation.id,
      supplierId: supplier.id,
      ownerId,
      ownerEmail: 'owner@beta.example',
      invitationId: invitation.id,
      caseId: grievance?.id ?? '',
      attachmentId,
      goalId: goal?.id ?? '',
      riskId: risk.id,
      actionId: action.id,
      sectionId,
      year: String(assessment.year),
    };
  });

  const routes = (): Route[] => {
    const seen = new Set<string>();
    return t.app.routes
      .filter((r) => r.method !== 'ALL')
      .map((r) => ({ method: r.method, path: r.path }))
      .filter((r) => {
        const key = `${r.method} ${r.path}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  };

  const fill = (path: string, org: string) =>
    path
      .replace(':org', org)
      .replace(':id', b.supplierId)
      .replace(':supplierId', b.supplierId)
      .replace(':submissionId', b.submissionId)
      .replace(':reportId', b.reportId)
      .replace(':caseId', b.caseId)
      .replace(':attachmentId', b.attachmentId)
      .replace(':goalId', b.goalId)
      .replace(':riskId', b.riskId)
      .replace(':actionId', b.actionId)
      .replace(':sectionId', b.sectionId)
      .replace(':year', b.year)
      .replace(':userId', b.ownerId)
      .replace(':step', '1')
      .replace(':locale', 'en')
      .replace(':token', 'not-a-real-token');

  const send = (route: Route, path: string) => {
    if (route.method === 'GET') return alice.request(path);
    if (path.startsWith('/api/'))
      return alice.json(route.method, path, { name: 'Hijacked', role: 'viewer', email: 'x@example.org' });
    return alice.form(path, { name: 'Hijacked', role: 'viewer', email: 'x@example.org' });
  };

  const idRoute = (path: string) => /\/:(?!org\b)\w+/.test(path.replace('/:locale', '').replace('/:step', ''));

  it('finds the routes to test (a guard against an empty enumeration)', () => {
    const orgRoutes = routes().filter((r) => r.path.includes(':org'));
    expect(orgRoutes.length).toBeGreaterThanOrEqual(15);
    expect(b.caseId, 'B has a grievance case to probe').not.toBe('');
    expect(routes().filter((r) => r.path.startsWith('/api/v1/orgs/')).length).toBeGreaterThanOrEqual(6);
  });

  it('refuses every route of organisation B to a member of A, with 404, and changes nothing', async () => {
    const before = await snapshotOfB();
    const tried: string[] = [];
    for (const route of routes().filter((r) => r.path.includes(':org'))) {
      const path = fill(route.path, b.slug);
      const response = await send(route, path);
      const body = await response.text();
      tried.push(`${route.method} ${route.path} → ${response.status}`);
      expect(response.status, `${route.method} ${path}`).toBe(404);
      expect(body).not.toContain(SECRET_NAME);
      expect(body).not.toContain(SECRET_SUPPLIER);
      expect(body).not.toContain(b.ownerEmail);
    }
    // The supplier register's pages, export and API are among them.
    for (const route of [
      'GET /o/:org/suppliers/:id',
      'POST /o/:org/suppliers/:id',
      'GET /o/:org/suppliers/export',
      'PUT /api/v1/orgs/:org/supply-chain/suppliers/:id',
      'GET /api/v1/orgs/:org/supply-chain/rollup',
      'GET /api/v1/orgs/:org/supply-chain/submissions/:submissionId',
      'GET /o/:org/own-declaration',
      'POST /o/:org/own-declaration',
      'GET /o/:org/own-declaration/download',
    ])
      expect(
        tried.some((line) => line.startsWith(`${route} →`)),
        route,
      ).toBe(true);
    expect(await snapshotOfB()).toEqual(before);
    console.log(`tenant isolation (B's slug): ${tried.length} routes refused`);
  });

  it('refuses B’s ids under A’s own slug on every route that takes an id, and changes nothing', async () => {
    const before = await snapshotOfB();
    let count = 0;
    for (const route of routes().filter((r) => r.path.includes(':org') && idRoute(r.path))) {
      const path = fill(route.path, 'alpha');
      const response = await send(route, path);
      const body = await response.text();
      expect([400, 403, 404], `${route.method} ${path} → ${response.status}`).toContain(response.status);
      expect(body).not.toContain(SECRET_SUPPLIER);
      expect(body).not.toContain(b.ownerEmail);
      count += 1;
    }
    // Revoking B's invitation through A's slug must fail too.
    const revoke = await alice.form(`/o/alpha/settings/invitations/${b.invitationId}/revoke`, {});
    expect(revoke.status).toBe(404);
    expect(await snapshotOfB()).toEqual(before);
    expect(count).toBeGreaterThanOrEqual(5);
  });

  it('shows nothing of B on routes outside any organisation', async () => {
    const before = await snapshotOfB();
    for (const route of routes().filter((r) => !r.path.includes(':org') && r.method === 'GET')) {
      const response = await alice.request(fill(route.path, 'alpha'));
      const body = await response.text();
      expect(body, route.path).not.toContain(SECRET_NAME);
      expect(body, route.path).not.toContain(SECRET_SUPPLIER);
    }
    const me = await (await alice.request('/api/v1/me')).json();
    expect(me.organisations.map((o: { slug: string }) => o.slug)).toEqual(['alpha']);
    expect(await snapshotOfB()).toEqual(before);
  });
});
