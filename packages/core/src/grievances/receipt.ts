import { generateCaseNumber } from './case-number.js';
import { generatePassphrase } from './passphrase.js';
import { type RandomSource, webCryptoRandom } from './random-source.js';

/** What the reporter gets after submitting: the case number and the secret passphrase. */
export type GrievanceReceipt = {
  readonly caseNumber: string;
  /** Display form; hash `checkPassphrase(passphrase).secret` and never store this. */
  readonly passphrase: string;
};

/** Issues a fresh receipt. The caller must retry on the (astronomically rare) case-number collision. */
export function issueReceipt(random: RandomSource = webCryptoRandom): GrievanceReceipt {
  return { caseNumber: generateCaseNumber(random), passphrase: generatePassphrase(random) };
}
