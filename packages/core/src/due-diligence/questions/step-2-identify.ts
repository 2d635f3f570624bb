import { DOWNSTREAM_MINERALS, RED_FLAG_SCREENER, SCRAP_HANDLER } from './conditions.js';
import type { MaturityQuestion } from './maturity-question.js';

/** OECD step 2: identify and assess actual and potential adverse impacts. */
export const STEP_2_QUESTIONS: readonly MaturityQuestion[] = [
  {
    id: 's2.scoping',
    step: 2,
    weight: 3,
    text: {
      en: 'Have you scanned where in your operations and supply chain the risks are most likely and most severe, by material, country and sector?',
      nl: 'Heeft u in kaart gebracht waar in uw bedrijf en keten de risico’s het meest waarschijnlijk en ernstig zijn, per materiaal, land en sector?',
    },
    fully: {
      en: 'A risk overview (heat map) covers all your materials and origin countries and is updated at least yearly.',
      nl: 'Een risico-overzicht (heatmap) dekt al uw materialen en herkomstlanden en wordt minstens jaarlijks bijgewerkt.',
    },
    source: 'OECD RBC DDG 2018, step 2.1',
    improvement: {
      action: {
        en: 'Make a risk heat map of {materials} by country of origin and update it yearly.',
        nl: 'Maak een risico-heatmap van {materials} per herkomstland en werk die jaarlijks bij.',
      },
      measure: {
        en: 'Heat map covers all materials and origin countries; date of last update.',
        nl: 'Heatmap dekt alle materialen en herkomstlanden; datum van laatste update.',
      },
      owner: 'due_diligence_lead',
      months: 3,
    },
  },
  {
    id: 's2.origins_known',
    step: 2,
    weight: 3,
    text: {
      en: 'Do you know the countries of origin of your main materials?',
      nl: 'Kent u de herkomstlanden van uw belangrijkste materialen?',
    },
    fully: {
      en: 'For the materials that make up most of your purchases you know the mining or collection countries.',
      nl: 'Voor de materialen die het grootste deel van uw inkoop vormen kent u de landen van winning of inzameling.',
    },
    source: 'OECD RBC DDG 2018, step 2.1; OECD minerals DDG 3rd ed., step 1C',
    improvement: {
      action: {
        en: 'Ask suppliers of {materials} for the countries of origin and record them.',
        nl: 'Vraag leveranciers van {materials} naar de herkomstlanden en leg die vast.',
      },
      measure: {
        en: 'Share of purchasing volume with known country of origin (target 80%).',
        nl: 'Aandeel inkoopvolume met bekend herkomstland (doel 80%).',
      },
      owner: 'purchasing',
      months: 6,
    },
  },
  {
    id: 's2.prioritised',
    step: 2,
    weight: 2,
    text: {
      en: 'Have you ranked the risks by severity (scale, scope, irremediable character) and likelihood?',
      nl: 'Heeft u de risico’s gerangschikt naar ernst (omvang, reikwijdte, onherstelbaarheid) en waarschijnlijkheid?',
    },
    fully: {
      en: 'Every risk on the heat map has a severity and likelihood rating and the top risks are chosen for action.',
      nl: 'Elk risico op de heatmap heeft een oordeel over ernst en waarschijnlijkheid, en de belangrijkste risico’s zijn gekozen voor actie.',
    },
    source: 'OECD RBC DDG 2018, step 2.4',
    improvement: {
      action: {
        en: 'Rate each risk on the heat map for severity and likelihood and choose the top risks to act on.',
        nl: 'Beoordeel elk risico op de heatmap op ernst en waarschijnlijkheid en kies de belangrijkste risico’s voor actie.',
      },
      measure: {
        en: 'All heat-map risks rated; list of priority risks approved by management.',
        nl: 'Alle heatmaprisico’s beoordeeld; lijst met prioritaire risico’s goedgekeurd door de directie.',
      },
      owner: 'due_diligence_lead',
      months: 4,
    },
  },
  {
    id: 's2.involvement',
    step: 2,
    weight: 1,
    text: {
      en: 'For the priority risks, have you determined whether you cause, contribute to or are directly linked to the impact?',
      nl: 'Heeft u voor de prioritaire risico’s bepaald of u de impact veroorzaakt, eraan bijdraagt of er direct mee verbonden bent?',
    },
    fully: {
      en: 'Each priority risk records your involvement and the reasoning behind it.',
      nl: 'Bij elk prioritair risico staat uw betrokkenheid en de redenering daarachter.',
    },
    source: 'OECD RBC DDG 2018, step 2.3',
    improvement: {
      action: {
        en: 'Record for each priority risk whether you cause, contribute or are directly linked.',
        nl: 'Leg bij elk prioritair risico vast of u veroorzaakt, bijdraagt of direct verbonden bent.',
      },
      measure: {
        en: 'Share of priority risks with an involvement recorded.',
        nl: 'Aandeel prioritaire risico’s met vastgelegde betrokkenheid.',
      },
      owner: 'due_diligence_lead',
      months: 6,
    },
  },
  {
    id: 's2.stakeholder_review',
    step: 2,
    weight: 2,
    text: {
      en: 'Have you discussed your risk assessment with trade unions, NGOs, workers or affected communities?',
      nl: 'Heeft u uw risicobeoordeling besproken met vakbonden, ngo’s, werknemers of getroffen gemeenschappen?',
    },
    fully: {
      en: 'The latest heat map was reviewed with at least one union or civil-society organisation and their input is recorded.',
      nl: 'De laatste heatmap is besproken met minstens één vakbond of maatschappelijke organisatie en hun inbreng is vastgelegd.',
    },
    source:
      'OECD RBC DDG 2018, step 2 (meaningful stakeholder engagement); IRBC metals covenant 2019 (heat map review)',
    improvement: {
      action: {
        en: 'Review the heat map with a trade union or NGO and record what changed.',
        nl: 'Bespreek de heatmap met een vakbond of ngo en leg vast wat er veranderde.',
      },
      measure: {
        en: 'Review meeting held; notes of the input and the changes made.',
        nl: 'Bespreking gehouden; verslag van de inbreng en de doorgevoerde wijzigingen.',
      },
      owner: 'due_diligence_lead',
      months: 6,
    },
  },
  {
    id: 's2.smelters_identified',
    step: 2,
    weight: 3,
    when: DOWNSTREAM_MINERALS,
    text: {
      en: 'Have you identified the smelters and refiners in your chain and checked whether their due diligence is audited?',
      nl: 'Heeft u de smelters en raffinaderijen in uw keten geïdentificeerd en gecontroleerd of hun due diligence geaudit is?',
    },
    fully: {
      en: 'Reporting templates from your suppliers name the smelters, and you know each one’s audit status.',
      nl: 'Rapportagetemplates van uw leveranciers noemen de smelters, en u kent van elk de auditstatus.',
    },
    source: 'OECD minerals DDG 3rd ed., step 2 (downstream companies)',
    improvement: {
      action: {
        en: 'Collect reporting templates from suppliers of {materials} and check the audit status of every smelter named.',
        nl: 'Verzamel rapportagetemplates van leveranciers van {materials} en controleer de auditstatus van elke genoemde smelter.',
      },
      measure: {
        en: 'Supplier response rate; share of smelters with a known audit status.',
        nl: 'Responspercentage van leveranciers; aandeel smelters met bekende auditstatus.',
      },
      owner: 'purchasing',
      months: 6,
    },
  },
  {
    id: 's2.red_flags',
    step: 2,
    weight: 3,
    when: RED_FLAG_SCREENER,
    text: {
      en: 'Do you screen every supply for red flags of origin, transit and supplier?',
      nl: 'Screent u elke aanvoer op rode vlaggen voor herkomst, doorvoer en leverancier?',
    },
    fully: {
      en: 'A documented check runs before each new supplier and each new origin, and flagged supplies get an enhanced review.',
      nl: 'Een vastgelegde controle loopt vóór elke nieuwe leverancier en elke nieuwe herkomst, en gemarkeerde aanvoer krijgt een verdiepend onderzoek.',
    },
    source: 'OECD minerals DDG 3rd ed., step 2A and supplements (red flags)',
    improvement: {
      action: {
        en: 'Introduce a red-flag check for every new supplier and origin of {materials}.',
        nl: 'Voer een rodevlaggencheck in voor elke nieuwe leverancier en herkomst van {materials}.',
      },
      measure: {
        en: 'Share of new suppliers and origins checked before the first purchase (target 100%).',
        nl: 'Aandeel nieuwe leveranciers en herkomsten gecontroleerd vóór de eerste aankoop (doel 100%).',
      },
      owner: 'quality_compliance',
      months: 3,
    },
  },
  {
    id: 's2.on_the_ground',
    step: 2,
    weight: 2,
    when: { anyOf: ['upstream', 'smelter_refiner'] },
    text: {
      en: 'For red-flagged supply, do you assess the circumstances on the ground (yourself or through a joint assessment team)?',
      nl: 'Beoordeelt u bij aanvoer met rode vlaggen de omstandigheden ter plaatse (zelf of via een gezamenlijk beoordelingsteam)?',
    },
    fully: {
      en: 'Every red-flagged supply line has a recent on-the-ground assessment report.',
      nl: 'Elke aanvoerlijn met rode vlaggen heeft een recent beoordelingsrapport van ter plaatse.',
    },
    source: 'OECD minerals DDG 3rd ed., step 2B',
    improvement: {
      action: {
        en: 'Commission on-the-ground assessments for the red-flagged supply lines.',
        nl: 'Laat beoordelingen ter plaatse uitvoeren voor de aanvoerlijnen met rode vlaggen.',
      },
      measure: {
        en: 'Share of red-flagged supply lines with an assessment less than a year old.',
        nl: 'Aandeel aanvoerlijnen met rode vlaggen met een beoordeling van minder dan een jaar oud.',
      },
      owner: 'due_diligence_lead',
      months: 9,
    },
  },
  {
    id: 's2.scrap_kyc',
    step: 2,
    weight: 2,
    when: SCRAP_HANDLER,
    text: {
      en: 'Do you know who your scrap suppliers are and where they collect the material?',
      nl: 'Weet u wie uw schrootleveranciers zijn en waar zij het materiaal inzamelen?',
    },
    fully: {
      en: 'Each scrap supplier has a file with identity, licences and collection countries, and deliveries record the origin.',
      nl: 'Elke schrootleverancier heeft een dossier met identiteit, vergunningen en inzamellanden, en leveringen leggen de herkomst vast.',
    },
    source:
      'OECD minerals DDG 3rd ed., gold supplement (recyclable gold); IRBC metals covenant 2019, secondary materials chapter',
    improvement: {
      action: {
        en: 'Build know-your-supplier files for the scrap suppliers that deliver most of your volume.',
        nl: 'Leg ken-uw-leverancier-dossiers aan voor de schrootleveranciers die het grootste deel van uw volume leveren.',
      },
      measure: {
        en: 'Share of scrap volume from suppliers with a complete file (target 80%).',
        nl: 'Aandeel schrootvolume van leveranciers met een volledig dossier (doel 80%).',
      },
      owner: 'purchasing',
      months: 4,
    },
  },
];
