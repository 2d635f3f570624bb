/**
 * CMRT 6.01–6.5. The Declaration cells, L keys, Smelter List columns and Checker logic are the
 * same in every 6.x version (RMI-TEMPLATES §3, §4, §6); only the date DV (capped at 46112 up to
 * 6.22) and the Product List header differ (§7).
 */
import { CMRT_FILING, CMRT_SURVEY, PERCENT, YES_NO, YES_NO_UNKNOWN } from './answer-sets.js';
import { companyCells, PRODUCT_LIST, smelterList17 } from './layout-shared.js';
import type { TemplateLayout } from './layout-types.js';

/** CMRT 6.31–6.5 (date DV open-ended, Q6 "100%" as text). */
export const CMRT_LAYOUT: TemplateLayout = {
  id: 'cmrt-6',
  family: 'CMRT',
  versions: ['6.3', '6.31', '6.4', '6.5'],
  source: 'CMRT 6.01–6.5 Declaration, Smelter List and Checker (RMI-TEMPLATES §3, §4, §6, §10)',
  company: companyCells(12),
  minerals: { kind: 'fixed', minerals: ['Tantalum', 'Tin', 'Gold', 'Tungsten'] },
  questions: [
    { id: 'Q1', headerRow: 25, answers: YES_NO },
    { id: 'Q2', headerRow: 31, answers: YES_NO },
    { id: 'Q3', headerRow: 37, answers: YES_NO_UNKNOWN },
    { id: 'Q4', headerRow: 43, answers: YES_NO_UNKNOWN },
    { id: 'Q5', headerRow: 49, answers: YES_NO_UNKNOWN },
    { id: 'Q6', headerRow: 55, answers: PERCENT },
    { id: 'Q7', headerRow: 61, answers: YES_NO },
    { id: 'Q8', headerRow: 67, answers: YES_NO },
  ],
  // Checker rows 19–52: Q2 unless Q1 = No; Q3–Q8 unless Q1 or Q2 = No.
  gating: { q1Excludes: ['No'], q2Excludes: ['No'] },
  companyQuestions: [
    { id: 'A', row: 75, answers: YES_NO },
    { id: 'B', row: 77, answers: YES_NO, urlWhenYes: true },
    { id: 'C', row: 79, answers: YES_NO },
    { id: 'D', row: 81, answers: YES_NO },
    { id: 'E', row: 83, answers: CMRT_SURVEY },
    { id: 'F', row: 85, answers: YES_NO },
    { id: 'G', row: 87, answers: YES_NO },
    { id: 'H', row: 89, answers: CMRT_FILING },
  ],
  smelterList: smelterList17(2504),
  productList: PRODUCT_LIST,
  hasLookup: true,
  notListedNeedsNameAndCountry: true,
  percentIsNumber: false,
};

/** CMRT 6.0–6.22: as 6.31+, but the Effective Date DV is capped at 46112 (31-Mar-2026, §3.1). */
export const CMRT_LAYOUT_6_0: TemplateLayout = {
  ...CMRT_LAYOUT,
  id: 'cmrt-6.0',
  versions: ['6.0', '6.01', '6.1', '6.2', '6.21', '6.22'],
  dateMaxSerial: 46112,
  percentIsNumber: true,
};
