import {
  checkCharacter,
  groupCode,
  hasValidCheckCharacter,
  normaliseCode,
  randomCodeCharacters,
} from './code-alphabet.js';
import { type RandomSource, webCryptoRandom } from './random-source.js';

/**
 * Case numbers look like `G-7KQ2-M9XW-4RP`: 10 random characters (50 bits, so numbers cannot be
 * guessed or enumerated) and one check character. The number identifies a case; it does not by
 * itself open it (that takes the passphrase too).
 */
const RANDOM_LENGTH = 10;
const GROUPS = [4, 4, 3] as const;
const PREFIX = 'G';

/** A new case number in its canonical form. */
export function generateCaseNumber(random: RandomSource = webCryptoRandom): string {
  const payload = randomCodeCharacters(RANDOM_LENGTH, random);
  return `${PREFIX}-${groupCode(payload + checkCharacter(payload), GROUPS)}`;
}

/** Result of reading a case number someone typed. */
export type CaseNumberCheck =
  | { readonly valid: true; readonly caseNumber: string }
  | { readonly valid: false; readonly reason: 'malformed' | 'typo' };

/**
 * Reads a typed case number: any case, with or without the `G` prefix, spaces or dashes anywhere.
 * Returns the canonical form (use it as the lookup key) or why it cannot be one.
 */
export function checkCaseNumber(input: string): CaseNumberCheck {
  let code = normaliseCode(input);
  if (code === undefined) return { valid: false, reason: 'malformed' };
  if (code.length === RANDOM_LENGTH + 2 && code.startsWith(PREFIX)) code = code.slice(1);
  if (code.length !== RANDOM_LENGTH + 1) return { valid: false, reason: 'malformed' };
  if (!hasValidCheckCharacter(code)) return { valid: false, reason: 'typo' };
  return { valid: true, caseNumber: `${PREFIX}-${groupCode(code, GROUPS)}` };
}
