/**
 * The alphabet of case numbers and passphrases: Crockford's base32 (digits and capitals without
 * I, L, O and U). Reading rules forgive the usual mix-ups: lower case, O for 0, I or L for 1, and
 * any spaces or dashes. A Luhn mod 32 check character catches every single wrong character and
 * most swaps of two neighbours, so a typo is reported as a typo instead of "wrong code".
 */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const BASE = CODE_ALPHABET.length;

/** Separators people type or paste between groups: spaces (incl. no-break), dashes of all widths, dots, underscores. */
const SEPARATORS = /[\s\u00a0\u2010-\u2015\u2212._-]+/g;

/** Upper-cases, drops separators and maps look-alikes (O→0, I/L→1); `undefined` if any other character is left. */
export function normaliseCode(input: string): string | undefined {
  const cleaned = input.replace(SEPARATORS, '').toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
  for (const char of cleaned) if (!CODE_ALPHABET.includes(char)) return undefined;
  return cleaned;
}

function value(char: string): number {
  const index = CODE_ALPHABET.indexOf(char);
  if (index < 0) throw new RangeError(`not a code character: ${char}`);
  return index;
}

function luhnSum(code: string, startFactor: 1 | 2): number {
  let factor = startFactor;
  let sum = 0;
  for (let i = code.length - 1; i >= 0; i--) {
    const addend = factor * value(code.charAt(i));
    sum += Math.floor(addend / BASE) + (addend % BASE);
    factor = factor === 2 ? 1 : 2;
  }
  return sum;
}

/** The Luhn mod 32 check character for `payload` (already normalised). */
export function checkCharacter(payload: string): string {
  return CODE_ALPHABET.charAt((BASE - (luhnSum(payload, 2) % BASE)) % BASE);
}

/** True when the last character of `code` (already normalised) is the check character of the rest. */
export function hasValidCheckCharacter(code: string): boolean {
  return code.length >= 2 && luhnSum(code, 1) % BASE === 0;
}

/** `count` uniformly random code characters: 256 is a multiple of 32, so masking a byte has no bias. */
export function randomCodeCharacters(count: number, random: (length: number) => Uint8Array): string {
  const bytes = random(count);
  if (bytes.length < count) throw new RangeError('random source returned too few bytes');
  let out = '';
  for (let i = 0; i < count; i++) out += CODE_ALPHABET.charAt((bytes[i] ?? 0) & (BASE - 1));
  return out;
}

/** Splits `code` into dash-separated groups of the given sizes, for display. */
export function groupCode(code: string, sizes: readonly number[]): string {
  const groups: string[] = [];
  let at = 0;
  for (const size of sizes) {
    groups.push(code.slice(at, at + size));
    at += size;
  }
  return groups.join('-');
}
