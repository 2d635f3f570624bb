import type { AnnexILine } from '../reference/annex-i-types.js';
import { ANNEX_I_LINES } from '../reference/eu-2017-821-annex-i.generated.js';

export type { AnnexILine } from '../reference/annex-i-types.js';
export { ANNEX_I_LINES };

/** Digits of a CN/TARIC code without spaces, dots or the `ex` prefix. */
export function normaliseCnCode(code: string): string {
  return code.replace(/^\s*ex\s+/i, '').replace(/[\s.]/g, '');
}

/** Annex I lines grouped by printed CN code (the two `ex 7108` gold lines share one group and one threshold). */
export type AnnexIGroup = {
  readonly cnCode: string;
  readonly digits: string;
  readonly ex: boolean;
  readonly taricSubdivision: string | null;
  readonly lines: readonly AnnexILine[];
  readonly thresholdKg: number;
  /** True only when every line's threshold is confirmed by two sources. */
  readonly verified: boolean;
};

const groups: AnnexIGroup[] = [];
for (const line of ANNEX_I_LINES) {
  const existing = groups.find((g) => g.cnCode === line.cnCode);
  if (existing) {
    groups[groups.indexOf(existing)] = {
      ...existing,
      lines: [...existing.lines, line],
      thresholdKg: Math.min(existing.thresholdKg, line.thresholdKg),
      verified: existing.verified && line.verified,
    };
  } else {
    groups.push({
      cnCode: line.cnCode,
      digits: normaliseCnCode(line.cnCode),
      ex: /^ex\s/i.test(line.cnCode),
      taricSubdivision: line.taricSubdivision,
      lines: [line],
      thresholdKg: line.thresholdKg,
      verified: line.verified,
    });
  }
}

/** Result of matching a declared code against Annex I. */
export type AnnexIMatch =
  | { readonly kind: 'match'; readonly group: AnnexIGroup; readonly exUnconfirmed: boolean }
  | { readonly kind: 'taric_not_covered'; readonly group: AnnexIGroup }
  | { readonly kind: 'none' };

/**
 * Match a declared CN (8 digits) or TARIC (10 digits) code to Annex I. An Annex code at 4 or 6 digits
 * covers every code under it. For an `ex` line with a TARIC subdivision, a 10-digit code must carry
 * that subdivision; an 8-digit code is treated as in scope with `exUnconfirmed` (precaution).
 */
export function matchAnnexI(code: string): AnnexIMatch {
  const digits = normaliseCnCode(code);
  const group = groups.filter((g) => digits.startsWith(g.digits)).sort((a, b) => b.digits.length - a.digits.length)[0];
  if (!group) return { kind: 'none' };
  if (group.ex && group.taricSubdivision) {
    if (digits.length >= 10) {
      return digits.slice(8, 10) === group.taricSubdivision
        ? { kind: 'match', group, exUnconfirmed: false }
        : { kind: 'taric_not_covered', group };
    }
    return { kind: 'match', group, exUnconfirmed: true };
  }
  return { kind: 'match', group, exUnconfirmed: group.ex };
}
