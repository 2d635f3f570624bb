import type { LocalizedText } from '../i18n/locales.js';
import type { InstrumentId } from './instruments.js';
import type { ProfileTrait } from './profile-traits.js';

/** Facts about the company's situation, beyond its profile traits, that make an action urgent. */
export type SituationSignal =
  | 'policy_missing'
  | 'assessment_missing'
  | 'heat_map_missing'
  | 'scrap_kyc_missing'
  | 'importer_check_missing'
  | 'origins_unknown'
  | 'grievance_missing'
  | 'customer_template_request';

/** A trait of the profile or a fact about the situation. */
export type PlanSignal = ProfileTrait | SituationSignal;

/** A candidate for "what to do this month". All signals in `when` must hold. */
export type FirstActionCandidate = {
  readonly id: string;
  /** Higher comes first. Legal duties > customer deadlines > foundations > deeper analysis. */
  readonly priority: number;
  readonly when: readonly PlanSignal[];
  readonly instrument: InstrumentId | null;
  readonly text: LocalizedText;
  readonly why: LocalizedText;
  readonly source: string;
};

/** The candidates; the planner keeps those whose signals hold and returns the top three. */
export const FIRST_ACTION_CANDIDATES: readonly FirstActionCandidate[] = [
  {
    id: 'run_importer_check',
    priority: 100,
    when: ['eu_importer_3tg', 'importer_check_missing'],
    instrument: 'importer_check',
    text: {
      en: 'Run the EU importer check for your 3TG import lines.',
      nl: 'Voer de EU-importeurscheck uit voor uw 3TG-importregels.',
    },
    why: {
      en: 'Above the Annex I threshold the Regulation is a legal duty, checked by the competent authority.',
      nl: 'Boven de drempel van bijlage I is de verordening een wettelijke plicht waarop de bevoegde autoriteit toeziet.',
    },
    source: 'Regulation (EU) 2017/821, Art. 1(3), Annex I, Arts 11–12',
  },
  {
    id: 'answer_customer_templates',
    priority: 90,
    when: ['customer_template_request'],
    instrument: 'supplier_templates',
    text: {
      en: 'Answer the reporting templates your customers asked for, and ask your own suppliers for theirs.',
      nl: 'Beantwoord de rapportagetemplates waar uw klanten om vroegen en vraag uw eigen leveranciers om de hunne.',
    },
    why: {
      en: 'Customers set deadlines; an honest partial answer is better than none.',
      nl: 'Klanten stellen deadlines; een eerlijk gedeeltelijk antwoord is beter dan geen antwoord.',
    },
    source: 'OECD minerals DDG 3rd ed., step 1D (supplier engagement) and step 2',
  },
  {
    id: 'adopt_policy',
    priority: 80,
    when: ['policy_missing'],
    instrument: 'model_policy',
    text: {
      en: 'Adopt the responsible sourcing policy: fill in the model, have management approve it and publish it.',
      nl: 'Stel het beleid voor verantwoord inkopen vast: vul het model in, laat de directie het goedkeuren en publiceer het.',
    },
    why: {
      en: 'Every later step refers back to the policy, and customers ask for it first.',
      nl: 'Elke volgende stap verwijst naar het beleid, en klanten vragen er als eerste om.',
    },
    source: 'OECD RBC DDG 2018, step 1.1; OECD minerals DDG 3rd ed., step 1A',
  },
  {
    id: 'start_scrap_kyc',
    priority: 75,
    when: ['handles_scrap', 'scrap_kyc_missing'],
    instrument: 'scrap_kyc',
    text: {
      en: 'Start a know-your-supplier file for your largest scrap suppliers.',
      nl: 'Begin een ken-uw-leverancier-dossier voor uw grootste schrootleveranciers.',
    },
    why: {
      en: 'A recycled claim only counts when you can show who delivered the material and where it was collected.',
      nl: 'Een claim ‘gerecycled’ telt alleen als u kunt laten zien wie het materiaal leverde en waar het werd ingezameld.',
    },
    source:
      'OECD minerals DDG 3rd ed., gold supplement (recyclable gold); IRBC metals covenant 2019, secondary materials chapter',
  },
  {
    id: 'map_origins',
    priority: 70,
    when: ['handles_primary', 'origins_unknown'],
    instrument: 'heat_map',
    text: {
      en: 'Ask your suppliers for the countries of origin of {unknownMaterials}.',
      nl: 'Vraag uw leveranciers naar de herkomstlanden van {unknownMaterials}.',
    },
    why: {
      en: 'Without origins you cannot see where the risks are.',
      nl: 'Zonder herkomst ziet u niet waar de risico’s zitten.',
    },
    source: 'OECD RBC DDG 2018, step 2.1; OECD minerals DDG 3rd ed., step 1C',
  },
  {
    id: 'take_assessment',
    priority: 65,
    when: ['assessment_missing'],
    instrument: 'maturity_assessment',
    text: {
      en: 'Fill in the maturity self-assessment (about an hour) to see where you stand per step.',
      nl: 'Vul de zelfevaluatie volwassenheid in (ongeveer een uur) om te zien waar u per stap staat.',
    },
    why: {
      en: 'It gives you a baseline and the goals of your improvement plan.',
      nl: 'Het geeft u een nulmeting en de doelen voor uw verbeterplan.',
    },
    source: 'IRBC metals covenant 2019: yearly maturity assessment',
  },
  {
    id: 'build_heat_map',
    priority: 60,
    when: ['heat_map_missing'],
    instrument: 'heat_map',
    text: {
      en: 'Build a first risk heat map of your materials and countries of origin.',
      nl: 'Maak een eerste risico-heatmap van uw materialen en herkomstlanden.',
    },
    why: {
      en: 'It shows which risks to tackle first.',
      nl: 'Die laat zien welke risico’s u het eerst aanpakt.',
    },
    source: 'OECD RBC DDG 2018, step 2.1 and 2.4',
  },
  {
    id: 'open_grievance_channel',
    priority: 50,
    when: ['grievance_missing'],
    instrument: 'grievance_mechanism',
    text: {
      en: 'Open a channel where anyone can raise a concern, and link to it from your website.',
      nl: 'Open een kanaal waar iedereen een zorg kan melden en verwijs ernaar vanaf uw website.',
    },
    why: {
      en: 'Concerns from workers and communities are often the first sign of a problem.',
      nl: 'Zorgen van werknemers en gemeenschappen zijn vaak het eerste teken van een probleem.',
    },
    source: 'OECD RBC DDG 2018, step 6.2; OECD minerals DDG 3rd ed., step 1E',
  },
];
