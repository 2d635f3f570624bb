import type { LocalizedText } from '../i18n/locales.js';

/** The six steps of the OECD Due Diligence Guidance for Responsible Business Conduct (2018), Figure 1. */
export const OECD_STEP_IDS = [1, 2, 3, 4, 5, 6] as const;

/** One of the six OECD due-diligence steps. */
export type OecdStepId = (typeof OECD_STEP_IDS)[number];

/** An OECD step with its title and the step of the minerals guidance (3rd ed., Annex I) it maps to. */
export type OecdStep = {
  readonly id: OecdStepId;
  readonly title: LocalizedText;
  /** The five-step framework of the minerals guidance is a narrower cut of the same cycle. */
  readonly mineralsStep: 1 | 2 | 3 | 4 | 5 | null;
  readonly source: string;
};

/** Step titles as in the OECD RBC guidance (2018); Dutch titles follow RVO's "Due diligence in 6 stappen". */
export const OECD_STEPS: readonly OecdStep[] = [
  {
    id: 1,
    title: {
      en: 'Embed responsible business conduct into policies and management systems',
      nl: 'Verankeren van maatschappelijk verantwoord ondernemen in beleid en managementsystemen',
    },
    mineralsStep: 1,
    source: 'OECD RBC DDG 2018, step 1; OECD minerals DDG 3rd ed., step 1',
  },
  {
    id: 2,
    title: {
      en: 'Identify and assess adverse impacts',
      nl: 'Identificeren en beoordelen van negatieve impact',
    },
    mineralsStep: 2,
    source: 'OECD RBC DDG 2018, step 2; OECD minerals DDG 3rd ed., step 2',
  },
  {
    id: 3,
    title: {
      en: 'Cease, prevent or mitigate adverse impacts',
      nl: 'Beëindigen, voorkomen of beperken van negatieve impact',
    },
    mineralsStep: 3,
    source: 'OECD RBC DDG 2018, step 3; OECD minerals DDG 3rd ed., step 3',
  },
  {
    id: 4,
    title: {
      en: 'Track implementation and results',
      nl: 'Monitoren van uitvoering en resultaten',
    },
    mineralsStep: 4,
    source: 'OECD RBC DDG 2018, step 4; OECD minerals DDG 3rd ed., step 4 (third-party audit)',
  },
  {
    id: 5,
    title: {
      en: 'Communicate how impacts are addressed',
      nl: 'Communiceren over de aanpak van negatieve impact',
    },
    mineralsStep: 5,
    source: 'OECD RBC DDG 2018, step 5; OECD minerals DDG 3rd ed., step 5',
  },
  {
    id: 6,
    title: {
      en: 'Provide for or cooperate in remediation when appropriate',
      nl: 'Herstel mogelijk maken of daaraan meewerken',
    },
    mineralsStep: null,
    source: 'OECD RBC DDG 2018, step 6',
  },
];

/** The step record for an id (every id in {@link OECD_STEP_IDS} has one). */
export function oecdStep(id: OecdStepId): OecdStep {
  const step = OECD_STEPS.find((s) => s.id === id);
  if (!step) throw new Error(`unknown OECD step ${id}`);
  return step;
}
