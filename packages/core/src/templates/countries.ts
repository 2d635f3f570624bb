/**
 * Country text → ISO 3166-1 alpha-2. The primary source is the template's own hidden sheet `C`
 * (A = code, B = upper-case ISO short name, rows 2–251; RMI-TEMPLATES §2.3); a short alias table
 * covers the free-text forms suppliers type instead (§12: "China", "Vietnam", "USA", "UNKOWN").
 */
import type { SheetCells } from './sheet-cells.js';

/** Normalised comparison key: upper case, no diacritics, single spaces, no punctuation. */
export function countryKey(s: string): string {
  return asciiCountryKey(s) ?? unicodeCountryKey(s);
}

/**
 * {@link countryKey} of a plain-ASCII text in one pass (the template's country list and nearly all
 * typed countries are ASCII), or `undefined` for any other text.
 */
function asciiCountryKey(s: string): string | undefined {
  if (isKey(s)) return s;
  let out = '';
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0x80) return undefined;
    if (c === 0x27 || c === 0x60 || c === 0x2e) continue; // ' ` . are dropped, not separators
    if (c >= 0x61 && c <= 0x7a) c -= 0x20;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) {
      if (gap && out.length > 0) out += ' ';
      gap = false;
      out += String.fromCharCode(c);
    } else gap = true;
  }
  return out;
}

/**
 * True when `s` is its own key: upper-case ASCII letters and digits in words joined by single
 * spaces (most names of the template's country list), so the key needs no new string.
 */
function isKey(s: string): boolean {
  if (s.length === 0) return true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) continue;
    if (c !== 0x20 || i === 0 || i === s.length - 1 || s.charCodeAt(i - 1) === 0x20) return false;
  }
  return true;
}

/** {@link countryKey} by its definition, for any text (NFKD, combining marks dropped, …). */
export function unicodeCountryKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[’'`.]/g, '')
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

// Common free-text variants (keys already normalised by countryKey).
const ALIASES: Readonly<Record<string, string>> = {
  USA: 'US',
  US: 'US',
  'U S A': 'US',
  'UNITED STATES': 'US',
  AMERICA: 'US',
  UK: 'GB',
  'UNITED KINGDOM': 'GB',
  'GREAT BRITAIN': 'GB',
  ENGLAND: 'GB',
  VIETNAM: 'VN',
  'VIET NAM': 'VN',
  'SOUTH KOREA': 'KR',
  KOREA: 'KR',
  'REPUBLIC OF KOREA': 'KR',
  'NORTH KOREA': 'KP',
  TAIWAN: 'TW',
  'TAIWAN PROVINCE OF CHINA': 'TW',
  'CHINESE TAIPEI': 'TW',
  RUSSIA: 'RU',
  BOLIVIA: 'BO',
  IRAN: 'IR',
  LAOS: 'LA',
  'LAO PDR': 'LA',
  SYRIA: 'SY',
  TANZANIA: 'TZ',
  VENEZUELA: 'VE',
  MOLDOVA: 'MD',
  'CZECH REPUBLIC': 'CZ',
  DRC: 'CD',
  'DR CONGO': 'CD',
  'D R CONGO': 'CD',
  'DEMOCRATIC REPUBLIC OF CONGO': 'CD',
  'DEMOCRATIC REPUBLIC OF THE CONGO': 'CD',
  'CONGO DRC': 'CD',
  'CONGO DEMOCRATIC REPUBLIC': 'CD',
  'REPUBLIC OF CONGO': 'CG',
  'IVORY COAST': 'CI',
  'COTE D IVOIRE': 'CI',
  BRUNEI: 'BN',
  MACAU: 'MO',
  'HONG KONG SAR': 'HK',
  'THE NETHERLANDS': 'NL',
  HOLLAND: 'NL',
  'P R CHINA': 'CN',
  PRC: 'CN',
  'PEOPLES REPUBLIC OF CHINA': 'CN',
  'MAINLAND CHINA': 'CN',
  中国: 'CN',
  日本: 'JP',
  SWAZILAND: 'SZ',
  BURMA: 'MM',
  TURKEY: 'TR',
  TURKIYE: 'TR',
};

const UNKNOWN = new Set(['UNKNOWN', 'UNKOWN', 'UNKNOW', 'N A', 'NA', 'TBD', '']);

/** True for the texts that mean "country unknown" (`Unknown`, `UNKNOWN`, the typo `UNKOWN`, `N/A`). */
export function isUnknownCountry(text: string): boolean {
  return UNKNOWN.has(countryKey(text));
}

/** The result of matching a country text. */
export type CountryMatch = {
  /** Alpha-2 code, or `null` for an explicit unknown or an unmatched text. */
  readonly code: string | null;
  /** False when the text was neither a country nor an explicit "unknown". */
  readonly recognised: boolean;
};

/** Two upper-case ASCII letters. */
function isAlpha2(code: string): boolean {
  if (code.length !== 2) return false;
  const a = code.charCodeAt(0);
  const b = code.charCodeAt(1);
  return a >= 0x41 && a <= 0x5a && b >= 0x41 && b <= 0x5a;
}

/** An index of country names built from a template's `C` sheet. */
export class CountryIndex {
  private readonly byKey = new Map<string, string>();
  private readonly names = new Map<string, string>();

  /** Builds the index from sheet `C` (A2:B251), or from the aliases alone when the sheet is missing. */
  constructor(sheet?: SheetCells) {
    if (sheet) {
      for (let row = 2; row <= 300; row++) {
        const code = sheet.value(row, 1);
        const name = sheet.value(row, 2);
        if (typeof code !== 'string' || typeof name !== 'string' || !isAlpha2(code) || code === 'ZZ') continue;
        const key = countryKey(name);
        this.byKey.set(key, code);
        this.names.set(code, name);
        // "BOLIVIA (PLURINATIONAL STATE OF)" → "BOLIVIA"; "KOREA, REPUBLIC OF" is covered by an alias.
        const paren = name.indexOf('(');
        if (paren < 0) continue;
        const short = countryKey(name.slice(0, paren));
        if (short && !this.byKey.has(short)) this.byKey.set(short, code);
      }
    }
  }

  private readonly matched = new Map<string, CountryMatch>();

  /** Matches a country text (each distinct text once: a Look-up sheet repeats a few dozen countries). */
  match(text: string | null): CountryMatch {
    if (text === null) return { code: null, recognised: true };
    let hit = this.matched.get(text);
    if (hit === undefined) {
      hit = this.matchText(text);
      this.matched.set(text, hit);
    }
    return hit;
  }

  private matchText(text: string): CountryMatch {
    const key = countryKey(text);
    if (UNKNOWN.has(key)) return { code: null, recognised: true };
    const code = this.byKey.get(key) ?? ALIASES[key] ?? ALIASES[text.trim()];
    if (code) return { code, recognised: true };
    const trimmed = text.trim();
    if (isAlpha2(trimmed) && this.names.has(trimmed)) return { code: trimmed, recognised: true };
    return { code: null, recognised: false };
  }

  /** The template's name for a code (upper-case ISO short name), if known. */
  nameOf(code: string): string | undefined {
    return this.names.get(code);
  }
}
