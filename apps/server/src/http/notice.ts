/**
 * Page notices after a redirect come from catalogue keys chosen by the route (`?saved` → `x.saved`),
 * never from query-string text. The only values a redirect may carry into a notice are counts, and
 * those are read here: digits only, exactly as many as the message names; anything else shows nothing.
 */
export function noticeCounts<N extends string>(
  value: string | undefined,
  names: readonly N[],
): Record<N, number> | undefined {
  if (value === undefined) return undefined;
  const parts = value.split('.');
  if (parts.length !== names.length || !parts.every((part) => /^\d{1,9}$/.test(part))) return undefined;
  return Object.fromEntries(names.map((name, i) => [name, Number(parts[i])])) as Record<N, number>;
}
