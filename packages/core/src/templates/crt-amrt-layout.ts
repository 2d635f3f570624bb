/**
 * CRT 2.2 (cobalt only, company questions A–I; RMI-TEMPLATES §9.1) and AMRT 1.2/1.21 (typed
 * minerals, 15-column Smelter List, no Look-up; §9.2) and AMRT 1.3 (chosen minerals, 17-column
 * Smelter List with Look-up; §9.3).
 */
import {
  AMRT13_MINERALS,
  CRT_Q2,
  CRT_SURVEY,
  PERCENT,
  PERCENT_AMRT,
  Q1_NOT_DECLARING,
  YES_NO,
  YES_NO_UNKNOWN,
} from './answer-sets.js';
import { companyCells, MINE_LIST, PRODUCT_LIST, PRODUCT_LIST_WITH_REQUESTER, smelterList17 } from './layout-shared.js';
import type { Gating, TemplateLayout } from './layout-types.js';

/** CRT 2.2 (also the workbook distributed as "2.21", which says 2.2 inside). */
export const CRT_LAYOUT: TemplateLayout = {
  id: 'crt-2',
  family: 'CRT',
  versions: ['2.2', '2.21'],
  source: 'CRT 2.2 Declaration and Checker (RMI-TEMPLATES §9.1, §6.1, §10)',
  company: companyCells(12),
  minerals: { kind: 'fixed', minerals: ['Cobalt'] },
  questions: [
    { id: 'Q1', headerRow: 25, answers: YES_NO_UNKNOWN },
    { id: 'Q2', headerRow: 31, answers: CRT_Q2 },
    { id: 'Q3', headerRow: 37, answers: YES_NO_UNKNOWN },
    { id: 'Q4', headerRow: 43, answers: PERCENT },
    { id: 'Q5', headerRow: 49, answers: YES_NO_UNKNOWN },
    { id: 'Q6', headerRow: 55, answers: YES_NO_UNKNOWN },
  ],
  // Checker: Q2–Q6 not required when Q1 ∈ {No, Unknown}; CRT Q2 is the CAHRA question, no gate.
  gating: { q1Excludes: ['No', 'Unknown'], q2Excludes: [] },
  companyQuestions: [
    { id: 'A', row: 63, answers: YES_NO, urlWhenYes: true },
    { id: 'B', row: 65, answers: YES_NO },
    { id: 'C', row: 67, answers: YES_NO },
    { id: 'D', row: 69, answers: YES_NO },
    { id: 'E', row: 71, answers: YES_NO },
    { id: 'F', row: 73, answers: YES_NO },
    { id: 'G', row: 75, answers: CRT_SURVEY },
    { id: 'H', row: 77, answers: YES_NO },
    { id: 'I', row: 79, answers: YES_NO },
  ],
  dateMaxSerial: 46112,
  smelterList: smelterList17(2500),
  productList: PRODUCT_LIST,
  hasLookup: true,
  notListedNeedsNameAndCountry: false,
  percentIsNumber: true,
};

const AMRT_MINERAL_CELLS = ['D12', 'E12', 'G12', 'H12', 'I12', 'D13', 'E13', 'G13', 'H13', 'I13'] as const;

/** AMRT Checker: Q2 is never required; smelters unless Q1 ∈ {No, Unknown, Not declaring}. */
const AMRT_GATING: Gating = { q1Excludes: ['No', 'Unknown', 'Not declaring'], q2Excludes: [] };

/** AMRT 1.2 / 1.21. */
export const AMRT12_LAYOUT: TemplateLayout = {
  id: 'amrt-1.2',
  family: 'AMRT',
  versions: ['1.2', '1.21'],
  source: 'AMRT 1.2 Declaration, Smelter List and Checker (RMI-TEMPLATES §9.2, §6.1, §10)',
  company: companyCells(14),
  minerals: { kind: 'typed', cells: AMRT_MINERAL_CELLS, slots: 10 },
  questions: [
    { id: 'Q1', headerRow: 27, answers: Q1_NOT_DECLARING },
    { id: 'Q2', headerRow: 39, answers: PERCENT_AMRT },
  ],
  gating: AMRT_GATING,
  companyQuestions: [],
  dateMaxSerial: 46112,
  smelterList: {
    firstRow: 5,
    lastRow: 2504,
    columns: {
      metal: 'A',
      name: 'B',
      country: 'C',
      smelterId: 'D',
      idSource: 'E',
      street: 'F',
      city: 'G',
      state: 'H',
      contactName: 'I',
      contactEmail: 'J',
      nextSteps: 'K',
      mineNames: 'L',
      mineCountry: 'M',
      recycled: 'N',
      comments: 'O',
    },
    lookupColumns: [],
    versionCell: 'O3',
  },
  mineList: MINE_LIST,
  productList: PRODUCT_LIST,
  hasLookup: false,
  notListedNeedsNameAndCountry: false,
  percentIsNumber: true,
};

/** AMRT 1.3. */
export const AMRT13_LAYOUT: TemplateLayout = {
  id: 'amrt-1.3',
  family: 'AMRT',
  versions: ['1.3'],
  source: 'AMRT 1.3 Declaration, Smelter List and Checker (RMI-TEMPLATES §9.3, §6.1, §10)',
  company: companyCells(17),
  minerals: {
    kind: 'typed',
    cells: AMRT_MINERAL_CELLS,
    otherCells: ['D15', 'E15', 'G15', 'H15', 'I15', 'D16', 'E16', 'G16', 'H16', 'I16'],
    choices: AMRT13_MINERALS,
    slots: 10,
  },
  questions: [
    { id: 'Q1', headerRow: 30, answers: Q1_NOT_DECLARING },
    { id: 'Q2', headerRow: 42, answers: PERCENT_AMRT },
  ],
  gating: AMRT_GATING,
  companyQuestions: [],
  dateMaxSerial: 46112,
  smelterList: smelterList17(2504),
  mineList: MINE_LIST,
  productList: PRODUCT_LIST_WITH_REQUESTER,
  hasLookup: true,
  notListedNeedsNameAndCountry: true,
  percentIsNumber: true,
};
