import { randomBytes } from 'node:crypto';
import type { SupplierFields, SupplierProfile } from '@assay/storage';
import { openSession, type SignedIn } from '../accounts/sessions.js';
import type { OrgActor, ServiceContext } from '../context.js';
import { addAction } from '../due-diligence/actions.js';
import { getAssessment, saveAnswers } from '../due-diligence/assessment.js';
import { proposeImprovementGoals } from '../due-diligence/goals.js';
import { saveProfile } from '../due-diligence/profile.js';
import { addRisk } from '../due-diligence/risks.js';
import { hashPassword } from '../security/passwords.js';
import { newToken } from '../security/tokens.js';

/** A synthetic supplier of the demo: register fields and a profile. */
export type DemoSupplier = SupplierFields & { readonly profile: SupplierProfile };

/** A made-up contact at a reserved, never-delivered domain (RFC 2606 `.invalid`). */
const contact = (name: string, mailbox: string) => ({ name, email: `${mailbox}@demo.assay.invalid` });

/** A demo profile: identifier, sites, one contact, CN codes, yearly volume in tonnes, spend in EUR, leverage, due date. */
function profile(
  p: Omit<SupplierProfile, 'volumeUnit' | 'responseDue' | 'contacts'> & { contact: ReturnType<typeof contact> },
): SupplierProfile {
  const { contact: person, ...rest } = p;
  return { ...rest, contacts: [person], volumeUnit: 't', responseDue: null };
}

/**
 * Synthetic suppliers for the demo organisation. Every name, identifier and contact is made up for
 * Assay; the mix of countries and materials mirrors what a Dutch metal company typically buys,
 * including sources in conflict-affected and high-risk areas, so that the risk views have
 * something to show. CN codes are real Combined Nomenclature headings for the materials.
 */
