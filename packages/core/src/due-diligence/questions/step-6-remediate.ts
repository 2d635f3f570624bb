import { MINERALS_HANDLER } from './conditions.js';
import type { MaturityQuestion } from './maturity-question.js';

/** OECD step 6: provide for or cooperate in remediation when appropriate. */
export const STEP_6_QUESTIONS: readonly MaturityQuestion[] = [
  {
    id: 's6.grievance_channel',
    step: 6,
    weight: 3,
    text: {
      en: 'Can workers, communities and others outside your company raise a concern with you, if they wish anonymously?',
      nl: 'Kunnen werknemers, gemeenschappen en anderen buiten uw bedrijf een zorg bij u melden, desgewenst anoniem?',
    },
    fully: {
      en: 'A channel is public on your website, works in the relevant languages and allows anonymous reports.',
      nl: 'Een kanaal staat openbaar op uw website, werkt in de relevante talen en staat anonieme meldingen toe.',
    },
    source: 'OECD RBC DDG 2018, step 6.2; OECD minerals DDG 3rd ed., step 1E',
    improvement: {
      action: {
        en: 'Open a public grievance channel with an anonymous option and link to it from the website.',
        nl: 'Open een openbaar klachtenkanaal met een anonieme optie en verwijs ernaar vanaf de website.',
      },
      measure: {
        en: 'Channel online; number of concerns received.',
        nl: 'Kanaal online; aantal ontvangen meldingen.',
      },
      owner: 'due_diligence_lead',
      months: 3,
    },
  },
  {
    id: 's6.grievance_procedure',
    step: 6,
    weight: 2,
    text: {
      en: 'Is there a procedure for handling concerns: who handles them, within what time, and how reporters are protected?',
      nl: 'Is er een procedure voor het behandelen van meldingen: wie ze behandelt, binnen welke termijn, en hoe melders worden beschermd?',
    },
    fully: {
      en: 'The procedure is published, sets response times and forbids retaliation.',
      nl: 'De procedure is gepubliceerd, noemt reactietermijnen en verbiedt represailles.',
    },
    source: 'OECD RBC DDG 2018, step 6.2 (legitimate, accessible, predictable mechanisms)',
    improvement: {
      action: {
        en: 'Write and publish a grievance procedure with response times and protection against retaliation.',
        nl: 'Schrijf en publiceer een klachtenprocedure met reactietermijnen en bescherming tegen represailles.',
      },
      measure: {
        en: 'Procedure published; share of concerns answered on time.',
        nl: 'Procedure gepubliceerd; aandeel meldingen op tijd beantwoord.',
      },
      owner: 'due_diligence_lead',
      months: 4,
    },
  },
  {
    id: 's6.remediation',
    step: 6,
    weight: 2,
    text: {
      en: 'Do you know how you would provide for or cooperate in remedy if you caused or contributed to harm?',
      nl: 'Weet u hoe u herstel zou bieden of eraan zou meewerken als u schade veroorzaakte of eraan bijdroeg?',
    },
    fully: {
      en: 'A written approach says who decides on remedy, how affected people are involved and how it is followed up.',
      nl: 'Een schriftelijke aanpak zegt wie over herstel beslist, hoe getroffenen worden betrokken en hoe het wordt opgevolgd.',
    },
    source: 'OECD RBC DDG 2018, step 6.1',
    improvement: {
      action: {
        en: 'Describe how {company} decides on and follows up remedy, and how affected people are involved.',
        nl: 'Beschrijf hoe {company} over herstel beslist en het opvolgt, en hoe getroffenen worden betrokken.',
      },
      measure: {
        en: 'Remediation approach approved by management.',
        nl: 'Herstelaanpak goedgekeurd door de directie.',
      },
      owner: 'management',
      months: 6,
    },
  },
  {
    id: 's6.concerns_feed_risks',
    step: 6,
    weight: 1,
    text: {
      en: 'Do concerns you receive feed back into your risk assessment and action plan?',
      nl: 'Worden ontvangen meldingen teruggekoppeld naar uw risicobeoordeling en actieplan?',
    },
    fully: {
      en: 'Every closed concern is checked for lessons, and the heat map is updated where needed.',
      nl: 'Elke afgesloten melding wordt op lessen gecontroleerd, en de heatmap wordt waar nodig bijgewerkt.',
    },
    source: 'OECD RBC DDG 2018, step 6.2 and step 4.1 (early warning)',
    improvement: {
      action: {
        en: 'Add a step to the grievance procedure that checks each closed concern against the heat map.',
        nl: 'Voeg aan de klachtenprocedure een stap toe die elke afgesloten melding naast de heatmap legt.',
      },
      measure: {
        en: 'Share of closed concerns reviewed for lessons.',
        nl: 'Aandeel afgesloten meldingen beoordeeld op lessen.',
      },
      owner: 'due_diligence_lead',
      months: 9,
    },
  },
  {
    id: 's6.industry_mechanism',
    step: 6,
    weight: 1,
    when: MINERALS_HANDLER,
    text: {
      en: 'Do you support or use an industry-level grievance mechanism for minerals (for example one shared by a sector initiative)?',
      nl: 'Steunt of gebruikt u een klachtenmechanisme op sectorniveau voor mineralen (bijvoorbeeld een gedeeld mechanisme van een sectorinitiatief)?',
    },
    fully: {
      en: 'You take part in an industry-level mechanism and follow up the cases that concern your chain.',
      nl: 'U neemt deel aan een mechanisme op sectorniveau en volgt de zaken op die uw keten betreffen.',
    },
    source: 'OECD minerals DDG 3rd ed., step 1E (company or industry-level mechanism)',
    improvement: {
      action: {
        en: 'Join or refer to an industry-level grievance mechanism for {materials}.',
        nl: 'Sluit aan bij of verwijs naar een klachtenmechanisme op sectorniveau voor {materials}.',
      },
      measure: {
        en: 'Participation confirmed; cases concerning your chain followed up.',
        nl: 'Deelname bevestigd; zaken over uw keten opgevolgd.',
      },
      owner: 'due_diligence_lead',
      months: 9,
    },
  },
];
