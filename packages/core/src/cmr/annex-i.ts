import type { AnnexILine } from '../reference/annex-i-types.js';
import { ANNEX_I_LINES } from '../reference/eu-2017-821-annex-i.generated.js';
import {
  CN_CHANGES,
  type CnChange,
  findCnChange,
  RESTRUCTURED_HEADINGS,
  type RestructuredHeading,
  successorsOf,
  unknownUnderRestructured,
} from './cn-correspondence.js';

export type { AnnexILine } from '../reference/annex-i-types.js';
export { ANNEX_I_LINES };

/** Digits of a CN/TARIC code without spaces, dots or the `ex` prefix. */
export function normaliseCnCode(code: string): string {
  return code.replace(/^\s*ex\s+/i, '').replace(/[\s.]/g, '');
}

/** Part A lists minerals (ores and concentrates, and gold that has not passed the refining stage); Part B metals. */
export type AnnexNature = 'mineral' | 'metal';

export const natureOf = (line: AnnexILine): AnnexNature => (line.part === 'A' ? 'mineral' : 'metal');

/** Ores and concentrates: the Part A lines of CN chapter 26 (never "recycled metals"). */
export const isOreOrConcentrate = (line: AnnexILine): boolean =>
  line.part === 'A' && normaliseCnCode(line.cnCode).startsWith('26');

/** The two `ex 7108` gold lines: row 5 (Part A, not refined) and row 13 (Part B, refined). */
export const isGoldLine = (line: AnnexILine): boolean => normaliseCnCode(line.cnCode) === '7108';

/** How a declared code relates to Annex I. */
export type AnnexIResolution =
  | {
      readonly kind: 'annex';
      /** One line; both gold lines for a 7108 code (which one depends on refining, not on the code). */
      readonly lines: readonly AnnexILine[];
      /** An `ex` line given without the TARIC subdivision that limits it: in scope as a precaution. */
      readonly exUnconfirmed: boolean;
      /** Set when the code is a later CN edition's and the line was found through the correspondence table. */
      readonly change: CnChange | null;
      /** Set when the code is one of CN 2017–2021 that a later edition replaced. */
      readonly successors: readonly CnChange[];
    }
  | { readonly kind: 'taric_not_covered'; readonly line: AnnexILine }
  | { readonly kind: 'not_covered_after_change'; readonly change: CnChange }
  | { readonly kind: 'unresolved_heading'; readonly heading: RestructuredHeading }
  | { readonly kind: 'too_broad'; readonly lines: readonly AnnexILine[] }
  | { readonly kind: 'none' };

/** Tables the resolver uses; tests pass their own to exercise every branch. */
export type CnTables = {
  readonly changes?: readonly CnChange[];
  readonly restructured?: readonly RestructuredHeading[];
};

function printedMatch(digits: string): AnnexILine[] {
  const matches = ANNEX_I_LINES.filter((l) => digits.startsWith(normaliseCnCode(l.cnCode)));
  const longest = Math.max(0, ...matches.map((l) => normaliseCnCode(l.cnCode).length));
  return matches.filter((l) => normaliseCnCode(l.cnCode).length === longest);
}

/**
 * Resolve a declared CN (8 digits) or TARIC (10 digits) code, or a shorter heading, against Annex I.
 * An Annex code at 4 or 6 digits covers every code under it. A code that is a later CN edition's is
 * mapped through the correspondence table; a code under a heading that was restructured and that the
 * table does not know is left unresolved rather than called "not in Annex I". A code shorter than the
 * Annex lines under it (e.g. `8103` for tantalum) is too broad to decide.
 */
export function resolveAnnexI(code: string, tables: CnTables = {}): AnnexIResolution {
  const digits = normaliseCnCode(code);
  const changes = tables.changes ?? CN_CHANGES;
  const change = findCnChange(digits, changes);
  if (change) {
    if (change.annexCnCode === null) return { kind: 'not_covered_after_change', change };
    const lines = ANNEX_I_LINES.filter((l) => l.cnCode === change.annexCnCode);
    return { kind: 'annex', lines, exUnconfirmed: false, change, successors: [] };
  }
  const printed = printedMatch(digits);
  const first = printed[0];
  if (first) {
    const successors = successorsOf(digits, changes);
    if (/^ex\s/i.test(first.cnCode) && first.taricSubdivision) {
      if (digits.length >= 10 && digits.slice(8, 10) !== first.taricSubdivision)
        return { kind: 'taric_not_covered', line: first };
      return { kind: 'annex', lines: printed, exUnconfirmed: digits.length < 10, change: null, successors };
    }
    return { kind: 'annex', lines: printed, exUnconfirmed: /^ex\s/i.test(first.cnCode), change: null, successors };
  }
  const heading = unknownUnderRestructured(digits, tables.restructured ?? RESTRUCTURED_HEADINGS);
  if (heading) return { kind: 'unresolved_heading', heading };
  // A short code with Annex lines under it: `8003` is `8003 00 00` (only zeros follow); `8103` is not one line.
  const under = ANNEX_I_LINES.filter((l) => {
    const d = normaliseCnCode(l.cnCode);
    return d.length > digits.length && d.startsWith(digits) && !/^0+$/.test(d.slice(digits.length));
  });
  const equivalent = ANNEX_I_LINES.filter((l) => {
    const d = normaliseCnCode(l.cnCode);
    return d.length > digits.length && d.startsWith(digits) && /^0+$/.test(d.slice(digits.length));
  });
  if (under.length > 0) return { kind: 'too_broad', lines: [...equivalent, ...under] };
  if (equivalent.length > 0)
    return { kind: 'annex', lines: equivalent, exUnconfirmed: false, change: null, successors: [] };
  return { kind: 'none' };
}