export const DEMO_SUPPLIERS: readonly DemoSupplier[] = [
  {
    name: 'Noordkaap Metaalhandel B.V.',
    country: 'NL',
    materials: ['aluminium scrap', 'copper scrap'],
    tier: 1,
    recycled: true,
    profile: profile({
      identifier: 'DEMO-NL-0001',
      sites: ['Delfzijl'],
      contact: contact('A. de Vries', 'inkoop.noordkaap'),
      cnCodes: ['7602', '7404'],
      annualVolume: 4200,
      spend: 9_800_000,
      leverage: 'high',
    }),
  },
  {
    name: 'Rheinwerk Halbzeug GmbH',
    country: 'DE',
    materials: ['aluminium', 'copper'],
    tier: 1,
    recycled: false,
    profile: profile({
      identifier: 'DEMO-DE-0002',
      sites: ['Duisburg', 'Neuss'],
      contact: contact('M. Becker', 'vertrieb.rheinwerk'),
      cnCodes: ['7601', '7403'],
      annualVolume: 2600,
      spend: 11_500_000,
      leverage: 'medium',
    }),
  },
  {
    name: 'Kivu Mineral Traders SARL',
    country: 'CD',
    materials: ['tin ore', 'tantalum ore'],
    tier: 3,
    recycled: false,
    profile: profile({
      identifier: null,
      sites: ['Goma'],
      contact: contact('J. Mukendi', 'contact.kivu'),
      cnCodes: ['2609', '2615'],
      annualVolume: 35,
      spend: null,
      leverage: 'low',
    }),
  },
  {
    name: 'Bangka Timah Smelting',
    country: 'ID',
    materials: ['tin'],
    tier: 2,
    recycled: false,
    profile: profile({
      identifier: 'DEMO-ID-0004',
      sites: ['Pangkal Pinang'],
      contact: contact('S. Wijaya', 'sales.bangka'),
      cnCodes: ['8001'],
      annualVolume: 120,
      spend: 3_100_000,
      leverage: 'low',
    }),
  },
  {
    name: 'Andes Zinc y Plomo S.A.',
    country: 'PE',
    materials: ['zinc', 'lead'],
    tier: 2,
    recycled: false,
    profile: profile({
      identifier: 'DEMO-PE-0005',
      sites: ['Cerro de Pasco'],
      contact: contact('L. Quispe', 'ventas.andes'),
      cnCodes: ['7901', '7801'],
      annualVolume: 800,
      spend: 2_200_000,
      leverage: 'low',
    }),
  },
  {
    name: 'Katanga Cobalt Refining',
    country: 'CD',
    materials: ['cobalt'],
    tier: 2,
    recycled: false,
    profile: profile({
      identifier: 'DEMO-CD-0006',
      sites: ['Kolwezi'],
      contact: contact('P. Ilunga', 'compliance.katanga'),
      cnCodes: ['8105'],
      annualVolume: 18,
      spend: 640_000,
      leverage: 'low',
    }),
  },
  {
    name: 'Boké Bauxite Logistics',
    country: 'GN',
    materials: ['bauxite'],
    tier: 3,
    recycled: false,
    profile: profile({
      identifier: null,
      sites: ['Kamsar'],
      contact: contact('M. Camara', 'logistique.boke'),
      cnCodes: ['2606'],
      annualVolume: null,
      spend: null,
      leverage: 'low',
    }),
  },
  {
    name: 'Yangtze Tungsten Works',
    country: 'CN',
    materials: ['tungsten'],
    tier: 2,
    recycled: false,
    profile: profile({
      identifier: 'DEMO-CN-0008',
      sites: ['Ganzhou'],
      contact: contact('W. Li', 'export.yangtze'),
      cnCodes: ['8101'],
      annualVolume: 12,
      spend: 480_000,
      leverage: 'low',
    }),
  },
  {
    name: 'Scheldt Recycling NV',
    country: 'BE',
    materials: ['steel scrap', 'stainless steel scrap'],
    tier: 1,
    recycled: true,
    profile: profile({
      identifier: 'DEMO-BE-0009',
      sites: ['Antwerpen', 'Gent'],
      contact: contact('K. Peeters', 'aankoop.scheldt'),
      cnCodes: ['7204'],
      annualVolume: 15_000,
      spend: 5_400_000,
      leverage: 'high',
    }),
  },
  {
    name: 'Altiplano Silver & Tin',
    country: 'BO',
    materials: ['tin', 'silver'],
    tier: 2,
    recycled: false,
    profile: profile({
      identifier: 'DEMO-BO-0010',
      sites: ['Oruro'],
      contact: contact('R. Mamani', 'ventas.altiplano'),
      cnCodes: ['8001', '7106'],
      annualVolume: 40,
      spend: 1_300_000,
      leverage: 'medium',
    }),
  },
  {
    name: 'Pilbara Lithium Concentrates',
    country: 'AU',
    materials: ['lithium'],
    tier: 3,
    recycled: false,
    profile: profile({
      identifier: 'DEMO-AU-0011',
      sites: ['Port Hedland'],
      contact: contact('E. Walker', 'sales.pilbara'),
      cnCodes: ['2530'],
      annualVolume: 60,
      spend: null,
      leverage: 'low',
    }),
  },
  {
    name: 'Kigali Gold Refinery',
    country: 'RW',
    materials: ['gold'],
    tier: 2,
    recycled: false,
    profile: profile({
      identifier: 'DEMO-RW-0012',
      sites: ['Kigali'],
      contact: contact('A. Uwase', 'compliance.kigali'),
      cnCodes: ['7108'],
      annualVolume: 0.2,
      spend: 9_000_000,
      leverage: 'medium',
    }),
  },
];

/** The demo's free-text leverage ("high", "medium") in the visitor's language. */
const LEVERAGE_NL: Readonly<Record<string, string>> = { low: 'laag', medium: 'middel', high: 'hoog' };
function inLanguage(profile: SupplierProfile, locale: 'nl' | 'en'): SupplierProfile {
  if (locale === 'en' || !profile.leverage) return profile;
  return { ...profile, leverage: LEVERAGE_NL[profile.leverage] ?? profile.leverage };
}

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
    for (const { profile: demoProfile, ...fields } of DEMO_SUPPLIERS) {
      const supplier = await tx.suppliers.create(organisation.id, fields);
      await tx.supplierProfiles.put(organisation.id, supplier.id, inLanguage(demoProfile, locale));
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
