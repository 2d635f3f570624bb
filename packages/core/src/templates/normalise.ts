/**
 * Normalises the dirty values suppliers put in templates (RMI-TEMPLATES §12): trailing tabs and
 * spaces, ideographic spaces, text or serial dates, "100%" as number or text, literal 0s from
 * pasted formulas, Chinese Yes/No from translated drop-downs, and case differences.
 */
import type { CellValue } from './sheet-cells.js';

// Ends of a value: ASCII whitespace, NBSP, ideographic space U+3000, zero-width chars and BOM.
const EDGES = /^(?:\s|\u00a0|\u3000|\u200b|\u200c|\u200d|\ufeff)+|(?:\s|\u00a0|\u3000|\u200b|\u200c|\u200d|\ufeff)+$/g;

/** Trimmed text of a cell with LF line breaks, or `null` when empty. Numbers become their shortest decimal text. */
export function cleanText(value: CellValue | undefined): string | null {
  if (value === undefined) return null;
  let s = (
    typeof value === 'string' ? value : typeof value === 'number' ? String(value) : value ? 'TRUE' : 'FALSE'
  ).replace(EDGES, '');
  // Line breaks typed on Windows (CR LF, `_x000D_` in the XML) or an old Mac (CR) become LF.
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  return s.length > 0 ? s : null;
}

/** As {@link cleanText}, but a literal 0 (a pasted or look-up formula result, §11.5) counts as empty. */
export function cleanListText(value: CellValue | undefined): string | null {
  if (value === 0) return null;
  const s = cleanText(value);
  return s === '0' ? null : s;
}

/** Recent {@link looseKey} results: a read keys the same few metals, answers and names over and over. */
const looseKeys = new Map<string, string>();

/** Key for case- and spacing-insensitive comparison. */
export function looseKey(s: string): string {
  const hit = looseKeys.get(s);
  if (hit !== undefined) return hit;
  const key = s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .replace(/[.\s]+$/, '')
    .trim();
  if (looseKeys.size >= 4096) looseKeys.clear();
  looseKeys.set(s, key);
  return key;
}

// Translated Yes/No/Unknown of the AMRT recycled list (§9.3) in the CJK languages seen most;
// the reader maps other languages through the workbook's own L sheet.
const YES_NO_WORDS: Readonly<Record<string, string>> = {
  是: 'Yes',
  否: 'No',
  未知: 'Unknown',
  はい: 'Yes',
  いいえ: 'No',
  不明: 'Unknown',
  예: 'Yes',
  아니요: 'No',
  y: 'Yes',
  n: 'No',
};

/** The result of matching a value against a drop-down list. */
export type AnswerMatch = { readonly value: string | null; readonly known: boolean };

/**
 * Matches a cell against a drop-down list: exact (case/space-insensitive) match, the numeric
 * "100%" (1, or 100 as typed), and translated Yes/No/Unknown. Unknown text is returned as written.
 */
export function canonicalAnswer(value: CellValue | undefined, allowed: readonly string[]): AnswerMatch {
  if (typeof value === 'number' && allowed.includes('100%') && (value === 1 || value === 100))
    return { value: '100%', known: true };
  const text = cleanText(value);
  if (text === null) return { value: null, known: true };
  const key = looseKey(text);
  for (const a of allowed) if (looseKey(a) === key) return { value: a, known: true };
  const word = YES_NO_WORDS[key.replace(/\s/g, '')];
  if (word && allowed.includes(word)) return { value: word, known: true };
  if (allowed.includes('100%') && (key === '1' || key === '100' || key === '100 %'))
    return { value: '100%', known: true };
  return { value: text, known: false };
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  // Dutch, German, French, Spanish forms that differ from English.
  mrt: 3,
  mär: 3,
  mai: 5,
  okt: 10,
  dez: 12,
  janv: 1,
  févr: 2,
  fevr: 2,
  mars: 3,
  avr: 4,
  juin: 6,
  juil: 7,
  août: 8,
  aout: 8,
  déc: 12,
  ene: 1,
  abr: 4,
  ago: 8,
  dic: 12,
};

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function isoOf(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1) return null;
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= dim ? `${pad(y, 4)}-${pad(m)}-${pad(d)}` : null;
}

/**
 * Excel serial → ISO date. The 1900 system counts from 1899-12-30 for serials after 60 (Excel's
 * fictitious 29-Feb-1900, ECMA-376 Part 1 §18.17.4.1); the 1904 system from 1904-01-01.
 */
export function serialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const days = Math.floor(serial);
  const base = date1904 ? Date.UTC(1904, 0, 1) : days > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  const d = new Date(base + days * 86_400_000);
  return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** ISO date → Excel 1900-system serial. */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y ?? 1900, (m ?? 1) - 1, d ?? 1) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

const twoDigitYear = (y: number): number => (y < 100 ? 2000 + y : y);

/**
 * A parsed date: ISO, or `null` with the text when it cannot be read. `fromText` is true when the
 * cell held text rather than an Excel date; `otherReading` is the month-first ISO date of a
 * numeric text like 03/04/2024 that is valid both ways (read day first, as the template asks).
 */
export type DateMatch = {
  readonly iso: string | null;
  readonly text: string | null;
  readonly fromText?: boolean;
  readonly otherReading?: string;
};

/**
 * Reads a date from a serial number or from text: DD-MMM-YYYY (the Instructions' format), ISO,
 * YYYY/MM/DD, CJK 2024年5月30日, DD.MM.YYYY / DD/MM/YYYY (day first, as the template asks, unless
 * only month first is valid) and numeric text serials.
 */
export function parseDate(value: CellValue | undefined, date1904 = false): DateMatch {
  if (typeof value === 'number') return { iso: serialToIso(value, date1904), text: String(value) };
  const text = cleanText(value);
  if (text === null) return { iso: null, text: null };
  return { ...parseDateText(text, date1904), fromText: true };
}

function parseDateText(text: string, date1904: boolean): DateMatch {
  const s = text.toLowerCase();
  let m = /^(\d{1,2})[\s\-/.]*([a-zà-ÿ]{3,5})\.?[\s\-/.,]*(\d{2,4})$/u.exec(s);
  if (m) {
    const month = MONTHS[m[2] ?? ''];
    if (month) return { iso: isoOf(twoDigitYear(Number(m[3])), month, Number(m[1])), text };
  }
  m = /^([a-zà-ÿ]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/u.exec(s);
  if (m) {
    const month = MONTHS[(m[1] ?? '').slice(0, 3)] ?? MONTHS[m[1] ?? ''];
    if (month) return { iso: isoOf(Number(m[3]), month, Number(m[2])), text };
  }
  m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ t].*)?$/u.exec(s);
  if (m) return { iso: isoOf(Number(m[1]), Number(m[2]), Number(m[3])), text };
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2,4})$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = twoDigitYear(Number(m[3]));
    const dayFirst = isoOf(y, b, a);
    const monthFirst = isoOf(y, a, b);
    if (dayFirst !== null && monthFirst !== null && dayFirst !== monthFirst)
      return { iso: dayFirst, text, otherReading: monthFirst };
    return { iso: dayFirst ?? monthFirst, text };
  }
  if (/^\d{5}(\.\d+)?$/.test(s)) return { iso: serialToIso(Number(s), date1904), text };
  return { iso: null, text };
}
