import type { LocalizedText } from '../i18n/locales.js';
import type { Citation } from './hotspots.js';
import type { MetalFamily } from './material-types.js';
import type { ThemeId } from './themes.js';

/** One risk of the covenant's Due Diligence Risk Matrix and the themes of the model that score it. */
export type CovenantMatrixRisk = {
  readonly id: string;
  /** As published (CNV Internationaal, EN and NL pages of 24 January 2024). */
  readonly label: LocalizedText;
  readonly themes: readonly ThemeId[];
};

/** Where the matrix's risk list comes from (../shared/reference-data/irbc-metals-dd-risk-matrix). */
export const COVENANT_MATRIX_SOURCE: Citation = {
  publisher: 'CNV Internationaal for the International RBC Agreement for the Metals Sector',
  title: 'New tool helps companies to map risks in value chain (Due Diligence Risk Matrix)',
  year: 2024,
  url: 'https://www.cnvinternationaal.nl/en/topical/news/new-tool-helps-companies-to-map-risks-in-value-chain',
  verifiedAgainstPrimary: true,
};

/**
 * The 13 risks the matrix rates by severity and likelihood per raw material and country, in the order
 * of the English page, each mapped to the themes that score it (docs/RISK-METHOD.md §Covenant matrix).
 */
export const COVENANT_MATRIX_RISKS: readonly CovenantMatrixRisk[] = [
  {
    id: 'discrimination_gender',
    label: { en: 'discrimination & gender', nl: 'discriminatie en geslacht' },
    themes: ['discrimination'],
  },
  { id: 'forced_labour', label: { en: 'forced labour', nl: 'dwangarbeid' }, themes: ['forced_labour'] },
  { id: 'child_labour', label: { en: 'child labour', nl: 'kinderarbeid' }, themes: ['child_labour'] },
  {
    id: 'labour_rights',
    label: { en: 'labour rights', nl: 'arbeidsrechten' },
    themes: ['labour_rights', 'health_safety'],
  },
  { id: 'fair_wages', label: { en: 'fair wages', nl: 'eerlijke lonen' }, themes: ['labour_rights'] },
  {
    id: 'freedom_of_association',
    label: { en: 'freedom of association', nl: 'vrijheid van vereniging' },
    themes: ['freedom_of_association'],
  },
  {
    id: 'environmental_issues',
    label: { en: 'environmental issues', nl: 'milieukwesties' },
    themes: ['environment'],
  },
  {
    id: 'ecological_threat',
    label: { en: 'ecological threat', nl: 'ecologische bedreiging' },
    themes: ['biodiversity', 'environment'],
  },
  { id: 'biodiversity', label: { en: 'biodiversity', nl: 'biodiversiteit' }, themes: ['biodiversity'] },
  { id: 'deforestation', label: { en: 'deforestation', nl: 'ontbossing' }, themes: ['biodiversity'] },
  {
    id: 'water',
    label: { en: 'water use and water availability', nl: 'watergebruik en beschikbaarheid van water' },
    themes: ['water'],
  },
  { id: 'corruption', label: { en: 'corruption', nl: 'corruptie' }, themes: ['corruption'] },
  { id: 'land_tenure', label: { en: 'land tenure', nl: 'grondbezit' }, themes: ['land_rights'] },
];

/**
 * The metals the matrix covers. Its own list of 39 raw materials was not found (DOMAIN.md §5.3 says to
 * build the catalogue from the metals of §7 with their ores, intermediates and scrap): these families.
 */
export const COVENANT_MATRIX_FAMILIES: readonly MetalFamily[] = [
  'tin',
  'tantalum',
  'tungsten',
  'gold',
  'cobalt',
  'copper',
  'nickel',
  'lithium',
  'aluminium',
  'iron_steel',
  'zinc',
  'lead',
  'manganese',
  'graphite',
  'mica',
  'rare_earths',
  'pgm',
];
