/**
 * EMRT 1.x (cobalt, mica; a fixed grid like the CMRT, RMI-TEMPLATES §8.1) and EMRT 2.x (six
 * minerals in alphabetical slots, everything below row 11 moved, §8.2).
 */
import {
  EMRT_SURVEY,
  EMRT_VALIDATED,
  EMRT1_Q1,
  EMRT1_Q3,
  PERCENT,
  PERCENT_EMRT2,
  Q1_NOT_DECLARING,
  YES_NO,
  YES_NO_UNKNOWN,
} from './answer-sets.js';
import { companyCells, MINE_LIST, PRODUCT_LIST, PRODUCT_LIST_WITH_REQUESTER, smelterList17 } from './layout-shared.js';
import type { TemplateLayout } from './layout-types.js';

/** EMRT 1.1–1.3: hidden placeholder rows +3/+4 of each block are never read (§8.1). */
export const EMRT1_LAYOUT: TemplateLayout = {
  id: 'emrt-1',
  family: 'EMRT',
  versions: ['1.2', '1.3'],
  source: 'EMRT 1.1–1.3 Declaration and Checker (RMI-TEMPLATES §8.1, §6.1, §10)',
  company: companyCells(12),
  minerals: { kind: 'fixed', minerals: ['Cobalt', 'Mica'] },
  questions: [
    { id: 'Q1', headerRow: 25, answers: EMRT1_Q1 },
    { id: 'Q2', headerRow: 31, answers: YES_NO_UNKNOWN },
    { id: 'Q3', headerRow: 37, answers: EMRT1_Q3 },
    { id: 'Q4', headerRow: 43, answers: YES_NO_UNKNOWN, minerals: ['Cobalt'] },
    { id: 'Q5', headerRow: 49, answers: PERCENT },
    { id: 'Q6', headerRow: 55, answers: YES_NO_UNKNOWN },
    { id: 'Q7', headerRow: 61, answers: YES_NO_UNKNOWN },
  ],
  // Checker 1.2/1.3: Q2 not required when Q1 ∈ {No, Unknown, N/A}; Q3–Q7 when Q1 or Q2 is.
  gating: {
    q1Excludes: ['No', 'Unknown', 'Not applicable for this declaration'],
    q2Excludes: ['No', 'Unknown', 'Not applicable for this declaration'],
  },
  companyQuestions: [
    { id: 'A', row: 69, answers: YES_NO },
    { id: 'B', row: 71, answers: YES_NO, urlWhenYes: true },
    {
      id: 'C',
      row: 73,
      answers: YES_NO,
      perMineral: {
        kind: 'fixed',
        rows: [
          { mineral: 'Cobalt', row: 74, answers: YES_NO },
          { mineral: 'Mica', row: 75, answers: EMRT_VALIDATED },
        ],
      },
    },
    { id: 'D', row: 77, answers: YES_NO },
    { id: 'E', row: 79, answers: EMRT_SURVEY },
    { id: 'F', row: 81, answers: YES_NO },
    { id: 'G', row: 83, answers: YES_NO },
  ],
  dateMaxSerial: 46112,
  smelterList: smelterList17(2500),
  productList: PRODUCT_LIST,
  hasLookup: true,
  notListedNeedsNameAndCountry: true,
  percentIsNumber: true,
};

/** EMRT 1.0–1.11: as 1.2/1.3, but the Checker also requires the URL in G69 when A is Yes (§6.1). */
export const EMRT11_LAYOUT: TemplateLayout = {
  ...EMRT1_LAYOUT,
  id: 'emrt-1.1',
  versions: ['1.0', '1.01', '1.02', '1.1', '1.11'],
  companyQuestions: EMRT1_LAYOUT.companyQuestions.map((q) => (q.id === 'A' ? { ...q, urlWhenYes: true } : q)),
};

/** EMRT 2.0: six bound selection cells, ten slots per question, company cells D16–D26 (§8.2). */
export const EMRT2_LAYOUT: TemplateLayout = {
  id: 'emrt-2.0',
  family: 'EMRT',
  versions: ['2.0'],
  source: 'EMRT 2.0/2.1 Declaration and Checker (RMI-TEMPLATES §8.2, §6.1, §10)',
  company: companyCells(16),
  minerals: {
    kind: 'bound',
    cells: [
      { cell: 'D12', mineral: 'Cobalt' },
      { cell: 'E12', mineral: 'Copper' },
      { cell: 'G12', mineral: 'Graphite' },
      { cell: 'D13', mineral: 'Lithium' },
      { cell: 'E13', mineral: 'Mica' },
      { cell: 'G13', mineral: 'Nickel' },
    ],
    slots: 10,
  },
  questions: [
    { id: 'Q1', headerRow: 29, answers: Q1_NOT_DECLARING },
    { id: 'Q2', headerRow: 41, answers: YES_NO_UNKNOWN },
    { id: 'Q3', headerRow: 53, answers: YES_NO_UNKNOWN },
    { id: 'Q4', headerRow: 65, answers: YES_NO_UNKNOWN },
    { id: 'Q5', headerRow: 77, answers: PERCENT_EMRT2 },
    { id: 'Q6', headerRow: 89, answers: YES_NO_UNKNOWN },
    { id: 'Q7', headerRow: 101, answers: YES_NO_UNKNOWN },
  ],
  gating: { q1Excludes: ['No', 'Unknown', 'Not declaring'], q2Excludes: ['No', 'Unknown'] },
  companyQuestions: [
    { id: 'A', row: 115, answers: YES_NO },
    { id: 'B', row: 117, answers: YES_NO, urlWhenYes: true },
    { id: 'C', row: 119, answers: EMRT_VALIDATED, perMineral: { kind: 'slots', answers: EMRT_VALIDATED } },
    { id: 'D', row: 131, answers: YES_NO },
    { id: 'E', row: 133, answers: EMRT_SURVEY },
    { id: 'F', row: 135, answers: YES_NO },
    { id: 'G', row: 137, answers: YES_NO },
  ],
  dateMaxSerial: 46112,
  smelterList: smelterList17(2504),
  mineList: MINE_LIST,
  productList: PRODUCT_LIST,
  hasLookup: true,
  notListedNeedsNameAndCountry: true,
  percentIsNumber: false,
};

/** EMRT 2.1: as 2.0, Smelter List rows end at 2497 and the Product List has Requester columns D/E (§8.2, §7). */
export const EMRT21_LAYOUT: TemplateLayout = {
  ...EMRT2_LAYOUT,
  id: 'emrt-2.1',
  versions: ['2.1'],
  smelterList: { ...EMRT2_LAYOUT.smelterList, lastRow: 2497 },
  productList: PRODUCT_LIST_WITH_REQUESTER,
};
