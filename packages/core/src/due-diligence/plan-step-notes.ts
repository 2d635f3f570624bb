import type { LocalizedText } from '../i18n/locales.js';
import type { OecdStepId } from './oecd-steps.js';
import type { ProfileCondition } from './profile-traits.js';

/** A reason why an OECD step matters for this profile; `{placeholders}` are filled by the planner. */
export type PlanStepNote = {
  readonly id: string;
  readonly step: OecdStepId;
  readonly when?: ProfileCondition;
  readonly text: LocalizedText;
  readonly source: string;
};

/**
 * Step notes, in display order. Placeholders: {materials}, {origins}, {size}. Each note explains why a
 * step applies to this company in particular, so a small firm sees a proportionate cycle.
 */
export const PLAN_STEP_NOTES: readonly PlanStepNote[] = [
  {
    id: 'step1.base',
    step: 1,
    text: {
      en: 'Every company in the chain is expected to adopt a policy and make someone responsible for due diligence; as a {size} you may keep it short and proportionate.',
      nl: 'Van elk bedrijf in de keten wordt verwacht dat het beleid vaststelt en iemand verantwoordelijk maakt voor due diligence; als {size} mag u dat kort en proportioneel houden.',
    },
    source: 'OECD RBC DDG 2018, step 1.1–1.3 and section "characteristics of due diligence" (commensurate with size)',
  },
  {
    id: 'step1.minerals',
    step: 1,
    when: { anyOf: ['handles_3tg', 'handles_cobalt_or_mica', 'smelter_refiner', 'upstream'] },
    text: {
      en: 'Because you handle minerals from potentially high-risk areas, your policy should include the Annex II commitments of the OECD minerals guidance and a chain-of-custody or traceability system.',
      nl: 'Omdat u mineralen uit mogelijk risicovolle gebieden verwerkt, hoort uw beleid de toezeggingen uit bijlage II van de OESO-mineralenrichtlijn te bevatten, plus een systeem voor herkomstregistratie.',
    },
    source: 'OECD minerals DDG 3rd ed., step 1A and 1C, Annex II',
  },
  {
    id: 'step2.base',
    step: 2,
    text: {
      en: 'Start with a broad scan of {materials} and their countries of origin ({origins}), then look deeper where risks are most severe.',
      nl: 'Begin met een brede scan van {materials} en hun herkomstlanden ({origins}) en kijk daarna dieper waar de risico’s het ernstigst zijn.',
    },
    source: 'OECD RBC DDG 2018, step 2.1–2.2',
  },
  {
    id: 'step2.downstream',
    step: 2,
    when: { anyOf: ['downstream', 'trader'] },
    text: {
      en: 'As a company after the smelter, identify the smelters and refiners in your chain and check whether their due diligence is audited.',
      nl: 'Als bedrijf na de smelter identificeert u de smelters en raffinaderijen in uw keten en controleert u of hun due diligence geaudit is.',
    },
    source: 'OECD minerals DDG 3rd ed., step 2 (downstream companies)',
  },
  {
    id: 'step2.upstream',
    step: 2,
    when: { anyOf: ['upstream', 'smelter_refiner'] },
    text: {
      en: 'As a company before or at the smelter, map the mines and traders you buy from and screen for red flags of origin, transit and supplier.',
      nl: 'Als bedrijf vóór of bij de smelter brengt u de mijnen en handelaren in kaart waarvan u koopt en screent u op rode vlaggen voor herkomst, doorvoer en leverancier.',
    },
    source: 'OECD minerals DDG 3rd ed., step 2A (red flags)',
  },
  {
    id: 'step2.scrap',
    step: 2,
    when: { anyOf: ['handles_scrap'] },
    text: {
      en: 'For scrap, the risk sits with the collectors and yards you buy from: know who they are and where the material was collected.',
      nl: 'Bij schroot zit het risico bij de inzamelaars en handelaren van wie u koopt: weet wie zij zijn en waar het materiaal is ingezameld.',
    },
    source:
      'OECD minerals DDG 3rd ed., gold supplement (recyclable gold); IRBC metals covenant 2019, secondary materials chapter',
  },
  {
    id: 'step3.base',
    step: 3,
    text: {
      en: 'Turn the prioritised risks into an action plan: use your leverage with suppliers before you consider suspending or ending a relationship.',
      nl: 'Maak van de geprioriteerde risico’s een actieplan: gebruik uw invloed op leveranciers voordat u overweegt een relatie op te schorten of te beëindigen.',
    },
    source: 'OECD RBC DDG 2018, step 3.1–3.2; OECD minerals DDG 3rd ed., step 3B',
  },
  {
    id: 'step4.base',
    step: 4,
    text: {
      en: 'Check at least once a year whether your actions work, using simple indicators.',
      nl: 'Controleer minstens één keer per jaar met eenvoudige indicatoren of uw acties werken.',
    },
    source: 'OECD RBC DDG 2018, step 4.1',
  },
  {
    id: 'step4.audit',
    step: 4,
    when: { anyOf: ['smelter_refiner', 'eu_importer_3tg'] },
    text: {
      en: 'Your supply chain due diligence must be audited by an independent third party (for example through a recognised industry scheme).',
      nl: 'Uw ketenzorgvuldigheid moet worden geaudit door een onafhankelijke derde (bijvoorbeeld via een erkend branchesysteem).',
    },
    source: 'OECD minerals DDG 3rd ed., step 4; Regulation (EU) 2017/821, Art. 6',
  },
  {
    id: 'step5.base',
    step: 5,
    text: {
      en: 'Publish once a year what you found and did; customers and covenant partners use this report.',
      nl: 'Publiceer jaarlijks wat u vond en deed; klanten en convenantpartners gebruiken dit rapport.',
    },
    source: 'OECD RBC DDG 2018, step 5.1; IRBC metals covenant 2019 (annual report)',
  },
  {
    id: 'step5.importer',
    step: 5,
    when: { anyOf: ['eu_importer_3tg'] },
    text: {
      en: 'As an EU importer of 3TG you publish a yearly report on your supply chain due diligence.',
      nl: 'Als EU-importeur van 3TG publiceert u jaarlijks een rapport over uw ketenzorgvuldigheid.',
    },
    source: 'Regulation (EU) 2017/821, Art. 7; OECD minerals DDG 3rd ed., step 5',
  },
  {
    id: 'step6.base',
    step: 6,
    text: {
      en: 'Offer a channel where anyone can raise a concern, and take part in remedy where you caused or contributed to harm.',
      nl: 'Bied een kanaal waar iedereen een zorg kan melden en werk mee aan herstel waar u schade veroorzaakte of eraan bijdroeg.',
    },
    source: 'OECD RBC DDG 2018, step 6.1–6.2',
  },
];
