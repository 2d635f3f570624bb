/**
 * The drop-down answer lists of the templates, in RMI's own English spelling. They are stored in
 * English whatever UI language was chosen (RMI-TEMPLATES §3.3), in hidden rows of the
 * Declaration sheet: CMRT 6.4 B96:B111/D96:G119, EMRT 1.3 B90:B120, EMRT 2.1 B144:B180,
 * CRT 2.2 B86:B101, AMRT 1.2 B53:B69, AMRT 1.3 B56:B80.
 */
import type { AnswerSet } from './layout-types.js';

/** Yes / No (CMRT Q1, Q2, Q7, Q8; company questions). */
export const YES_NO: AnswerSet = ['Yes', 'No'];
/** Yes / No / Unknown. */
export const YES_NO_UNKNOWN: AnswerSet = ['Yes', 'No', 'Unknown'];
/** The survey-response percentages. "100%" is the number 1 in CMRT ≤ 6.22, EMRT 1.x, CRT and AMRT (§3.2). */
export const PERCENT: AnswerSet = [
  '100%',
  'Greater than 90%',
  'Greater than 75%',
  'Greater than 50%',
  '50% or less',
  'None',
];
/** EMRT 2.x Q5 (B151:B157). */
export const PERCENT_EMRT2: AnswerSet = [...PERCENT, 'Did not survey'];
/** AMRT Q2 (1.2 B57:B64, 1.3 B60:B67). */
export const PERCENT_AMRT: AnswerSet = [...PERCENT, 'Unknown', 'Did not survey'];
/** EMRT 1.x Q1 (B90:B93). */
export const EMRT1_Q1: AnswerSet = ['Yes', 'No', 'Unknown', 'Not applicable for this declaration'];
/** EMRT 1.x Q3: Cobalt adds "DRC only" (B94:B97), Mica "India and/or Madagascar only" (B110:B113). */
export const EMRT1_Q3: AnswerSet = ['Yes', 'No', 'Unknown', 'DRC only', 'India and/or Madagascar only'];
/** EMRT 2.x and AMRT Q1 (EMRT 2.1 B144:B147, AMRT 1.3 B56:B59). */
export const Q1_NOT_DECLARING: AnswerSet = ['Yes', 'No', 'Unknown', 'Not declaring'];
/** CRT Q2 (B86:B89). */
export const CRT_Q2: AnswerSet = ['Yes', 'No', 'Unknown', 'DRC or adjoining countries only'];
/** CMRT company question E (B105:B107). */
export const CMRT_SURVEY: AnswerSet = [
  'Yes, in conformance with IPC1755 (e.g., CMRT)',
  'Yes, using other format (describe)',
  'No',
];
/** CMRT company question H (B108:B111). */
export const CMRT_FILING: AnswerSet = ['Yes, with the SEC', 'Yes, with the EU', 'Yes, with the SEC and the EU', 'No'];
/** EMRT company question E (1.3 B107:B109, 2.1 B161:B163). */
export const EMRT_SURVEY: AnswerSet = [
  'Yes, in conformance with IPC1755 (e.g. EMRT)',
  'Yes, Using Other Format (Describe)',
  'No',
];
/** EMRT company question C for mica / every 2.x mineral (1.3 B118:B120, 2.1 B172:B174). */
export const EMRT_VALIDATED: AnswerSet = ['Yes', 'Yes, when more processors are validated', 'No'];
/** CRT company question G (B99:B101). */
export const CRT_SURVEY: AnswerSet = ['Yes, CRT', 'Yes, Using Other Format (Describe)', 'No'];
/** Smelter List "100% recycled or scrap" (CMRT AH2:AH4). */
export const RECYCLED: AnswerSet = YES_NO_UNKNOWN;
/** AMRT 1.3 mineral choices (B68:B80). */
export const AMRT13_MINERALS: AnswerSet = [
  'Aluminum',
  'Iridium',
  'Lime',
  'Manganese',
  'Palladium',
  'Platinum',
  'Rare Earth Elements',
  'Rhodium',
  'Ruthenium',
  'Silver',
  'Soda Ash',
  'Zinc',
  'Other [specify below]',
];
/** The "Other" choice of AMRT 1.3. */
export const OTHER_MINERAL = 'Other [specify below]';
