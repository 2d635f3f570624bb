/**
 * Jaro–Winkler similarity (Winkler 1990): 1 for equal strings, 0 for nothing in common. Works on
 * UTF-16 code units, which is enough for normalised (folded, ASCII-leaning) smelter names.
 */

/** Jaro similarity of `a` and `b`. */
export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const matchedB = new Uint8Array(lb);
  const matchesA: number[] = [];
  for (let i = 0; i < la; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(lb - 1, i + window);
    const ch = a.charCodeAt(i);
    for (let j = from; j <= to; j++) {
      if (matchedB[j] === 0 && b.charCodeAt(j) === ch) {
        matchedB[j] = 1;
        matchesA.push(ch);
        break;
      }
    }
  }
  const m = matchesA.length;
  if (m === 0) return 0;
  let k = 0;
  let transpositions = 0;
  for (let j = 0; j < lb; j++) {
    if (matchedB[j] === 1) {
      if (b.charCodeAt(j) !== matchesA[k]) transpositions++;
      k++;
    }
  }
  return (m / la + m / lb + (m - transpositions / 2) / m) / 3;
}

/** Jaro–Winkler similarity: Jaro boosted by a common prefix of up to four characters (p = 0.1). */
export function jaroWinkler(a: string, b: string): number {
  const j = jaro(a, b);
  if (j === 0) return 0;
  let prefix = 0;
  const limit = Math.min(4, a.length, b.length);
  while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return j + prefix * 0.1 * (1 - j);
}
