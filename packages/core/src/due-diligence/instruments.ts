import type { LocalizedText } from '../i18n/locales.js';
import type { OecdStepId } from './oecd-steps.js';
import type { ProfileCondition } from './profile-traits.js';

/** The instruments the toolkit offers; stable ids that pages and stored progress refer to. */
export const INSTRUMENT_IDS = [
  'maturity_assessment',
  'improvement_plan',
  'model_policy',
  'heat_map',
  'action_plan',
  'effectiveness_review',
  'annual_report',
  'grievance_mechanism',
  'supplier_templates',
  'importer_check',
  'scrap_kyc',
  'smelter_audit',
] as const;

/** An instrument of the due-diligence cycle. */
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

/** An instrument with the step it serves, why it applies, and when (profile traits). */
export type Instrument = {
  readonly id: InstrumentId;
  readonly step: OecdStepId;
  readonly name: LocalizedText;
  readonly why: LocalizedText;
  readonly when?: ProfileCondition;
  readonly source: string;
};

const COVENANT =
  'IRBC Agreement for the Metals Sector (2019), chapter "Individual company and collective due diligence"';
const COVENANT_SECONDARY =
  'IRBC Agreement for the Metals Sector (2019), chapter "Responsible secondary materials supply chains"';

/** The instrument catalogue, in the order of the cycle. */
export const INSTRUMENTS: readonly Instrument[] = [
  {
    id: 'maturity_assessment',
    step: 1,
    name: { en: 'Maturity self-assessment', nl: 'Zelfevaluatie volwassenheid' },
    why: {
      en: 'Shows each year how far your due diligence has come per OECD step; the covenant target is 80%.',
      nl: 'Laat elk jaar zien hoe ver uw due diligence per OESO-stap is; het convenantsdoel is 80%.',
    },
    source: `${COVENANT}: yearly maturity assessment, target ≥ 80%`,
  },
  {
    id: 'improvement_plan',
    step: 1,
    name: { en: 'Improvement plan', nl: 'Verbeterplan' },
    why: {
      en: 'Turns the weakest answers of the self-assessment into SMART goals with owners and deadlines.',
      nl: 'Maakt van de zwakste antwoorden in de zelfevaluatie SMART-doelen met eigenaar en deadline.',
    },
    source: `${COVENANT}: maturity improvement plan with SMART goals`,
  },
  {
    id: 'model_policy',
    step: 1,
    name: { en: 'Responsible sourcing policy', nl: 'Beleid voor verantwoord inkopen' },
    why: {
      en: 'A public policy is the base of every other step: it tells staff, suppliers and customers what you expect.',
      nl: 'Een openbaar beleid is de basis van alle andere stappen: het vertelt medewerkers, leveranciers en klanten wat u verwacht.',
    },
    source: 'OECD RBC DDG 2018, step 1.1; OECD minerals DDG 3rd ed., step 1A and Annex II',
  },
  {
    id: 'heat_map',
    step: 2,
    name: { en: 'Risk heat map', nl: 'Risico-heatmap' },
    why: {
      en: 'Maps where in your chain the most severe and likely risks are, by material and country of origin.',
      nl: 'Brengt in kaart waar in uw keten de ernstigste en meest waarschijnlijke risico’s zitten, per materiaal en land van herkomst.',
    },
    source: `OECD RBC DDG 2018, step 2.1–2.4; ${COVENANT}: heat map reviewed with unions and NGOs`,
  },
  {
    id: 'action_plan',
    step: 3,
    name: { en: 'Due-diligence action plan', nl: 'Due-diligence-actieplan' },
    why: {
      en: 'Sets out what you do about each prioritised risk: prevent, mitigate, cease or remediate.',
      nl: 'Legt vast wat u doet aan elk geprioriteerd risico: voorkomen, beperken, beëindigen of herstellen.',
    },
    source: `OECD RBC DDG 2018, step 3; OECD minerals DDG 3rd ed., step 3B; ${COVENANT}: action plan`,
  },
  {
    id: 'effectiveness_review',
    step: 4,
    name: { en: 'Effectiveness review', nl: 'Evaluatie van effectiviteit' },
    why: {
      en: 'Checks with indicators whether your actions work, and feeds the lessons back into the plan.',
      nl: 'Controleert met indicatoren of uw acties werken en verwerkt de lessen in het plan.',
    },
    source: 'OECD RBC DDG 2018, step 4.1',
  },
  {
    id: 'annual_report',
    step: 5,
    name: { en: 'Annual due-diligence report', nl: 'Jaarlijks due-diligence-rapport' },
    why: {
      en: 'Tells customers, stakeholders and the public what you found and what you did about it.',
      nl: 'Vertelt klanten, belanghebbenden en het publiek wat u vond en wat u eraan deed.',
    },
    source: `OECD RBC DDG 2018, step 5.1; OECD minerals DDG 3rd ed., step 5; ${COVENANT}: annual report`,
  },
  {
    id: 'grievance_mechanism',
    step: 6,
    name: { en: 'Grievance channel', nl: 'Klachtenkanaal' },
    why: {
      en: 'Lets workers, communities and others raise concerns early, and is the route to remediation.',
      nl: 'Laat werknemers, gemeenschappen en anderen vroeg zorgen melden en is de route naar herstel.',
    },
    source: 'OECD RBC DDG 2018, step 6.2; OECD minerals DDG 3rd ed., step 1E',
  },
  {
    id: 'supplier_templates',
    step: 2,
    name: { en: 'RMI reporting templates', nl: 'RMI-rapportagetemplates' },
    why: {
      en: 'CMRT, EMRT and AMRT are the common format to identify the smelters and refiners in your chain.',
      nl: 'CMRT, EMRT en AMRT zijn het gangbare formaat om de smelters en raffinaderijen in uw keten te identificeren.',
    },
    when: { anyOf: ['downstream', 'trader', 'handles_3tg', 'handles_emrt_minerals'] },
    source: 'OECD minerals DDG 3rd ed., step 2 (downstream: identify smelters/refiners); RMI CMRT/EMRT/AMRT',
  },
  {
    id: 'importer_check',
    step: 1,
    name: { en: 'EU importer check (3TG)', nl: 'EU-importeurscheck (3TG)' },
    why: {
      en: 'Checks per import line whether your yearly volume reaches the Annex I threshold of Regulation (EU) 2017/821.',
      nl: 'Controleert per importregel of uw jaarvolume de drempel van bijlage I van Verordening (EU) 2017/821 haalt.',
    },
    when: { anyOf: ['eu_importer_3tg'] },
    source: 'Regulation (EU) 2017/821, Art. 1(3) and Annex I',
  },
  {
    id: 'scrap_kyc',
    step: 2,
    name: { en: 'Know your scrap supplier', nl: 'Ken uw schrootleverancier' },
    why: {
      en: 'Recycled material is only low-risk if you can show where it comes from and who delivered it.',
      nl: 'Gerecycled materiaal is alleen laag-risico als u kunt aantonen waar het vandaan komt en wie het leverde.',
    },
    when: { anyOf: ['handles_scrap', 'recycler'] },
    source: `OECD minerals DDG 3rd ed., gold supplement (recyclable gold) and 3T supplement (recycled claims); ${COVENANT_SECONDARY}`,
  },
  {
    id: 'smelter_audit',
    step: 4,
    name: { en: 'Independent third-party audit', nl: 'Onafhankelijke audit door derden' },
    why: {
      en: 'Smelters and refiners are the control point of the minerals chain; their due diligence is audited.',
      nl: 'Smelters en raffinaderijen zijn het controlepunt van de mineralenketen; hun due diligence wordt geaudit.',
    },
    when: { anyOf: ['smelter_refiner', 'eu_importer_3tg'] },
    source: 'OECD minerals DDG 3rd ed., step 4; Regulation (EU) 2017/821, Art. 6',
  },
];

/** The instrument record for an id. */
export function instrument(id: InstrumentId): Instrument {
  const found = INSTRUMENTS.find((i) => i.id === id);
  if (!found) throw new Error(`unknown instrument ${id}`);
  return found;
}
