import { EU_IMPORTER_3TG } from './conditions.js';
import type { MaturityQuestion } from './maturity-question.js';

/** OECD step 5: communicate how impacts are addressed. */
export const STEP_5_QUESTIONS: readonly MaturityQuestion[] = [
  {
    id: 's5.annual_report',
    step: 5,
    weight: 3,
    text: {
      en: 'Do you publish a report on your due diligence every year?',
      nl: 'Publiceert u elk jaar een rapport over uw due diligence?',
    },
    fully: {
      en: 'A report for the last year is public on your website.',
      nl: 'Een rapport over het afgelopen jaar staat openbaar op uw website.',
    },
    source: 'OECD RBC DDG 2018, step 5.1; OECD minerals DDG 3rd ed., step 5; IRBC metals covenant 2019 (annual report)',
    improvement: {
      action: {
        en: 'Publish a due-diligence report for {company} for the past year.',
        nl: 'Publiceer een due-diligence-rapport van {company} over het afgelopen jaar.',
      },
      measure: {
        en: 'Report online.',
        nl: 'Rapport online.',
      },
      owner: 'communications',
      months: 6,
    },
  },
  {
    id: 's5.report_content',
    step: 5,
    weight: 2,
    text: {
      en: 'Does the report explain your policy, the main risks found, what you did and what it achieved?',
      nl: 'Legt het rapport uw beleid uit, de belangrijkste gevonden risico’s, wat u deed en wat het opleverde?',
    },
    fully: {
      en: 'The report covers policy, process, findings, actions and results, without revealing confidential details.',
      nl: 'Het rapport behandelt beleid, werkwijze, bevindingen, acties en resultaten, zonder vertrouwelijke details prijs te geven.',
    },
    source: 'OECD RBC DDG 2018, step 5.1',
    improvement: {
      action: {
        en: 'Extend the report with the main risks found, the actions taken and their results.',
        nl: 'Vul het rapport aan met de belangrijkste gevonden risico’s, de genomen acties en hun resultaten.',
      },
      measure: {
        en: 'Report covers all five elements: policy, process, findings, actions, results.',
        nl: 'Rapport dekt alle vijf onderdelen: beleid, werkwijze, bevindingen, acties, resultaten.',
      },
      owner: 'due_diligence_lead',
      months: 6,
    },
  },
  {
    id: 's5.customer_information',
    step: 5,
    weight: 2,
    text: {
      en: 'Can you give customers due-diligence information on request (for example a reporting template or a summary)?',
      nl: 'Kunt u klanten op verzoek due-diligence-informatie geven (bijvoorbeeld een rapportagetemplate of een samenvatting)?',
    },
    fully: {
      en: 'Standard answers and templates are ready and sent within the customer’s deadline.',
      nl: 'Standaardantwoorden en templates liggen klaar en worden binnen de termijn van de klant verstuurd.',
    },
    source:
      'OECD minerals DDG 3rd ed., step 5; Regulation (EU) 2017/821, Art. 7 (information to downstream purchasers)',
    improvement: {
      action: {
        en: 'Prepare a standard due-diligence information pack and reporting templates for customers.',
        nl: 'Stel een standaard informatiepakket over due diligence en rapportagetemplates voor klanten samen.',
      },
      measure: {
        en: 'Share of customer requests answered within their deadline.',
        nl: 'Aandeel klantverzoeken beantwoord binnen de termijn.',
      },
      owner: 'quality_compliance',
      months: 4,
    },
  },
  {
    id: 's5.stakeholder_communication',
    step: 5,
    weight: 1,
    text: {
      en: 'Do you inform affected people or their representatives, in a form they can use, about how you address impacts that concern them?',
      nl: 'Informeert u getroffenen of hun vertegenwoordigers, in een vorm die zij kunnen gebruiken, over hoe u impact aanpakt die hen raakt?',
    },
    fully: {
      en: 'Where you act on an impact, the people concerned are informed in their language.',
      nl: 'Waar u optreedt tegen een impact, worden de betrokkenen in hun taal geïnformeerd.',
    },
    source: 'OECD RBC DDG 2018, step 5.1 (communication with affected stakeholders)',
    improvement: {
      action: {
        en: 'Agree with affected stakeholders or their representatives how and when you will inform them.',
        nl: 'Spreek met getroffen belanghebbenden of hun vertegenwoordigers af hoe en wanneer u hen informeert.',
      },
      measure: {
        en: 'Communication agreements recorded for each impact you act on.',
        nl: 'Communicatieafspraken vastgelegd voor elke impact waartegen u optreedt.',
      },
      owner: 'communications',
      months: 9,
    },
  },
  {
    id: 's5.importer_report',
    step: 5,
    weight: 3,
    when: EU_IMPORTER_3TG,
    text: {
      en: 'Do you publish the yearly report required of EU importers of 3TG, including a summary of the audit?',
      nl: 'Publiceert u het jaarlijkse rapport dat van EU-importeurs van 3TG wordt gevraagd, inclusief een samenvatting van de audit?',
    },
    fully: {
      en: 'The report is online, covers your management system and risk management, and summarises the audit with the auditor’s name.',
      nl: 'Het rapport staat online, behandelt uw managementsysteem en risicobeheer, en vat de audit samen met de naam van de auditor.',
    },
    source: 'Regulation (EU) 2017/821, Art. 7',
    improvement: {
      action: {
        en: 'Publish the yearly importer report under Regulation (EU) 2017/821 with the audit summary.',
        nl: 'Publiceer het jaarlijkse importeursrapport onder Verordening (EU) 2017/821 met de auditsamenvatting.',
      },
      measure: {
        en: 'Report online before the date the competent authority expects it.',
        nl: 'Rapport online vóór de datum waarop de bevoegde autoriteit het verwacht.',
      },
      owner: 'quality_compliance',
      months: 6,
    },
  },
];
