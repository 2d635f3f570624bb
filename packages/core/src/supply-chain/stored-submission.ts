/**
 * What one received template may store (issue 14.3): at most so many findings, each kind (rule
 * code) cut off after so many with one summary line counting the rest, and at most so many bytes
 * of JSON for its declaration and findings together. The figures and their measurement are in
 * docs/decisions/template-read-limits.md.
 */
import { AppError } from '../errors.js';
import type { Declaration, Finding } from '../templates/index.js';

/** Bounds of one stored submission. */
export type StoredSubmissionLimits = {
  /** Findings stored one by one, over all kinds (real templates: at most 68). */
  readonly maxFindings: number;
  /** Findings of one rule code stored one by one (real templates: at most 42). */
  readonly maxFindingsPerKind: number;
  /** UTF-8 bytes of the declaration and findings as JSON (real templates: at most 129 KB). */
  readonly maxJsonBytes: number;
};

/** Default {@link StoredSubmissionLimits}. */
export const STORED_SUBMISSION_LIMITS: StoredSubmissionLimits = {
  maxFindings: 500,
  maxFindingsPerKind: 200,
  maxJsonBytes: 8 * 1024 * 1024,
};

/**
 * The findings to store: in their order, at most `maxFindingsPerKind` of each code and
 * `maxFindings` in all, followed by one summary line per code that lost any ("… and 12,345 more of
 * this kind"), with that code's severity and fix and `omitted` set to the count. Nothing is lost
 * from the counts: take errors and warnings from the full list.
 */
export function boundFindings(
  findings: readonly Finding[],
  limits: Pick<StoredSubmissionLimits, 'maxFindings' | 'maxFindingsPerKind'> = STORED_SUBMISSION_LIMITS,
): Finding[] {
  if (findings.length <= Math.min(limits.maxFindings, limits.maxFindingsPerKind)) return [...findings];
  const perKind = new Map<string, number>();
  const kept: Finding[] = [];
  const left = new Map<string, { first: Finding; count: number; sheets: Set<string | null> }>();
  for (const f of findings) {
    const n = perKind.get(f.code) ?? 0;
    if (n < limits.maxFindingsPerKind && kept.length < limits.maxFindings) {
      perKind.set(f.code, n + 1);
      kept.push(f);
      continue;
    }
    const rest = left.get(f.code);
    if (rest) {
      rest.count++;
      rest.sheets.add(f.sheet);
    } else left.set(f.code, { first: f, count: 1, sheets: new Set([f.sheet]) });
  }
  for (const [code, { first, count, sheets }] of left) {
    const sheet = sheets.size === 1 ? first.sheet : null;
    const enWhere = sheet ? ` in sheet "${sheet}"` : '';
    const nlWhere = sheet ? ` in werkblad "${sheet}"` : '';
    kept.push({
      severity: first.severity,
      code,
      sheet,
      cell: null,
      message: {
        en: `… and ${count.toLocaleString('en')} more of this kind (${code})${enWhere}, not listed one by one.`,
        nl: `… en nog ${count.toLocaleString('nl')} van deze soort (${code})${nlWhere}, niet elk apart vermeld.`,
      },
      fix: first.fix,
      omitted: count,
    });
  }
  return kept;
}

const LISTS = [
  ['smelters', 'Smelter List'],
  ['mines', 'Mine List'],
  ['products', 'Product List'],
  ['lookup', 'Smelter Look-up'],
] as const;

/** UTF-8 length of a string (without allocating its bytes). */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A surrogate half is 2 of the 4 bytes of its pair.
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
  }
  return n;
}

/**
 * Refuses a submission whose declaration and (bounded) findings take more than `maxJsonBytes` as
 * JSON, naming the sheet whose rows take the most and the limit, in English and Dutch.
 */
export function assertStorableSize(
  declaration: Declaration | null,
  findings: readonly Finding[],
  limits: Pick<StoredSubmissionLimits, 'maxJsonBytes'> = STORED_SUBMISSION_LIMITS,
): void {
  const size = utf8Length(JSON.stringify(declaration)) + utf8Length(JSON.stringify(findings));
  if (size <= limits.maxJsonBytes) return;
  // The list that takes the most, to name its sheet.
  let largest: { sheet: string; rows: number; bytes: number } | undefined;
  for (const [key, sheet] of declaration ? LISTS : []) {
    const rows = declaration?.[key] ?? [];
    const bytes = utf8Length(JSON.stringify(rows));
    if (rows.length > 0 && (!largest || bytes > largest.bytes)) largest = { sheet, rows: rows.length, bytes };
  }
  const mb = (n: number, locale: 'en' | 'nl') => (n / 1024 / 1024).toLocaleString(locale, { maximumFractionDigits: 1 });
  const list = largest?.sheet;
  const rows = largest?.rows ?? 0;
  const en = `The data read from this file takes ${mb(size, 'en')} MB, over the limit of ${mb(limits.maxJsonBytes, 'en')} MB per received template (an RMI template takes at most about 0.2 MB)${list ? `; most of it is sheet "${list}" with ${rows.toLocaleString('en')} rows` : ''}. The file is refused and nothing is stored. Ask the supplier for the template as it was filled in, without added rows.`;
  const nl = `De gegevens uit dit bestand beslaan ${mb(size, 'nl')} MB, boven de grens van ${mb(limits.maxJsonBytes, 'nl')} MB per ontvangen template (een RMI-template beslaat hooguit ongeveer 0,2 MB)${list ? `; het meeste daarvan is werkblad "${list}" met ${rows.toLocaleString('nl')} rijen` : ''}. Het bestand is geweigerd en er is niets opgeslagen. Vraag de leverancier om de template zoals die is ingevuld, zonder toegevoegde rijen.`;
  throw new AppError('payload_too_large', en, {
    messages: { en, nl },
    issues: [{ ...(list ? { sheet: list } : {}), message: en }],
  });
}
