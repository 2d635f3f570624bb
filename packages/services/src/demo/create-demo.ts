import { randomBytes } from 'node:crypto';
import type { SupplierFields, User } from '@assay/storage';
import { openSession, type SignedIn } from '../accounts/sessions.js';
import type { ServiceContext } from '../context.js';
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
  const user: User = await ctx.store.transaction(async (tx) => {
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
    return created;
  });
  return { session: await openSession(ctx, user), slug };
}
