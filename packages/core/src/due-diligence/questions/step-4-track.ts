import { AUDITED_POINT, DOWNSTREAM_MINERALS } from './conditions.js';
import type { MaturityQuestion } from './maturity-question.js';

/** OECD step 4: track implementation and results. */
export const STEP_4_QUESTIONS: readonly MaturityQuestion[] = [
  {
    id: 's4.indicators',
    step: 4,
    weight: 3,
    text: {
      en: 'Have you set indicators that show whether your actions reduce the risks?',
      nl: 'Heeft u indicatoren vastgesteld die laten zien of uw acties de risico’s verminderen?',
    },
    fully: {
      en: 'Every action in the plan has an indicator with a baseline and a target.',
      nl: 'Elke actie in het plan heeft een indicator met een nulmeting en een doel.',
    },
    source: 'OECD RBC DDG 2018, step 4.1',
    improvement: {
      action: {
        en: 'Give every action in the action plan an indicator with a baseline and a target.',
        nl: 'Geef elke actie in het actieplan een indicator met nulmeting en doel.',
      },
      measure: {
        en: 'Share of actions with an indicator, baseline and target (target 100%).',
        nl: 'Aandeel acties met indicator, nulmeting en doel (doel 100%).',
      },
      owner: 'due_diligence_lead',
      months: 3,
    },
  },
  {
    id: 's4.periodic_review',
    step: 4,
    weight: 2,
    text: {
      en: 'Do you review at least once a year whether the actions worked, and adjust the plan?',
      nl: 'Evalueert u minstens één keer per jaar of de acties werkten, en past u het plan aan?',
    },
    fully: {
      en: 'A yearly review is recorded, with lessons and changes to the risk assessment and action plan.',
      nl: 'Er is een vastgelegde jaarlijkse evaluatie, met lessen en aanpassingen van de risicobeoordeling en het actieplan.',
    },
    source: 'OECD RBC DDG 2018, step 4.1',
    improvement: {
      action: {
        en: 'Hold a yearly effectiveness review and record the lessons and plan changes.',
        nl: 'Houd een jaarlijkse effectiviteitsevaluatie en leg de lessen en planwijzigingen vast.',
      },
      measure: {
        en: 'Review report dated within the last 12 months.',
        nl: 'Evaluatieverslag gedateerd binnen de laatste 12 maanden.',
      },
      owner: 'due_diligence_lead',
      months: 12,
    },
  },
  {
    id: 's4.supplier_follow_up',
    step: 4,
    weight: 2,
    text: {
      en: 'Do you verify with suppliers that agreed improvements were made (follow-up questions, visits or audits)?',
      nl: 'Controleert u bij leveranciers of afgesproken verbeteringen zijn doorgevoerd (vervolgvragen, bezoeken of audits)?',
    },
    fully: {
      en: 'Each agreed improvement has a verification date and a recorded outcome.',
      nl: 'Elke afgesproken verbetering heeft een controledatum en een vastgelegde uitkomst.',
    },
    source: 'OECD RBC DDG 2018, step 4.1; OECD minerals DDG 3rd ed., step 3C',
    improvement: {
      action: {
        en: 'Plan a verification for every agreed supplier improvement and record the outcome.',
        nl: 'Plan voor elke afgesproken verbetering bij een leverancier een controle en leg de uitkomst vast.',
      },
      measure: {
        en: 'Share of agreed improvements verified on time.',
        nl: 'Aandeel afgesproken verbeteringen dat op tijd gecontroleerd is.',
      },
      owner: 'quality_compliance',
      months: 6,
    },
  },
  {
    id: 's4.stakeholder_feedback',
    step: 4,
    weight: 1,
    text: {
      en: 'Do you use feedback from workers, affected people or their representatives when you review results?',
      nl: 'Gebruikt u feedback van werknemers, getroffenen of hun vertegenwoordigers bij het evalueren van resultaten?',
    },
    fully: {
      en: 'The yearly review includes input from at least one group of affected stakeholders.',
      nl: 'De jaarlijkse evaluatie bevat inbreng van minstens één groep getroffen belanghebbenden.',
    },
    source: 'OECD RBC DDG 2018, step 4.1 (drawing on stakeholder feedback)',
    improvement: {
      action: {
        en: 'Ask a union, NGO or worker representatives for feedback before the yearly review.',
        nl: 'Vraag een vakbond, ngo of werknemersvertegenwoordiging om feedback vóór de jaarlijkse evaluatie.',
      },
      measure: {
        en: 'Feedback received and recorded in the review.',
        nl: 'Feedback ontvangen en vastgelegd in de evaluatie.',
      },
      owner: 'due_diligence_lead',
      months: 12,
    },
  },
  {
    id: 's4.third_party_audit',
    step: 4,
    weight: 3,
    when: AUDITED_POINT,
    text: {
      en: 'Is your supply chain due diligence audited by an independent third party?',
      nl: 'Wordt uw ketenzorgvuldigheid geaudit door een onafhankelijke derde partij?',
    },
    fully: {
      en: 'A current audit report (own audit or recognised scheme) covers your due diligence, and findings are followed up.',
      nl: 'Een actueel auditrapport (eigen audit of erkend systeem) dekt uw due diligence, en bevindingen worden opgevolgd.',
    },
    source: 'OECD minerals DDG 3rd ed., step 4; Regulation (EU) 2017/821, Art. 6',
    improvement: {
      action: {
        en: 'Schedule an independent audit of the supply chain due diligence for {materials}.',
        nl: 'Plan een onafhankelijke audit van de ketenzorgvuldigheid voor {materials}.',
      },
      measure: {
        en: 'Audit contract signed; audit report received.',
        nl: 'Auditcontract getekend; auditrapport ontvangen.',
      },
      owner: 'management',
      months: 9,
    },
  },
  {
    id: 's4.smelter_status_monitored',
    step: 4,
    weight: 2,
    when: DOWNSTREAM_MINERALS,
    text: {
      en: 'Do you follow changes in the audit status of the smelters and refiners in your chain?',
      nl: 'Volgt u veranderingen in de auditstatus van de smelters en raffinaderijen in uw keten?',
    },
    fully: {
      en: 'Smelter statuses are re-checked at least every quarter and changes lead to follow-up with suppliers.',
      nl: 'De status van smelters wordt minstens elk kwartaal opnieuw gecontroleerd en wijzigingen leiden tot opvolging bij leveranciers.',
    },
    source: 'OECD minerals DDG 3rd ed., step 4 (downstream: rely on smelter audits)',
    improvement: {
      action: {
        en: 'Re-check the audit status of the smelters in your chain every quarter.',
        nl: 'Controleer elk kwartaal opnieuw de auditstatus van de smelters in uw keten.',
      },
      measure: {
        en: 'Date of last status check; share of smelters conformant.',
        nl: 'Datum van laatste statuscontrole; aandeel conforme smelters.',
      },
      owner: 'quality_compliance',
      months: 3,
    },
  },
];
