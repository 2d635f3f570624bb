import { MINERALS_HANDLER } from './conditions.js';
import type { MaturityQuestion } from './maturity-question.js';

/** OECD step 3: cease, prevent or mitigate adverse impacts. */
export const STEP_3_QUESTIONS: readonly MaturityQuestion[] = [
  {
    id: 's3.action_plan',
    step: 3,
    weight: 3,
    text: {
      en: 'Is there an action plan with measures, owners and deadlines for each priority risk?',
      nl: 'Is er een actieplan met maatregelen, eigenaren en deadlines voor elk prioritair risico?',
    },
    fully: {
      en: 'Every priority risk has at least one action with an owner, a deadline and a way to measure progress.',
      nl: 'Elk prioritair risico heeft minstens één actie met een eigenaar, een deadline en een manier om voortgang te meten.',
    },
    source: 'OECD RBC DDG 2018, step 3.1; IRBC metals covenant 2019 (due-diligence action plan)',
    improvement: {
      action: {
        en: 'Draw up an action plan with an owner and deadline for each priority risk.',
        nl: 'Stel een actieplan op met een eigenaar en deadline voor elk prioritair risico.',
      },
      measure: {
        en: 'Share of priority risks with at least one planned action (target 100%).',
        nl: 'Aandeel prioritaire risico’s met minstens één geplande actie (doel 100%).',
      },
      owner: 'due_diligence_lead',
      months: 3,
    },
  },
  {
    id: 's3.leverage',
    step: 3,
    weight: 2,
    text: {
      en: 'Do you use your leverage with suppliers to reduce risks, alone or together with others in the sector?',
      nl: 'Gebruikt u uw invloed op leveranciers om risico’s te verminderen, alleen of samen met anderen in de sector?',
    },
    fully: {
      en: 'You have agreed improvements with suppliers at risk and take part in at least one joint initiative.',
      nl: 'U heeft verbeteringen afgesproken met risicoleveranciers en neemt deel aan minstens één gezamenlijk initiatief.',
    },
    source: 'OECD RBC DDG 2018, step 3.2; IRBC metals covenant 2019, chapter on collective actions',
    improvement: {
      action: {
        en: 'Agree improvement steps with the suppliers behind the priority risks, or join a sector initiative.',
        nl: 'Spreek verbeterstappen af met de leveranciers achter de prioritaire risico’s, of sluit aan bij een sectorinitiatief.',
      },
      measure: {
        en: 'Number of suppliers with agreed improvement steps; initiatives joined.',
        nl: 'Aantal leveranciers met afgesproken verbeterstappen; initiatieven waaraan u deelneemt.',
      },
      owner: 'purchasing',
      months: 6,
    },
  },
  {
    id: 's3.escalation',
    step: 3,
    weight: 2,
    text: {
      en: 'Have you decided in advance when you continue with a supplier during mitigation, suspend, or disengage?',
      nl: 'Heeft u vooraf bepaald wanneer u met een leverancier doorgaat tijdens verbetering, de relatie opschort of beëindigt?',
    },
    fully: {
      en: 'Written criteria for each option exist, and disengagement weighs the harm that leaving may cause.',
      nl: 'Er zijn schriftelijke criteria voor elke optie, en bij beëindiging wordt de schade afgewogen die vertrek kan veroorzaken.',
    },
    source: 'OECD RBC DDG 2018, step 3.2; OECD minerals DDG 3rd ed., step 3B',
    improvement: {
      action: {
        en: 'Write down criteria for continuing, suspending and ending supplier relationships when risks are found.',
        nl: 'Leg criteria vast voor doorgaan, opschorten en beëindigen van leveranciersrelaties als er risico’s worden gevonden.',
      },
      measure: {
        en: 'Escalation criteria approved by management.',
        nl: 'Escalatiecriteria goedgekeurd door de directie.',
      },
      owner: 'management',
      months: 4,
    },
  },
  {
    id: 's3.report_management',
    step: 3,
    weight: 2,
    text: {
      en: 'Are findings and progress reported to senior management at set moments?',
      nl: 'Worden bevindingen en voortgang op vaste momenten aan het senior management gerapporteerd?',
    },
    fully: {
      en: 'Due diligence is on the management agenda at least twice a year, with decisions minuted.',
      nl: 'Due diligence staat minstens twee keer per jaar op de directieagenda, met vastgelegde besluiten.',
    },
    source: 'OECD minerals DDG 3rd ed., step 3A',
    improvement: {
      action: {
        en: 'Put due diligence on the management agenda twice a year.',
        nl: 'Zet due diligence twee keer per jaar op de directieagenda.',
      },
      measure: {
        en: 'Number of management meetings with due diligence on the agenda.',
        nl: 'Aantal directievergaderingen met due diligence op de agenda.',
      },
      owner: 'due_diligence_lead',
      months: 6,
    },
  },
  {
    id: 's3.own_practices',
    step: 3,
    weight: 1,
    text: {
      en: 'Have you checked whether your own purchasing practices (prices, lead times, sudden changes) add to the risks?',
      nl: 'Heeft u nagegaan of uw eigen inkooppraktijken (prijzen, levertijden, plotselinge wijzigingen) bijdragen aan de risico’s?',
    },
    fully: {
      en: 'The check is done, and purchasing practices that add to risks have been changed.',
      nl: 'De controle is gedaan, en inkooppraktijken die bijdragen aan risico’s zijn aangepast.',
    },
    source: 'OECD RBC DDG 2018, step 3.1 (stop contributing)',
    improvement: {
      action: {
        en: 'Review purchasing practices with the purchasing team and change those that add to risks.',
        nl: 'Bespreek de inkooppraktijken met het inkoopteam en pas aan wat bijdraagt aan risico’s.',
      },
      measure: {
        en: 'Review done; number of practices changed.',
        nl: 'Review uitgevoerd; aantal aangepaste praktijken.',
      },
      owner: 'purchasing',
      months: 9,
    },
  },
  {
    id: 's3.immediate_suspension',
    step: 3,
    weight: 3,
    when: MINERALS_HANDLER,
    text: {
      en: 'Can you immediately suspend a supplier linked to serious abuses or to support for non-state armed groups?',
      nl: 'Kunt u een leverancier die verbonden is met ernstige misstanden of steun aan niet-statelijke gewapende groepen onmiddellijk opschorten?',
    },
    fully: {
      en: 'Contracts allow immediate suspension on these grounds and the procedure names who decides.',
      nl: 'Contracten staan onmiddellijke opschorting op deze gronden toe en de procedure noemt wie beslist.',
    },
    source: 'OECD minerals DDG 3rd ed., Annex II (serious abuses; non-state armed groups)',
    improvement: {
      action: {
        en: 'Add an immediate-suspension clause for Annex II serious abuses to contracts with suppliers of {materials}.',
        nl: 'Neem een clausule voor onmiddellijke opschorting bij ernstige misstanden uit bijlage II op in contracten met leveranciers van {materials}.',
      },
      measure: {
        en: 'Share of supply contracts for these materials with the clause.',
        nl: 'Aandeel leveringscontracten voor deze materialen met de clausule.',
      },
      owner: 'purchasing',
      months: 3,
    },
  },
];
