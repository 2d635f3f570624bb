import type { LocalizedText } from '../i18n/locales.js';
import type { MetalFamily } from './material-types.js';
import type { RiskLevel } from './risk-types.js';
import type { ThemeId } from './themes.js';

/** Where a hotspot's finding comes from. */
export type Citation = {
  readonly publisher: string;
  readonly title: string;
  readonly year: number;
  /** The publisher's page of the document; null when no address could be named precisely. */
  readonly url: string | null;
  /**
   * True only when the finding was checked against the publisher's own text or data: a dataset in
   * packages/reference-data, or a document that DOMAIN.md confirms from that document itself (not
   * "via" a summary, not ⚠). Everything else is false and the page says so (docs/RISK-METHOD.md §Hotspots).
   */
  readonly verifiedAgainstPrimary: boolean;
};

/**
 * The likelihood a hotspot asks for at least: `documented` when a verified source records the harm for
 * this material and country (an actual impact), else a level.
 */
export type HotspotLikelihood = 'documented' | RiskLevel;

/**
 * A documented hotspot: primary forms of these families from this country carry at least this
 * likelihood and this severity for the theme. The score follows from the two by the method's formula,
 * never from a number set here (docs/RISK-METHOD.md §Hotspots).
 */
export type Hotspot = {
  readonly id: string;
  readonly families: readonly MetalFamily[];
  readonly iso2: string;
  readonly theme: ThemeId;
  readonly minLikelihood: HotspotLikelihood;
  readonly minSeverity: RiskLevel;
  /** What the source records, in one sentence per UI language. */
  readonly finding: LocalizedText;
  readonly citation: Citation;
};

const DOL_TVPRA_2022: Citation = {
  publisher: 'US Department of Labor, Bureau of International Labor Affairs',
  title: 'List of Goods Produced by Child Labor or Forced Labor',
  year: 2022,
  url: 'https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods',
  verifiedAgainstPrimary: true,
};

const EU_CAHRA_2026: Citation = {
  publisher: 'RAND Europe for the European Commission (DG TRADE)',
  title: 'Indicative, non-exhaustive list of conflict-affected and high-risk areas (Report: June 2026)',
  year: 2026,
  url: 'https://www.cahraslist.net/',
  verifiedAgainstPrimary: true,
};

const AMNESTY_2016: Citation = {
  publisher: 'Amnesty International and Afrewatch',
  title:
    '"This is what we die for": Human rights abuses in the Democratic Republic of the Congo power the global trade in cobalt (AFR 62/3183/2016)',
  year: 2016,
  url: 'https://www.amnesty.org/en/documents/afr62/3183/2016/en/',
  verifiedAgainstPrimary: true,
};

const UN_GOE_2024: Citation = {
  publisher: 'United Nations Group of Experts on the Democratic Republic of the Congo',
  title: 'Final report (S/2024/432), as reported by Reuters',
  year: 2024,
  url: 'https://press.un.org/en/2024/sc15730.doc.htm',
  verifiedAgainstPrimary: false,
};

const CRI_2024: Citation = {
  publisher: 'Climate Rights International',
  title: "Nickel Unearthed: The Human and Climate Costs of Indonesia's Nickel Industry",
  year: 2024,
  url: 'https://cri.org/reports/nickel-unearthed/',
  verifiedAgainstPrimary: true,
};

const HRW_GUINEA_2018: Citation = {
  publisher: 'Human Rights Watch',
  title: '"What Do We Get Out of It?" The Human Rights Impact of Bauxite Mining in Guinea',
  year: 2018,
  url: 'https://www.hrw.org/report/2018/10/04/what-do-we-get-out-it/human-rights-impact-bauxite-mining-guinea',
  verifiedAgainstPrimary: true,
};

const HRW_KABWE_2019: Citation = {
  publisher: 'Human Rights Watch',
  title: '"We Have to Be Worried": The Impact of Lead Contamination on Children’s Rights in Kabwe, Zambia',
  year: 2019,
  url: 'https://www.hrw.org/report/2019/08/23/we-have-be-worried/impact-lead-contamination-childrens-rights-kabwe-zambia',
  verifiedAgainstPrimary: true,
};

const HRW_GHANA_2015: Citation = {
  publisher: 'Human Rights Watch',
  title: 'Precious Metal, Cheap Labor: Child Labor and Corporate Responsibility in Ghana’s Artisanal Gold Mines',
  year: 2015,
  url: 'https://www.hrw.org/node/135217',
  verifiedAgainstPrimary: false,
};

const UNEP_GMA_2018: Citation = {
  publisher: 'UN Environment Programme',
  title: 'Global Mercury Assessment 2018 (as summarised by CLME+)',
  year: 2018,
  url: 'https://clmeplus.org/doculibrary/artisanal-and-small-scale-gold-mining-and-mercury-management-innovation-programme/',
  verifiedAgainstPrimary: false,
};

