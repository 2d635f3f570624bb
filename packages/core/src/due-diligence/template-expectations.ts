import type { LocalizedText } from '../i18n/locales.js';
import type { CompanyProfile } from './company-profile.schema.js';
import { fillText, listText } from './localized-text.js';
import { classifyMaterial, isEmrtMineral, isThreeTg, type MaterialResolver, metalLabel } from './material-families.js';
import { meetsCondition, type ProfileCondition, profileTraits } from './profile-traits.js';

/** The RMI reporting templates. */
export type RmiTemplate = 'CMRT' | 'EMRT' | 'AMRT';

/** Who fills the template in: the company's suppliers (for the company) or the company (for its customers). */
export type TemplateDirection = 'collect_from_suppliers' | 'provide_to_customers';

/** One expectation: a template, a direction, the metals it covers, and how firm the expectation is. */
export type TemplateExpectation = {
  readonly template: RmiTemplate;
  readonly direction: TemplateDirection;
  readonly metals: readonly string[];
  /** `requested`: a customer asked; `expected`: usual for this position; `on_request`: only if someone asks. */
  readonly firmness: 'requested' | 'expected' | 'on_request';
  readonly reason: LocalizedText;
  readonly source: string;
};

/**
 * Which template covers which metals (RMI: CMRT 6.x for 3TG; EMRT 2.x for cobalt, copper, natural
 * graphite, lithium, mica and nickel; AMRT 1.x for up to ten further minerals chosen by the requester).
 */
export function templateFor(metal: string): RmiTemplate {
  if (isThreeTg(metal)) return 'CMRT';
  if (isEmrtMineral(metal)) return 'EMRT';
  return 'AMRT';
}

const SOURCES: Readonly<Record<RmiTemplate, string>> = {
  CMRT: 'RMI Conflict Minerals Reporting Template (CMRT 6.x); OECD minerals DDG 3rd ed., step 2 (downstream)',
  EMRT: 'RMI Extended Minerals Reporting Template (EMRT 2.x); OECD minerals DDG 3rd ed., step 2 (downstream)',
  AMRT: 'RMI Additional Minerals Reporting Template (AMRT 1.x)',
};

/** Downstream companies and traders identify smelters through their suppliers (minerals DDG step 2). */
const COLLECTORS: ProfileCondition = { anyOf: ['downstream', 'trader'] };
/** Customers routinely ask these positions for templates about what they deliver. */
const ASKED_BY_CUSTOMERS: ProfileCondition = { anyOf: ['downstream', 'trader', 'smelter_refiner', 'recycler'] };

const REASONS = {
  collect: {
    en: 'Ask your suppliers for a {template} on {metals} to find out which smelters and refiners are in your chain.',
    nl: 'Vraag uw leveranciers om een {template} voor {metals} om te weten welke smelters en raffinaderijen in uw keten zitten.',
  },
  requested: {
    en: 'A customer asked you for a {template} on {metals}; base it on the templates you collect.',
    nl: 'Een klant vroeg u om een {template} voor {metals}; baseer die op de templates die u verzamelt.',
  },
  expected: {
    en: 'Customers usually expect a {template} on {metals} from a company in your position.',
    nl: 'Klanten verwachten van een bedrijf in uw positie meestal een {template} voor {metals}.',
  },
  onRequest: {
    en: 'The {template} covers {metals}; use it only when a customer asks for it.',
    nl: 'De {template} dekt {metals}; gebruik die alleen als een klant erom vraagt.',
  },
} as const satisfies Record<string, LocalizedText>;

const REQUEST_KIND: Readonly<Record<RmiTemplate, string>> = { CMRT: 'cmrt', EMRT: 'emrt', AMRT: 'amrt' };

/** The template expectations for a profile, CMRT first. */
export function expectTemplates(profile: CompanyProfile, resolve?: MaterialResolver): TemplateExpectation[] {
  const traits = profileTraits(profile, resolve);
  const byTemplate = new Map<RmiTemplate, string[]>();
  for (const m of profile.materials) {
    const { metal } = classifyMaterial(m.materialId, resolve);
    const list = byTemplate.get(templateFor(metal)) ?? [];
    if (!list.includes(metal)) list.push(metal);
    byTemplate.set(templateFor(metal), list);
  }
  const result: TemplateExpectation[] = [];
  for (const template of ['CMRT', 'EMRT', 'AMRT'] as const) {
    const metals = byTemplate.get(template);
    const requested = profile.customerRequests.some((r) => r.kind === REQUEST_KIND[template]);
    if (!metals && !requested) continue;
    const vars = {
      template,
      metals: metals
        ? listText(metals.map(metalLabel))
        : { en: 'the metals they name', nl: 'de metalen die zij noemen' },
    };
    const entry = (direction: TemplateDirection, firmness: TemplateExpectation['firmness'], reason: LocalizedText) =>
      result.push({
        template,
        direction,
        metals: metals ?? [],
        firmness,
        reason: fillText(reason, vars),
        source: SOURCES[template],
      });
    const usual = template !== 'AMRT';
    if (metals && meetsCondition(COLLECTORS, traits)) {
      entry('collect_from_suppliers', usual ? 'expected' : 'on_request', usual ? REASONS.collect : REASONS.onRequest);
    }
    if (requested) entry('provide_to_customers', 'requested', REASONS.requested);
    else if (metals && usual && meetsCondition(ASKED_BY_CUSTOMERS, traits)) {
      entry('provide_to_customers', 'expected', REASONS.expected);
    }
  }
  return result;
}
