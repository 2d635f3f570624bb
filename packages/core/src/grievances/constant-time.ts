/**
 * Compares two byte strings in time that depends only on their length, so a timing attacker learns
 * nothing about where they differ. Lengths are not secret (hashes and tokens have fixed lengths), so
 * unequal lengths return `false` at once.
 */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}
