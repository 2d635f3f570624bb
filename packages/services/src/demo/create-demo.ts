import { randomBytes } from 'node:crypto';
import type { SupplierFields } from '@assay/storage';
import { openSession, type SignedIn } from '../accounts/sessions.js';
import type { OrgActor, ServiceContext } from '../context.js';
import { addAction } from '../due-diligence/actions.js';
import { getAssessment, saveAnswers } from '../due-diligence/assessment.js';
import { proposeImprovementGoals } from '../due-diligence/goals.js';
import { saveProfile } from '../due-diligence/profile.js';
import { addRisk } from '../due-diligence/risks.js';
import { hashPassword } from '../security/passwords.js';
import { newToken } from '../security/tokens.js';

/**
 * Synthetic suppliers for the demo organisation. Every name is made up for Assay; the mix of
 * countries and materials mirrors what a Dutch metal company typically buys, including sources in
 * conflict-affected and high-risk areas, so that the risk views have something to show.
 */
export const DEMO_SUPPLIERS: readonly SupplierFields[] = [
  {
    name: 'Noordkaap Metaalhandel B.V.',
    country: 'NL',
    materials: ['aluminium scrap', 'copper scrap'],
    tier: 1,
    recycled: true,
  },
  { name: 'Rheinwerk Halbzeug GmbH', country: 'DE', materials: ['aluminium', 'copper'], tier: 1, recycled: false },
  {
    name: 'Kivu Mineral Traders SARL',
    country: 'CD',
    materials: ['tin ore', 'tantalum ore'],
    tier: 3,
    recycled: false,
  },
  { name: 'Bangka Timah Smelting', country: 'ID', materials: ['tin'], tier: 2, recycled: false },
  { name: 'Andes Zinc y Plomo S.A.', country: 'PE', materials: ['zinc', 'lead'], tier: 2, recycled: false },
  { name: 'Katanga Cobalt Refining', country: 'CD', materials: ['cobalt'], tier: 2, recycled: false },
  { name: 'Boké Bauxite Logistics', country: 'GN', materials: ['bauxite'], tier: 3, recycled: false },
  { name: 'Yangtze Tungsten Works', country: 'CN', materials: ['tungsten'], tier: 2, recycled: false },
  {
    name: 'Scheldt Recycling NV',
    country: 'BE',
    materials: ['steel scrap', 'stainless steel scrap'],
    tier: 1,
    recycled: true,
  },
  { name: 'Altiplano Silver & Tin', country: 'BO', materials: ['tin', 'silver'], tier: 2, recycled: false },
  { name: 'Pilbara Lithium Concentrates', country: 'AU', materials: ['lithium'], tier: 3, recycled: false },
  { name: 'Kigali Gold Refinery', country: 'RW', materials: ['gold'], tier: 2, recycled: false },
];

/**
 * Creates a fresh demo organisation with a demo user and synthetic data, and signs that user in.
 * Each visitor gets their own demo (a random slug), so demos never see each other.
 */
export async function createDemoOrganisation(
  ctx: ServiceContext,
  locale: 'nl' | 'en',
): Promise<{ session: SignedIn; slug: string }> {
  const suffix = randomBytes(4).toString('hex');
  const slug = `demo-${suffix}`;
  // The demo user's password is random and never shown: the demo is entered through this session only.
  const passwordHash = await hashPassword(newToken());
  const { user, organisationId } = await ctx.store.transaction(async (tx) => {
    const organisation = await tx.organisations.create({
      slug,
      name: locale === 'nl' ? 'Demo Metaal B.V.' : 'Demo Metals Ltd',
      kind: 'company',
      isDemo: true,
    });
    const created = await tx.users.create({
      email: `demo-${suffix}@demo.assay.invalid`,
      name: locale === 'nl' ? 'Demogebruiker' : 'Demo user',
      passwordHash,
      locale,
    });
    await tx.memberships.add(organisation.id, created.id, 'owner');
    const actor = { userId: created.id, label: 'demo' };
    await tx.audit.record({
      organisationId: organisation.id,
      actor,
      entity: 'organisation',
      entityId: organisation.id,
      action: 'create',
      summary: { demo: true },
    });
    for (const fields of DEMO_SUPPLIERS) {
      const supplier = await tx.suppliers.create(organisation.id, fields);
      await tx.audit.record({
        organisationId: organisation.id,
        actor,
        entity: 'supplier',
        entityId: supplier.id,
        action: 'create',
        summary: { name: fields.name, country: fields.country, materials: fields.materials },
      });
    }
    return { user: created, organisationId: organisation.id };
  });
  await fillDemoWorkflow(ctx, { userId: user.id, label: 'demo', organisationId, role: 'owner' }, locale);
  return { session: await openSession(ctx, user), slug };
}

/** A year's worth of synthetic due-diligence work, so every workflow page has something to show. */
async function fillDemoWorkflow(ctx: ServiceContext, actor: OrgActor, locale: 'nl' | 'en'): Promise<void> {
  await saveProfile(ctx, actor, {
    name: locale === 'nl' ? 'Demo Metaal B.V.' : 'Demo Metals Ltd',
    positions: ['semi_finished', 'recycling_scrap'],
    size: { band: 'medium' },
    materials: [
      { materialId: 'aluminium', originCountries: ['GN', 'AU'] },
      { materialId: 'tin', originCountries: ['ID', 'BO'] },
      { materialId: 'cobalt', originCountries: ['CD'] },
      { materialId: 'copper-scrap', originCountries: ['NL', 'BE'] },
    ],
  });
  const assessment = await getAssessment(ctx, actor);
  const levels = ['fully', 'largely', 'partly', 'not_started'] as const;
  await saveAnswers(ctx, actor, {
    answers: assessment.questions.map((q, i) => ({ questionId: q.id, level: levels[i % levels.length] })),
  });
  await proposeImprovementGoals(ctx, actor);
  const risk = await addRisk(ctx, actor, {
    source: 'own',
    title:
      locale === 'nl'
        ? 'Kinderarbeid in ambachtelijke kobaltmijnen (DR Congo)'
        : 'Child labour in artisanal cobalt mining (DR Congo)',
    theme: 'child_labour',
    scale: 4,
    scope: 3,
    irremediability: 4,
    likelihood: 3,
  });
  const due = new Date(ctx.now().getTime() + 30 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  await addAction(ctx, actor, risk.id, {
    type: 'mitigate',
    title:
      locale === 'nl'
        ? 'Vraag de kobaltraffinaderij om haar RMAP-auditrapport'
        : 'Ask the cobalt refiner for its RMAP audit report',
    ownerRole: 'purchasing',
    dueDate: due,
  });
}
