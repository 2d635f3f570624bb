import { MINERALS_HANDLER, SCRAP_HANDLER } from './conditions.js';
import type { MaturityQuestion } from './maturity-question.js';

/** OECD step 1: embed responsible business conduct in policies and management systems. */
export const STEP_1_QUESTIONS: readonly MaturityQuestion[] = [
  {
    id: 's1.policy_adopted',
    step: 1,
    weight: 3,
    text: {
      en: 'Has management adopted a written policy on responsible business conduct that covers your own operations and your supply chain?',
      nl: 'Heeft de directie een schriftelijk beleid voor maatschappelijk verantwoord ondernemen vastgesteld dat uw eigen bedrijf en uw toeleveringsketen dekt?',
    },
    fully: {
      en: 'A signed policy refers to the OECD Guidelines, names the risks that matter for your materials and says how you do due diligence.',
      nl: 'Een ondertekend beleid verwijst naar de OESO-richtlijnen, noemt de risico’s die voor uw materialen spelen en beschrijft hoe u due diligence doet.',
    },
    source: 'OECD RBC DDG 2018, step 1.1',
    improvement: {
      action: {
        en: 'Adopt a responsible sourcing policy for {company} covering own operations and the supply chain of {materials}.',
        nl: 'Stel voor {company} een beleid voor verantwoord inkopen vast dat het eigen bedrijf en de keten van {materials} dekt.',
      },
      measure: {
        en: 'Policy signed by the management board.',
        nl: 'Beleid ondertekend door de directie.',
      },
      owner: 'management',
      months: 3,
    },
  },
  {
    id: 's1.policy_communicated',
    step: 1,
    weight: 2,
    text: {
      en: 'Is the policy published and communicated to staff, suppliers and customers?',
      nl: 'Is het beleid gepubliceerd en gecommuniceerd aan medewerkers, leveranciers en klanten?',
    },
    fully: {
      en: 'The policy is on your website, sent to all active suppliers and part of onboarding for new staff.',
      nl: 'Het beleid staat op uw website, is naar alle actieve leveranciers gestuurd en hoort bij de introductie van nieuwe medewerkers.',
    },
    source: 'OECD RBC DDG 2018, step 1.1; OECD minerals DDG 3rd ed., step 1A',
    improvement: {
      action: {
        en: 'Publish the policy on the website and send it to all active suppliers.',
        nl: 'Publiceer het beleid op de website en stuur het naar alle actieve leveranciers.',
      },
      measure: {
        en: 'Policy online; share of active suppliers that received it (target 100%).',
        nl: 'Beleid online; aandeel actieve leveranciers dat het ontving (doel 100%).',
      },
      owner: 'communications',
      months: 4,
    },
  },
  {
    id: 's1.senior_responsibility',
    step: 1,
    weight: 3,
    text: {
      en: 'Is a member of senior management accountable for due diligence, with time and budget to carry it out?',
      nl: 'Is een lid van het senior management verantwoordelijk voor due diligence, met tijd en budget om die uit te voeren?',
    },
    fully: {
      en: 'The responsibility is written in a job description, the person reports to the board at least yearly, and a budget is set.',
      nl: 'De verantwoordelijkheid staat in een functieomschrijving, de persoon rapporteert minstens jaarlijks aan de directie en er is budget.',
    },
    source: 'OECD RBC DDG 2018, step 1.2–1.3; OECD minerals DDG 3rd ed., step 1B',
    improvement: {
      action: {
        en: 'Appoint a senior manager accountable for due diligence and agree the hours and budget for the coming year.',
        nl: 'Wijs een senior manager aan die verantwoordelijk is voor due diligence en spreek de uren en het budget voor komend jaar af.',
      },
      measure: {
        en: 'Appointment recorded in board minutes; budget approved.',
        nl: 'Benoeming vastgelegd in directienotulen; budget goedgekeurd.',
      },
      owner: 'management',
      months: 2,
    },
  },
  {
    id: 's1.staff_trained',
    step: 1,
    weight: 1,
    text: {
      en: 'Are the people who select suppliers, buy and sell trained on the policy and on warning signs?',
      nl: 'Zijn de mensen die leveranciers selecteren, inkopen en verkopen getraind in het beleid en in waarschuwingssignalen?',
    },
    fully: {
      en: 'All purchasing and sales staff followed a training in the last two years.',
      nl: 'Alle inkoop- en verkoopmedewerkers volgden de afgelopen twee jaar een training.',
    },
    source: 'OECD RBC DDG 2018, step 1.3',
    improvement: {
      action: {
        en: 'Train purchasing and sales staff on the policy and on warning signs in the supply chain.',
        nl: 'Train inkoop- en verkoopmedewerkers in het beleid en in waarschuwingssignalen in de keten.',
      },
      measure: {
        en: 'Share of purchasing and sales staff trained (target 100%).',
        nl: 'Aandeel getrainde inkoop- en verkoopmedewerkers (doel 100%).',
      },
      owner: 'hr',
      months: 6,
    },
  },
  {
    id: 's1.supplier_terms',
    step: 1,
    weight: 2,
    text: {
      en: 'Are your expectations part of supplier contracts, a supplier code or your supplier approval?',
      nl: 'Zijn uw verwachtingen onderdeel van leverancierscontracten, een gedragscode voor leveranciers of uw leveranciersgoedkeuring?',
    },
    fully: {
      en: 'New and renewed contracts with your main suppliers refer to the policy, and supplier approval checks it.',
      nl: 'Nieuwe en verlengde contracten met uw belangrijkste leveranciers verwijzen naar het beleid, en de leveranciersgoedkeuring toetst erop.',
    },
    source: 'OECD RBC DDG 2018, step 1.4; OECD minerals DDG 3rd ed., step 1D',
    improvement: {
      action: {
        en: 'Add a clause on the policy to supplier contracts and to the supplier approval checklist.',
        nl: 'Neem een clausule over het beleid op in leverancierscontracten en in de checklist voor leveranciersgoedkeuring.',
      },
      measure: {
        en: 'Share of purchasing volume under contracts with the clause.',
        nl: 'Aandeel inkoopvolume onder contracten met de clausule.',
      },
      owner: 'purchasing',
      months: 9,
    },
  },
  {
    id: 's1.annex_ii_policy',
    step: 1,
    weight: 2,
    when: MINERALS_HANDLER,
    text: {
      en: 'Does your policy include the commitments of the model supply chain policy in Annex II of the OECD minerals guidance?',
      nl: 'Bevat uw beleid de toezeggingen van het modelbeleid in bijlage II van de OESO-mineralenrichtlijn?',
    },
    fully: {
      en: 'The policy covers serious abuses, armed groups, security forces, bribery, money laundering and taxes, and says how you respond to each.',
      nl: 'Het beleid behandelt ernstige misstanden, gewapende groepen, veiligheidstroepen, omkoping, witwassen en belastingen, en zegt hoe u op elk reageert.',
    },
    source: 'OECD minerals DDG 3rd ed., step 1A and Annex II',
    improvement: {
      action: {
        en: 'Add the Annex II commitments for {materials} to the policy.',
        nl: 'Voeg de toezeggingen uit bijlage II voor {materials} toe aan het beleid.',
      },
      measure: {
        en: 'Revised policy approved, covering all Annex II risk categories.',
        nl: 'Herzien beleid goedgekeurd dat alle risicocategorieën van bijlage II dekt.',
      },
      owner: 'due_diligence_lead',
      months: 3,
    },
  },
  {
    id: 's1.chain_of_custody',
    step: 1,
    weight: 2,
    when: MINERALS_HANDLER,
    text: {
      en: 'Do you keep records that trace your minerals back along the chain (suppliers, smelters, origin)?',
      nl: 'Houdt u gegevens bij waarmee u uw mineralen terug in de keten kunt volgen (leveranciers, smelters, herkomst)?',
    },
    fully: {
      en: 'For every purchase you can show the supplier, the smelter or refiner and the country of origin, and you keep these records for years.',
      nl: 'Voor elke aankoop kunt u de leverancier, de smelter of raffinaderij en het herkomstland laten zien, en u bewaart die gegevens jarenlang.',
    },
    source: 'OECD minerals DDG 3rd ed., step 1C; Regulation (EU) 2017/821, Art. 4',
    improvement: {
      action: {
        en: 'Set up a register that links each purchase of {materials} to supplier, smelter and country of origin.',
        nl: 'Richt een register in dat elke aankoop van {materials} koppelt aan leverancier, smelter en herkomstland.',
      },
      measure: {
        en: 'Share of purchases with a complete record.',
        nl: 'Aandeel aankopen met een volledig record.',
      },
      owner: 'quality_compliance',
      months: 6,
    },
  },
  {
    id: 's1.scrap_expectations',
    step: 1,
    weight: 1,
    when: SCRAP_HANDLER,
    text: {
      en: 'Does your policy say what you expect from scrap suppliers (legal origin, safe work, no child labour)?',
      nl: 'Zegt uw beleid wat u van schrootleveranciers verwacht (legale herkomst, veilig werk, geen kinderarbeid)?',
    },
    fully: {
      en: 'Scrap suppliers receive and accept the expectations before their first delivery.',
      nl: 'Schrootleveranciers ontvangen en accepteren de verwachtingen vóór hun eerste levering.',
    },
    source: 'IRBC Agreement for the Metals Sector (2019), chapter "Responsible secondary materials supply chains"',
    improvement: {
      action: {
        en: 'Write the expectations for scrap suppliers into the policy and the purchase terms for scrap.',
        nl: 'Neem de verwachtingen aan schrootleveranciers op in het beleid en in de inkoopvoorwaarden voor schroot.',
      },
      measure: {
        en: 'Share of scrap suppliers that accepted the expectations.',
        nl: 'Aandeel schrootleveranciers dat de verwachtingen accepteerde.',
      },
      owner: 'purchasing',
      months: 6,
    },
  },
];
