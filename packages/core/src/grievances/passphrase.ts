import {
  checkCharacter,
  groupCode,
  hasValidCheckCharacter,
  normaliseCode,
  randomCodeCharacters,
} from './code-alphabet.js';
import { type RandomSource, webCryptoRandom } from './random-source.js';

/**
 * The reporter's secret: four groups of four characters, `7KQ2-M9XW-4RPT-BN3H`, of which 15 are
 * random (75 bits) and the last is a check character.
 *
 * Why characters and not words: the public channel speaks Dutch, English, German and French, and
 * reporters may read none of them well. An English word list would favour English readers and
 * invite spelling mistakes; a short code from an unambiguous alphabet reads the same in every
 * language, survives being written on paper or read over a phone, and the check character tells a
 * typo apart from a wrong passphrase before the server spends an argon2 verification on it.
 */
const RANDOM_LENGTH = 15;
const GROUPS = [4, 4, 4, 4] as const;

/** A new passphrase, formatted for display. Show it once; the server stores only its hash. */
export function generatePassphrase(random: RandomSource = webCryptoRandom): string {
  const payload = randomCodeCharacters(RANDOM_LENGTH, random);
  return groupCode(payload + checkCharacter(payload), GROUPS);
}

/** Result of reading a typed passphrase. */
export type PassphraseCheck =
  | { readonly valid: true; readonly secret: string }
  | { readonly valid: false; readonly reason: 'malformed' | 'typo' };

/**
 * Reads a typed passphrase and returns `secret`, the one form to hash and to verify (16 characters,
 * no separators), so that case, spaces, dashes and O/0, I/L/1 mix-ups never lock a reporter out.
 */
export function checkPassphrase(input: string): PassphraseCheck {
  const code = normaliseCode(input);
  if (code === undefined || code.length !== RANDOM_LENGTH + 1) return { valid: false, reason: 'malformed' };
  if (!hasValidCheckCharacter(code)) return { valid: false, reason: 'typo' };
  return { valid: true, secret: code };
}