const GLOBAL_WITNESS_2022: Citation = {
  publisher: 'Global Witness',
  title:
    "Myanmar's poisoned mountains: The toxic rare earth mining industry at the heart of the global green energy transition",
  year: 2022,
  url: 'https://www.globalwitness.org/en/campaigns/natural-resource-governance/myanmars-poisoned-mountains/',
  verifiedAgainstPrimary: true,
};

const SOMO_TDH_2016: Citation = {
  publisher: 'SOMO for Terre des Hommes Netherlands',
  title: 'Beauty and a Beast: Child labour in India for sparkling cars and cosmetics',
  year: 2016,
  url: 'https://www.somo.nl/beauty-and-a-beast-take-the-child-labour-out-of-your-cosmetics/',
  verifiedAgainstPrimary: true,
};

/**
 * The hotspots of the method (docs/RISK-METHOD.md §Hotspots). Findings from DOMAIN.md §7 and the
 * reference datasets; anything found elsewhere carries `verifiedAgainstPrimary: false`. Items that
 * DOMAIN.md marks ⚠ are not encoded.
 */
export const HOTSPOTS: readonly Hotspot[] = [
  // Artisanal gold in Ghana: mercury, mine safety, child labour.
  {
    id: 'ghana-asgm-hazardous-child-labour',
    families: ['gold'],
    iso2: 'GH',
    theme: 'child_labour',
    minLikelihood: 'very_high',
    minSeverity: 'very_high',
    finding: {
      en: 'Children in unlicensed artisanal gold mines haul and crush ore and process it with mercury.',
      nl: 'Kinderen in illegale ambachtelijke goudmijnen dragen en vermalen erts en verwerken het met kwik.',
    },
    citation: HRW_GHANA_2015,
  },
  {
    id: 'ghana-asgm-safety',
    families: ['gold'],
    iso2: 'GH',
    theme: 'health_safety',
    minLikelihood: 'very_high',
    minSeverity: 'very_high',
    finding: {
      en: 'Mine collapses injure and kill artisanal miners; mercury exposure risks brain damage.',
      nl: 'Instortende mijnschachten verwonden en doden ambachtelijke mijnwerkers; kwik kan hersenschade geven.',
    },
    citation: HRW_GHANA_2015,
  },
  {
    id: 'ghana-asgm-mercury',
    families: ['gold'],
    iso2: 'GH',
    theme: 'environment',
    minLikelihood: 'very_high',
    minSeverity: 'very_high',
    finding: {
      en: 'Artisanal and small-scale gold mining causes about 38 % of man-made mercury emissions, mostly in South America and Sub-Saharan Africa.',
      nl: 'Ambachtelijke en kleinschalige goudwinning veroorzaakt ongeveer 38 % van de kwikuitstoot door mensen, vooral in Zuid-Amerika en Afrika ten zuiden van de Sahara.',
    },
    citation: UNEP_GMA_2018,
  },
  {
    id: 'ghana-asgm-mercury-local',
    families: ['gold'],
    iso2: 'GH',
    theme: 'environment',
    minLikelihood: 'very_high',
    minSeverity: 'very_high',
    finding: {
      en: 'Unlicensed artisanal mines (galamsey) process ore with mercury and cause serious environmental damage.',
      nl: 'Illegale ambachtelijke mijnen (galamsey) verwerken erts met kwik en richten ernstige milieuschade aan.',
    },
    citation: HRW_GHANA_2015,
  },
  // Gold from Venezuela: armed groups, serious abuses (OECD Annex II).
  {
    id: 'venezuela-gold-armed-groups',
    families: ['gold'],
    iso2: 'VE',
    theme: 'conflict_security',
    minLikelihood: 'very_high',
    minSeverity: 'very_high',
    finding: {
      en: 'Armed groups (“syndicates”, Colombian guerrillas) control gold mines in Bolívar state, with government acquiescence.',
      nl: 'Gewapende groepen (‘syndicaten’, Colombiaanse guerrilla’s) beheersen goudmijnen in de staat Bolívar, met medeweten van de overheid.',
    },
    citation: {
      publisher: 'Human Rights Watch',
      title: 'Venezuela: Violent Abuses in Illegal Gold Mines',
      year: 2020,
      url: 'https://www.hrw.org/news/2020/02/04/venezuela-violent-abuses-illegal-gold-mines',
      verifiedAgainstPrimary: false,
    },
  },
  {
    id: 'venezuela-cahra',
    families: ['gold'],
    iso2: 'VE',
    theme: 'conflict_security',
    minLikelihood: 'very_high',
    minSeverity: 'high',
    finding: {
      en: 'The whole of Venezuela is on the EU list of conflict-affected and high-risk areas.',
      nl: 'Heel Venezuela staat op de EU-lijst van conflict- en hoogrisicogebieden.',
    },
    citation: EU_CAHRA_2026,
  },
  {
    id: 'venezuela-gold-forced-labour',
    families: ['gold'],
    iso2: 'VE',
    theme: 'serious_abuses',
    minLikelihood: 'documented',
    minSeverity: 'very_high',
    finding: {
      en: 'Gold from Venezuela is listed for forced labour, a serious abuse under OECD Annex II.',
      nl: 'Goud uit Venezuela staat op de lijst voor dwangarbeid, een ernstige schending volgens OESO-bijlage II.',
    },
    citation: DOL_TVPRA_2022,
  },
  {
    id: 'venezuela-gold-violence',
    families: ['gold'],
    iso2: 'VE',
    theme: 'serious_abuses',
    minLikelihood: 'very_high',
    minSeverity: 'very_high',
    finding: {
      en: 'Groups that control the mines dismember and kill people accused of offences in front of other workers.',
      nl: 'Groepen die de mijnen beheersen verminken en doden mensen die van vergrijpen worden beschuldigd, waar andere arbeiders bij zijn.',
    },
    citation: {
      publisher: 'Human Rights Watch',
      title: 'Venezuela: Violent Abuses in Illegal Gold Mines',
      year: 2020,
      url: 'https://www.hrw.org/news/2020/02/04/venezuela-violent-abuses-illegal-gold-mines',
      verifiedAgainstPrimary: false,
    },
  },
  // Nickel in Indonesia: safety, environment, land.
  {
    id: 'indonesia-nickel-environment',
    families: ['nickel'],
    iso2: 'ID',
    theme: 'environment',
    minLikelihood: 'documented',
    minSeverity: 'very_high',
    finding: {
      en: 'Deforestation and river and sea pollution around the IWIP nickel park on Halmahera.',
      nl: 'Ontbossing en vervuiling van rivieren en zee rond het nikkelpark IWIP op Halmahera.',
    },
    citation: CRI_2024,
  },
  {
    id: 'indonesia-nickel-environment-2025',
    families: ['nickel'],
    iso2: 'ID',
    theme: 'environment',
    minLikelihood: 'documented',
    minSeverity: 'very_high',
    finding: {
      en: 'Pollution of the Sagea river and floods continue around IWIP.',
      nl: 'De vervuiling van de rivier de Sagea en overstromingen rond IWIP gaan door.',
    },
    citation: {
      publisher: 'Climate Rights International',
      title:
        'Ongoing Harms, Limited Accountability: Climate, Environmental, and Human Rights Violations in the Indonesian Nickel Industry',
      year: 2025,
      url: 'https://cri.org/ongoing-harms-limited-accountability',
      verifiedAgainstPrimary: true,
    },
  },
  {
    id: 'indonesia-nickel-smelter-safety',
    families: ['nickel'],
    iso2: 'ID',
    theme: 'health_safety',
    minLikelihood: 'very_high',
    minSeverity: 'very_high',
    finding: {
      en: 'A furnace explosion at a nickel smelter in the Morowali industrial park (IMIP) killed at least 13 workers on 24 December 2023.',
      nl: 'Een ovenexplosie in een nikkelsmelterij in het industriepark Morowali (IMIP) doodde op 24 december 2023 ten minste 13 arbeiders.',
    },
    citation: {
      publisher: 'South China Morning Post',
      title: 'Several Chinese workers among 13 killed after furnace blast at China-owned Indonesian nickel plant',
      year: 2023,
      url: 'https://www.scmp.com/news/asia/southeast-asia/article/3246156/several-chinese-workers-among-13-killed-after-furnace-blast-china-owned-indonesian-nickel-plant',
      verifiedAgainstPrimary: false,
    },
  },
  {
    id: 'indonesia-nickel-land',
    families: ['nickel'],
    iso2: 'ID',
    theme: 'serious_abuses',
    minLikelihood: 'documented',
    minSeverity: 'high',
    finding: {
      en: 'Land taken without free, prior and informed consent, with police and military involvement.',
      nl: 'Land afgenomen zonder vrije, voorafgaande en geïnformeerde instemming, met betrokkenheid van politie en leger.',
    },
    citation: CRI_2024,
  },
  // DR Congo and the Great Lakes.
  {
    id: 'drc-cobalt-child-labour',
    families: ['cobalt'],
    iso2: 'CD',
    theme: 'child_labour',
    minLikelihood: 'documented',
    minSeverity: 'very_high',
    finding: {
      en: 'Children as young as 7 work in artisanal cobalt mining.',
      nl: 'Kinderen vanaf 7 jaar werken in de ambachtelijke kobaltwinning.',
    },
    citation: AMNESTY_2016,
  },
  {
    id: 'drc-cobalt-safety',
    families: ['cobalt'],
    iso2: 'CD',
    theme: 'health_safety',
    minLikelihood: 'documented',
    minSeverity: 'very_high',
    finding: {
      en: 'At least 80 artisanal miners died underground between September 2014 and December 2015.',
      nl: 'Ten minste 80 ambachtelijke mijnwerkers kwamen tussen september 2014 en december 2015 ondergronds om.',
    },
    citation: AMNESTY_2016,
  },
  {
    id: 'drc-kolwezi-evictions',
    families: ['cobalt', 'copper'],
    iso2: 'CD',
    theme: 'serious_abuses',
    minLikelihood: 'documented',
    minSeverity: 'high',
    finding: {
      en: 'Forced evictions at industrial copper and cobalt mines around Kolwezi.',
      nl: 'Gedwongen uitzettingen bij industriële koper- en kobaltmijnen rond Kolwezi.',
    },
    citation: {
      publisher: 'Amnesty International and IBGDH',
      title:
        'Powering Change or Business as Usual? Forced evictions at industrial cobalt and copper mines in the Democratic Republic of the Congo',
      year: 2023,
      url: 'https://www.amnesty.org/en/documents/afr62/7009/2023/en/',
      verifiedAgainstPrimary: true,
    },
  },
  {
    id: 'drc-3t-conflict',
    families: ['tin', 'tantalum', 'tungsten', 'gold'],
    iso2: 'CD',
    theme: 'conflict_security',
    minLikelihood: 'very_high',
    minSeverity: 'very_high',
    finding: {
      en: 'M23 controls the Rubaya coltan mines and taxes the trade; 3T supply chains in the Great Lakes region are contaminated.',
      nl: 'M23 beheerst de coltanmijnen van Rubaya en heft belasting op de handel; 3T-ketens in het Grote Merengebied zijn besmet.',
    },
    citation: UN_GOE_2024,
  },
  {
    id: 'drc-3tg-forced-labour',
    families: ['tin', 'tantalum', 'tungsten', 'gold'],
    iso2: 'CD',
    theme: 'serious_abuses',
    minLikelihood: 'documented',
    minSeverity: 'very_high',
    finding: {
      en: 'Tin, tantalum and tungsten ores and gold from DR Congo are listed for forced labour, a serious abuse under OECD Annex II.',
      nl: 'Tin-, tantaal- en wolfraamerts en goud uit DR Congo staan op de lijst voor dwangarbeid, een ernstige schending volgens OESO-bijlage II.',
    },
    citation: DOL_TVPRA_2022,
  },
  {
    id: 'rwanda-3t-laundering',
    families: ['tin', 'tantalum', 'tungsten'],
    iso2: 'RW',
    theme: 'conflict_security',
    minLikelihood: 'very_high',
    minSeverity: 'very_high',
    finding: {
      en: 'Coltan from Rubaya is shipped to Rwanda and mixed with Rwandan output.',
      nl: 'Coltan uit Rubaya wordt naar Rwanda gebracht en vermengd met Rwandese productie.',
    },
    citation: UN_GOE_2024,
  },
  // Tin.
  {
    id: 'myanmar-wa-tin',
    families: ['tin'],
    iso2: 'MM',
    theme: 'conflict_security',
    minLikelihood: 'very_high',
    minSeverity: 'very_high',
    finding: {
      en: 'The United Wa State Army controls about 70 % of Myanmar’s tin ore (Man Maw).',
      nl: 'Het United Wa State Army beheerst ongeveer 70 % van het tinerts van Myanmar (Man Maw).',
    },
    citation: {
      publisher: 'Reuters and the International Tin Association, as reported by Myanmar Now and The Irrawaddy',
      title: 'Wa State tin mining at Man Maw',
      year: 2023,
      url: null,
      verifiedAgainstPrimary: false,
    },
  },
  {
    id: 'indonesia-bangka-tin-safety',
    families: ['tin'],
    iso2: 'ID',
    theme: 'health_safety',
    minLikelihood: 'very_high',
    minSeverity: 'very_high',
    finding: {
      en: 'Unregulated tin mining on Bangka-Belitung: about one fatal accident a week, some 60 miners buried a year.',
      nl: 'Ongereguleerde tinwinning op Bangka-Belitung: ongeveer één dodelijk ongeval per week, zo’n 60 verschutte mijnwerkers per jaar.',
    },
    citation: {
      publisher: 'South China Morning Post, The Caravan, The Star, Tempo',
      title: 'Reporting on tin mining in Bangka-Belitung',
      year: 2024,
      url: null,
      verifiedAgainstPrimary: false,
    },
  },
  {
    id: 'indonesia-bangka-tin-environment',
    families: ['tin'],
    iso2: 'ID',
    theme: 'environment',
    minLikelihood: 'very_high',
    minSeverity: 'high',
    finding: {
      en: 'On- and offshore tin mining devastates the environment of Bangka-Belitung.',
      nl: 'Tinwinning op land en op zee verwoest het milieu van Bangka-Belitung.',
    },
    citation: {
      publisher: 'South China Morning Post, Tempo',
      title: 'Reporting on tin mining in Bangka-Belitung',
      year: 2024,
      url: null,
      verifiedAgainstPrimary: false,
    },
  },
  // Lithium triangle.
  {
    id: 'chile-lithium-water',
    families: ['lithium'],
    iso2: 'CL',
    theme: 'environment',
    minLikelihood: 'very_high',
    minSeverity: 'high',
    finding: {
      en: 'Brine extraction depletes water in the Salar de Atacama; consultation disputes with the Lickanantay.',
      nl: 'Pekelwinning put het water van de Salar de Atacama uit; geschillen over raadpleging van de Lickanantay.',
    },
    citation: {
      publisher: 'Environmental Justice Atlas; Gesellschaft für bedrohte Völker',
      title: 'Lithium extraction in the Salar de Atacama',
      year: 2024,
      url: 'https://ejatlas.org/',
      verifiedAgainstPrimary: false,
    },
  },
  {
    id: 'argentina-lithium-water',
    families: ['lithium'],
    iso2: 'AR',
    theme: 'environment',
    minLikelihood: 'very_high',
    minSeverity: 'high',
    finding: {
      en: 'Brine extraction depletes water in the Salar del Hombre Muerto; consultation disputes with the Colla.',
      nl: 'Pekelwinning put het water van de Salar del Hombre Muerto uit; geschillen over raadpleging van de Colla.',
    },
    citation: {
      publisher: 'Environmental Justice Atlas; Gesellschaft für bedrohte Völker',
      title: 'Lithium extraction in the Salar del Hombre Muerto',
      year: 2024,
      url: 'https://ejatlas.org/',
      verifiedAgainstPrimary: false,
    },
  },
  // Bauxite and aluminium.
  {
    id: 'guinea-bauxite',
    families: ['aluminium'],
    iso2: 'GN',
    theme: 'environment',
    minLikelihood: 'documented',
    minSeverity: 'high',
    finding: {
      en: 'Bauxite mining in Boké damaged water sources and coats homes and fields in dust.',
      nl: 'Bauxietwinning in Boké beschadigde waterbronnen en bedekt huizen en akkers met stof.',
    },
    citation: HRW_GUINEA_2018,
  },
  {
    id: 'guinea-bauxite-land',
    families: ['aluminium'],
    iso2: 'GN',
    theme: 'serious_abuses',
    minLikelihood: 'documented',
    minSeverity: 'high',
    finding: {
      en: 'Ancestral farmland lost to bauxite mining in Boké, with inadequate resettlement.',
      nl: 'Voorouderlijke landbouwgrond in Boké verloren aan bauxietwinning, met ontoereikende herhuisvesting.',
    },
    citation: HRW_GUINEA_2018,
  },
  {
    id: 'china-aluminium-xinjiang',
    families: ['aluminium'],
    iso2: 'CN',
    theme: 'forced_labour',
    minLikelihood: 'high',
    minSeverity: 'very_high',
    finding: {
      en: 'Aluminium is a high-priority sector for enforcement against Xinjiang forced labour (since July 2024).',
      nl: 'Aluminium is sinds juli 2024 een prioritaire sector bij de handhaving tegen dwangarbeid in Xinjiang.',
    },
    citation: {
      publisher: 'US Department of Homeland Security, Forced Labor Enforcement Task Force',
      title:
        'Forced Labor Enforcement Task Force Adds Aluminum, PVC, and Seafood as New High Priority Sectors for Enforcement of Uyghur Forced Labor Prevention Act',
      year: 2024,
      url: 'https://www.dhs.gov/news/2024/07/09/forced-labor-enforcement-task-force-adds-aluminum-pvc-and-seafood-new-high-priority',
      verifiedAgainstPrimary: true,
    },
  },
  {
    id: 'china-uflpa-2025',
    families: ['iron_steel', 'lithium', 'copper'],
    iso2: 'CN',
    theme: 'forced_labour',
    minLikelihood: 'high',
    minSeverity: 'very_high',
    finding: {
      en: 'Steel, lithium and copper were added to the high-priority sectors for enforcement against Xinjiang forced labour in 2025.',
      nl: 'Staal, lithium en koper zijn in 2025 toegevoegd aan de prioritaire sectoren bij de handhaving tegen dwangarbeid in Xinjiang.',
    },
    citation: {
      publisher: 'US Department of Homeland Security, Forced Labor Enforcement Task Force',
      title: 'UFLPA Strategy, 2025 update',
      year: 2025,
      url: 'https://www.dhs.gov/uflpa-strategy',
      verifiedAgainstPrimary: true,
    },
  },
  // Iron ore.
  {
    id: 'brazil-tailings',
    families: ['iron_steel'],
    iso2: 'BR',
    theme: 'health_safety',
    minLikelihood: 'very_high',
    minSeverity: 'very_high',
    finding: {
      en: 'Tailings dam failures at Brumadinho (Vale, 2019, about 270 dead) and Mariana/Fundão (Samarco, 2015, 19 dead).',
      nl: 'Dambreuken van mijnafvalbekkens in Brumadinho (Vale, 2019, ongeveer 270 doden) en Mariana/Fundão (Samarco, 2015, 19 doden).',
    },
    citation: {
      publisher: 'Public record of the Brumadinho and Mariana disasters',
      title: 'Brumadinho (25 January 2019) and Mariana/Fundão (November 2015) tailings dam failures',
      year: 2019,
      url: null,
      verifiedAgainstPrimary: false,
    },
  },
  {
    id: 'brazil-tailings-environment',
    families: ['iron_steel'],
    iso2: 'BR',
    theme: 'environment',
    minLikelihood: 'very_high',
    minSeverity: 'very_high',
    finding: {
      en: 'The Brumadinho and Mariana/Fundão tailings floods destroyed rivers and land downstream.',
      nl: 'De modderstromen van Brumadinho en Mariana/Fundão verwoestten rivieren en land stroomafwaarts.',
    },
    citation: {
      publisher: 'Public record of the Brumadinho and Mariana disasters',
      title: 'Brumadinho (25 January 2019) and Mariana/Fundão (November 2015) tailings dam failures',
      year: 2019,
      url: null,
      verifiedAgainstPrimary: false,
    },
  },
  // Lead and zinc.
  {
    id: 'zambia-kabwe',
    families: ['lead', 'zinc'],
    iso2: 'ZM',
    theme: 'environment',
    minLikelihood: 'documented',
    minSeverity: 'very_high',
    finding: {
      en: 'More than 76 000 people live in lead-contaminated townships around the former Kabwe mine.',
      nl: 'Meer dan 76.000 mensen wonen in met lood vervuilde wijken rond de voormalige mijn van Kabwe.',
    },
    citation: HRW_KABWE_2019,
  },
  {
    id: 'zambia-kabwe-health',
    families: ['lead', 'zinc'],
    iso2: 'ZM',
    theme: 'health_safety',
    minLikelihood: 'documented',
    minSeverity: 'very_high',
    finding: {
      en: 'About half of the children in these townships have blood-lead levels that need treatment.',
      nl: 'Ongeveer de helft van de kinderen in deze wijken heeft een bloedloodgehalte dat behandeling vraagt.',
    },
    citation: HRW_KABWE_2019,
  },
  // Graphite.
  {
    id: 'china-graphite-pollution',
    families: ['graphite'],
    iso2: 'CN',
    theme: 'environment',
    minLikelihood: 'documented',
    minSeverity: 'high',
    finding: {
      en: 'Graphite dust on crops and undrinkable well water in villages of Heilongjiang and Shandong.',
      nl: 'Grafietstof op gewassen en ondrinkbaar putwater in dorpen in Heilongjiang en Shandong.',
    },
    citation: {
      publisher: 'The Washington Post',
      title: 'In your phone, in their air',
      year: 2016,
      url: 'https://www.washingtonpost.com/graphics/business/batteries/graphite-mining-pollution-in-china/',
      verifiedAgainstPrimary: true,
    },
  },
  {
    id: 'mozambique-balama',
    families: ['graphite'],
    iso2: 'MZ',
    theme: 'serious_abuses',
    minLikelihood: 'very_high',
    minSeverity: 'high',
    finding: {
      en: 'Loss of land and livelihoods around the Balama graphite mine, Cabo Delgado.',
      nl: 'Verlies van land en bestaansmiddelen rond de grafietmijn van Balama, Cabo Delgado.',
    },
    citation: {
      publisher: 'SOMO; Carta de Moçambique',
      title: 'Reporting on the Balama graphite mine',
      year: 2023,
      url: null,
      verifiedAgainstPrimary: false,
    },
  },
  // Mica.
  {
    id: 'india-mica-children',
    families: ['mica'],
    iso2: 'IN',
    theme: 'child_labour',
    minLikelihood: 'documented',
    minSeverity: 'very_high',
    finding: {
      en: 'At least 20 000 children work in the mica mines of Jharkhand and Bihar.',
      nl: 'Ten minste 20.000 kinderen werken in de micamijnen van Jharkhand en Bihar.',
    },
    citation: SOMO_TDH_2016,
  },
  {
    id: 'madagascar-mica-children',
    families: ['mica'],
    iso2: 'MG',
    theme: 'child_labour',
    minLikelihood: 'documented',
    minSeverity: 'very_high',
    finding: {
      en: 'Child labour and sexual exploitation in Madagascar’s mica sector.',
      nl: 'Kinderarbeid en seksuele uitbuiting in de micasector van Madagaskar.',
    },
    citation: {
      publisher: 'SOMO for Terre des Hommes Netherlands',
      title: 'Child Labour in Madagascar’s Mica Sector',
      year: 2019,
      url: null,
      verifiedAgainstPrimary: true,
    },
  },
  // Rare earths.
  {
    id: 'myanmar-rare-earths',
    families: ['rare_earths'],
    iso2: 'MM',
    theme: 'environment',
    minLikelihood: 'documented',
    minSeverity: 'very_high',
    finding: {
      en: 'More than 2 700 leaching pools at about 300 sites in Kachin State poison land and water.',
      nl: 'Meer dan 2.700 uitloogbassins op zo’n 300 plekken in de staat Kachin vergiftigen land en water.',
    },
    citation: GLOBAL_WITNESS_2022,
  },
  {
    id: 'myanmar-rare-earths-militia',
    families: ['rare_earths'],
    iso2: 'MM',
    theme: 'conflict_security',
    minLikelihood: 'documented',
    minSeverity: 'very_high',
    finding: {
      en: 'Rare-earth mining in Kachin Special Region 1 finances militias aligned with the military regime.',
      nl: 'Zeldzame-aardenwinning in Kachin Special Region 1 financiert milities die aan het militaire regime gelieerd zijn.',
    },
    citation: GLOBAL_WITNESS_2022,
  },
  // Platinum-group metals.
  {
    id: 'south-africa-marikana',
    families: ['pgm'],
    iso2: 'ZA',
    theme: 'freedom_of_association',
    minLikelihood: 'very_high',
    minSeverity: 'very_high',
    finding: {
      en: 'At Marikana (Lonmin, 16 August 2012) police killed 34 mineworkers on strike for a living wage.',
      nl: 'Bij Marikana (Lonmin, 16 augustus 2012) doodde de politie 34 mijnwerkers die staakten voor een leefbaar loon.',
    },
    citation: {
      publisher: 'Public record of the Marikana massacre',
      title: 'Marikana, 16 August 2012',
      year: 2012,
      url: null,
      verifiedAgainstPrimary: false,
    },
  },
  // 2026.2: the covenant matrix's land, water and biodiversity risks.
  {
    id: 'indonesia-nickel-land-rights',
    families: ['nickel'],
    iso2: 'ID',
    theme: 'land_rights',
    minLikelihood: 'documented',
    minSeverity: 'high',
    finding: {
      en: 'Farmland around IWIP was taken without consent; owners were intimidated by police into selling.',
      nl: 'Landbouwgrond rond IWIP werd zonder instemming afgenomen; eigenaren werden door de politie onder druk gezet om te verkopen.',
    },
    citation: CRI_2024,
  },
  {
    id: 'indonesia-nickel-deforestation',
    families: ['nickel'],
    iso2: 'ID',
    theme: 'biodiversity',
    minLikelihood: 'documented',
    minSeverity: 'high',
    finding: {
      en: 'Nickel mining and smelting around IWIP cleared forest, including traditional hunting grounds.',
      nl: 'Nikkelwinning en -smelterijen rond IWIP hebben bos gekapt, ook traditionele jachtgebieden.',
    },
    citation: CRI_2024,
  },
  {
    id: 'drc-kolwezi-land',
    families: ['cobalt', 'copper'],
    iso2: 'CD',
    theme: 'land_rights',
    minLikelihood: 'documented',
    minSeverity: 'high',
    finding: {
      en: 'Communities around Kolwezi were forced from their homes and farmland for mine expansion.',
      nl: 'Gemeenschappen rond Kolwezi werden voor mijnuitbreiding van hun huizen en landbouwgrond verdreven.',
    },
    citation: {
      publisher: 'Amnesty International and IBGDH',
      title:
        'Powering Change or Business as Usual? Forced evictions at industrial cobalt and copper mines in the Democratic Republic of the Congo',
      year: 2023,
      url: 'https://www.amnesty.org/en/documents/afr62/7009/2023/en/',
      verifiedAgainstPrimary: true,
    },
  },
  {
    id: 'guinea-bauxite-land-rights',
    families: ['aluminium'],
    iso2: 'GN',
    theme: 'land_rights',
    minLikelihood: 'documented',
    minSeverity: 'high',
    finding: {
      en: 'Bauxite mining in Boké took ancestral farmland, with inadequate compensation and resettlement.',
      nl: 'Bauxietwinning in Boké nam voorouderlijke landbouwgrond in, met ontoereikende vergoeding en herhuisvesting.',
    },
    citation: HRW_GUINEA_2018,
  },
  {
    id: 'guinea-bauxite-water',
    families: ['aluminium'],
    iso2: 'GN',
    theme: 'water',
    minLikelihood: 'documented',
    minSeverity: 'high',
    finding: {
      en: 'Villages near bauxite mines in Boké lost their natural water sources.',
      nl: 'Dorpen bij bauxietmijnen in Boké verloren hun natuurlijke waterbronnen.',
    },
    citation: HRW_GUINEA_2018,
  },
  {
    id: 'chile-lithium-water-use',
    families: ['lithium'],
    iso2: 'CL',
    theme: 'water',
    minLikelihood: 'very_high',
    minSeverity: 'high',
    finding: {
      en: 'Brine extraction depletes water in the Salar de Atacama.',
      nl: 'Pekelwinning put het water van de Salar de Atacama uit.',
    },
    citation: {
      publisher: 'Environmental Justice Atlas; Gesellschaft für bedrohte Völker',
      title: 'Lithium extraction in the Salar de Atacama',
      year: 2024,
      url: 'https://ejatlas.org/',
      verifiedAgainstPrimary: false,
    },
  },
  {
    id: 'argentina-lithium-water-use',
    families: ['lithium'],
    iso2: 'AR',
    theme: 'water',
    minLikelihood: 'very_high',
    minSeverity: 'high',
    finding: {
      en: 'Brine extraction depletes water in the Salar del Hombre Muerto.',
      nl: 'Pekelwinning put het water van de Salar del Hombre Muerto uit.',
    },
    citation: {
      publisher: 'Environmental Justice Atlas; Gesellschaft für bedrohte Völker',
      title: 'Lithium extraction in the Salar del Hombre Muerto',
      year: 2024,
      url: 'https://ejatlas.org/',
      verifiedAgainstPrimary: false,
    },
  },
  {
    id: 'china-graphite-water',
    families: ['graphite'],
    iso2: 'CN',
    theme: 'water',
    minLikelihood: 'documented',
    minSeverity: 'high',
    finding: {
      en: 'Well water in villages beside graphite plants became undrinkable.',
      nl: 'Putwater in dorpen naast grafietfabrieken werd ondrinkbaar.',
    },
    citation: {
      publisher: 'The Washington Post',
      title: 'In your phone, in their air',
      year: 2016,
      url: 'https://www.washingtonpost.com/graphics/business/batteries/graphite-mining-pollution-in-china/',
      verifiedAgainstPrimary: true,
    },
  },
  {
    id: 'myanmar-rare-earths-water',
    families: ['rare_earths'],
    iso2: 'MM',
    theme: 'water',
    minLikelihood: 'documented',
    minSeverity: 'very_high',
    finding: {
      en: 'Leaching chemicals poison streams and drinking water in Kachin State.',
      nl: 'Uitloogchemicaliën vergiftigen beken en drinkwater in de staat Kachin.',
    },
    citation: GLOBAL_WITNESS_2022,
  },
  {
    id: 'mozambique-balama-land',
    families: ['graphite'],
    iso2: 'MZ',
    theme: 'land_rights',
    minLikelihood: 'very_high',
    minSeverity: 'high',
    finding: {
      en: 'Farmers around the Balama graphite mine lost land and livelihoods.',
      nl: 'Boeren rond de grafietmijn van Balama verloren land en bestaansmiddelen.',
    },
    citation: {
      publisher: 'SOMO; Carta de Moçambique',
      title: 'Reporting on the Balama graphite mine',
      year: 2023,
      url: null,
      verifiedAgainstPrimary: false,
    },
  },
  {
    id: 'south-africa-marikana-wages',
    families: ['pgm'],
    iso2: 'ZA',
    theme: 'labour_rights',
    minLikelihood: 'very_high',
    minSeverity: 'high',
    finding: {
      en: 'Platinum mineworkers at Marikana went on strike for a living wage (2012).',
      nl: 'Platinamijnwerkers in Marikana staakten voor een leefbaar loon (2012).',
    },
    citation: {
      publisher: 'Public record of the Marikana massacre',
      title: 'Marikana, 16 August 2012',
      year: 2012,
      url: null,
      verifiedAgainstPrimary: false,
    },
  },
];

const byKey = new Map<string, Hotspot[]>();
for (const h of HOTSPOTS) {
  for (const family of h.families) {
    const key = `${family}|${h.iso2}|${h.theme}`;
    byKey.set(key, [...(byKey.get(key) ?? []), h]);
  }
}

/** Hotspots that apply to a family in a country for a theme. */
export function hotspotsFor(family: MetalFamily, iso2: string, theme: ThemeId): readonly Hotspot[] {
  return byKey.get(`${family}|${iso2}|${theme}`) ?? [];
}

/** A citation as one line: publisher, "title" (year), address; and whether it was checked. */
export function citationText(c: Citation): string {
  return `${c.publisher}, “${c.title}” (${c.year})${c.url ? `, ${c.url}` : ''}${c.verifiedAgainstPrimary ? '' : ' — not verified against the primary text'}`;
}
