import type { SecretHasher } from '@assay/core';
import { hashPassword, verifyPassword } from '../security/passwords.js';

/**
 * The core's `SecretHasher` port over argon2id (the same parameters as passwords): the reporter's
 * passphrase is stored only as this hash and checked by argon2's constant-time verification.
 */
export const argon2SecretHasher: SecretHasher = {
  hash: (secret) => hashPassword(secret),
  verify: (hash, secret) => verifyPassword(hash, secret),
};

let dummy: Promise<string> | undefined;

/**
 * Spends one verification on a fixed hash when a case number is unknown, so an unknown number and
 * a wrong passphrase take the same time.
 */
export async function verifyAgainstDummySecret(hasher: SecretHasher, secret: string): Promise<false> {
  dummy ??= hasher.hash('ASSAYDUMMYSECRET');
  await hasher.verify(await dummy, secret);
  return false;
}
