/**
 * Port for hashing the reporter's passphrase. The server implements it with argon2 (a slow,
 * memory-hard hash), which does not belong in the pure core. Pass it the `secret` from
 * `checkPassphrase`, never the raw input.
 */
export type SecretHasher = {
  /** A self-describing hash string (algorithm, parameters, salt, digest). */
  hash(secret: string): Promise<string>;
  /** True when `secret` matches `hash`; must compare in constant time. */
  verify(hash: string, secret: string): Promise<boolean>;
};
