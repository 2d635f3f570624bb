/**
 * The catalogue keys of the own declaration's questions, answers and minerals, so every question
 * shows its full text in the UI language (issue 13.2). Answers stay in the template's English in
 * the form and the file; only what the user reads is translated.
 */
import type { UiLocale } from '../i18n/locales.js';
import type { UiMessageKey } from '../i18n/ui/en.js';
import { metalKey } from '../smelters/normalise.js';
import type { OwnDeclarationFamily } from './own-declaration.js';

const QUESTIONS: Readonly<Record<OwnDeclarationFamily, Readonly<Record<string, UiMessageKey>>>> = {
  CMRT: {
    Q1: 'sc.own.q.cmrt.Q1',
    Q2: 'sc.own.q.cmrt.Q2',
    Q3: 'sc.own.q.cmrt.Q3',
    Q4: 'sc.own.q.cmrt.Q4',
    Q5: 'sc.own.q.cmrt.Q5',
    Q6: 'sc.own.q.cmrt.Q6',
    Q7: 'sc.own.q.cmrt.Q7',
    Q8: 'sc.own.q.cmrt.Q8',
    A: 'sc.own.q.cmrt.A',
    B: 'sc.own.q.cmrt.B',
    C: 'sc.own.q.cmrt.C',
    D: 'sc.own.q.cmrt.D',
    E: 'sc.own.q.cmrt.E',
    F: 'sc.own.q.cmrt.F',
    G: 'sc.own.q.cmrt.G',
    H: 'sc.own.q.cmrt.H',
  },
  EMRT: {
    Q1: 'sc.own.q.emrt.Q1',
    Q2: 'sc.own.q.emrt.Q2',
    Q3: 'sc.own.q.emrt.Q3',
    Q4: 'sc.own.q.emrt.Q4',
    Q5: 'sc.own.q.emrt.Q5',
    Q6: 'sc.own.q.emrt.Q6',
    Q7: 'sc.own.q.emrt.Q7',
    A: 'sc.own.q.emrt.A',
    B: 'sc.own.q.emrt.B',
    C: 'sc.own.q.emrt.C',
    D: 'sc.own.q.emrt.D',
    E: 'sc.own.q.emrt.E',
    F: 'sc.own.q.emrt.F',
    G: 'sc.own.q.emrt.G',
  },
};

const ANSWERS: Readonly<Record<string, UiMessageKey>> = {
  Yes: 'sc.own.ans.yes',
  No: 'sc.own.ans.no',
  Unknown: 'sc.own.ans.unknown',
  'Not declaring': 'sc.own.ans.notDeclaring',
  'Not applicable for this declaration': 'sc.own.ans.notApplicable',
  'DRC only': 'sc.own.ans.drcOnly',
  'India and/or Madagascar only': 'sc.own.ans.indiaMadagascarOnly',
  'DRC or adjoining countries only': 'sc.own.ans.drcAdjoiningOnly',
  '100%': 'sc.own.ans.pct100',
  'Greater than 90%': 'sc.own.ans.pct90',
  'Greater than 75%': 'sc.own.ans.pct75',
  'Greater than 50%': 'sc.own.ans.pct50',
  '50% or less': 'sc.own.ans.pct50orLess',
  None: 'sc.own.ans.none',
  'Did not survey': 'sc.own.ans.didNotSurvey',
  'Yes, in conformance with IPC1755 (e.g., CMRT)': 'sc.own.ans.surveyCmrt',
  'Yes, in conformance with IPC1755 (e.g. EMRT)': 'sc.own.ans.surveyEmrt',
  'Yes, using other format (describe)': 'sc.own.ans.surveyOther',
  'Yes, Using Other Format (Describe)': 'sc.own.ans.surveyOther',
  'Yes, with the SEC': 'sc.own.ans.filingSec',
  'Yes, with the EU': 'sc.own.ans.filingEu',
  'Yes, with the SEC and the EU': 'sc.own.ans.filingBoth',
  'Yes, when more processors are validated': 'sc.own.ans.whenValidated',
};

/** The minerals' names, as data (like the raw-material catalogue's), not catalogue messages. */
const MINERALS: Readonly<Record<string, Readonly<Record<UiLocale, string>>>> = {
  tantalum: { en: 'Tantalum', nl: 'Tantaal' },
  tin: { en: 'Tin', nl: 'Tin' },
  gold: { en: 'Gold', nl: 'Goud' },
  tungsten: { en: 'Tungsten', nl: 'Wolfraam' },
  cobalt: { en: 'Cobalt', nl: 'Kobalt' },
  copper: { en: 'Copper', nl: 'Koper' },
  graphite: { en: 'Graphite', nl: 'Grafiet' },
  lithium: { en: 'Lithium', nl: 'Lithium' },
  mica: { en: 'Mica', nl: 'Mica' },
  nickel: { en: 'Nickel', nl: 'Nikkel' },
};

/** `table[key]` when `key` is the table's own (never an inherited `constructor` or `toString`). */
const own = (table: Readonly<Record<string, UiMessageKey>>, key: string) =>
  Object.hasOwn(table, key) ? table[key] : undefined;

/** The full text of question `id` (`Q2`, `A`) of `family`, or `undefined` for a question Assay does not know. */
export function ownQuestionKey(family: string, id: string): UiMessageKey | undefined {
  const f = family.trim().toUpperCase();
  return f === 'CMRT' || f === 'EMRT' ? own(QUESTIONS[f], id) : undefined;
}

/** The label of a drop-down answer in the template's English spelling, or `undefined` when unknown. */
export function ownAnswerKey(answer: string): UiMessageKey | undefined {
  return own(ANSWERS, answer);
}

/** The name of a template mineral (`Cobalt`, `Tin`) in `locale`; another name is returned as it is. */
export function ownMineralName(name: string, locale: UiLocale): string {
  const key = metalKey(name);
  return Object.hasOwn(MINERALS, key) ? (MINERALS[key]?.[locale] ?? name) : name;
}
