/**
 * Jaro–Winkler similarity (Winkler 1990): 1 for equal strings, 0 for nothing in common. Works on
 * UTF-16 code units, which is enough for normalised (folded, ASCII-leaning) smelter names.
 */

// Scratch buffers reused across calls (the matcher calls this in a hot loop; one allocation per
// call used to dominate). Single-threaded JavaScript makes sharing them safe.
let matchedB = new Uint8Array(64);
let matchesA = new Uint16Array(64);

/** Per ASCII character, the positions in `b` where it occurs (bit j: `b[j]`), for {@link jaroShort}. */
const positions = new Int32Array(128);

/** Jaro similarity of `a` and `b`. */
export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  if (lb <= 32) {
    const short = jaroShort(a, b, la, lb);
    if (short >= 0) return short;
  }
  if (lb > matchedB.length) matchedB = new Uint8Array(lb * 2);
  else matchedB.fill(0, 0, lb);
  if (la > matchesA.length) matchesA = new Uint16Array(la * 2);
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  let m = 0;
  for (let i = 0; i < la; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(lb - 1, i + window);
    const ch = a.charCodeAt(i);
    for (let j = from; j <= to; j++) {
      if (matchedB[j] === 0 && b.charCodeAt(j) === ch) {
        matchedB[j] = 1;
        matchesA[m++] = ch;
        break;
      }
    }
  }
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

/**
 * {@link jaro} for `b` of at most 32 ASCII characters, with bit masks in place of the window scan:
 * the lowest unmatched position of the character inside the window is the one the scan would take,
 * so matches, transpositions and the result are the same. Returns -1 when `b` is not ASCII.
 */
function jaroShort(a: string, b: string, la: number, lb: number): number {
  let ascii = true;
  for (let j = 0; j < lb; j++) {
    const ch = b.charCodeAt(j);
    if (ch >= 128) {
      ascii = false;
      break;
    }
    positions[ch] = (positions[ch] as number) | (1 << j);
  }
  if (!ascii) {
    for (let j = 0; j < lb; j++) {
      const ch = b.charCodeAt(j);
      if (ch < 128) positions[ch] = 0;
    }
    return -1;
  }
  if (la > matchesA.length) matchesA = new Uint16Array(la * 2);
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  let matched = 0;
  let m = 0;
  for (let i = 0; i < la; i++) {
    const ch = a.charCodeAt(i);
    if (ch >= 128) continue;
    const free = (positions[ch] as number) & ~matched;
    if (free === 0) continue;
    const from = i - window;
    const to = i + window;
    if (from >= lb) break;
    // Positions from..to (clipped to 0..31).
    const high = to >= 31 ? -1 : (1 << (to + 1)) - 1;
    const low = from <= 0 ? 0 : (1 << from) - 1;
    const candidates = free & high & ~low;
    if (candidates === 0) continue;
    matched |= candidates & -candidates;
    matchesA[m++] = ch;
  }
  for (let j = 0; j < lb; j++) positions[b.charCodeAt(j)] = 0;
  if (m === 0) return 0;
  let k = 0;
  let transpositions = 0;
  for (let rest = matched; rest !== 0; rest &= rest - 1) {
    const j = 31 - Math.clz32(rest & -rest);
    if (b.charCodeAt(j) !== matchesA[k]) transpositions++;
    k++;
  }
  return (m / la + m / lb + (m - transpositions / 2) / m) / 3;
}

/** Jaro–Winkler similarity: Jaro boosted by a common prefix of up to four characters (p = 0.1). */
export function jaroWinkler(a: string, b: string): number {
  const j = jaro(a, b);
  if (j === 0) return 0;
  return j + commonPrefix(a, b) * 0.1 * (1 - j);
}

/** Length of the common prefix of `a` and `b`, at most four (the Winkler boost's limit). */
export function commonPrefix(a: string, b: string): number {
  let prefix = 0;
  const limit = Math.min(4, a.length, b.length);
  while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return prefix;
}

/** Number of buckets of a {@link charHistogram}. */
export const HISTOGRAM_SIZE = 64;

function bucket(code: number): number {
  if (code >= 97 && code <= 122) return code - 97; // a–z
  if (code >= 48 && code <= 57) return code - 22; // 0–9 → 26–35
  if (code === 32) return 36;
  return 37 + (code % 27);
}

/**
 * Character counts of `s` in {@link HISTOGRAM_SIZE} buckets, written into `out` at `offset`. Two
 * strings can have at most Σ min(countA, countB) matching characters: distinct characters sharing
 * a bucket only raise that bound, never lower it.
 */
export function charHistogram(s: string, out: Uint32Array = new Uint32Array(HISTOGRAM_SIZE), offset = 0): Uint32Array {
  out.fill(0, offset, offset + HISTOGRAM_SIZE);
  for (let i = 0; i < s.length; i++) {
    const at = offset + bucket(s.charCodeAt(i));
    out[at] = (out[at] as number) + 1;
  }
  return out;
}

/**
 * The buckets in which `histogram` (at `offset`) counts anything, written into `out`; returns how
 * many. {@link jaroWinklerUpperBound} only needs to look at those.
 */
export function histogramSupport(histogram: Uint32Array, out: Uint8Array, offset = 0): number {
  let n = 0;
  for (let i = 0; i < HISTOGRAM_SIZE; i++) if ((histogram[offset + i] as number) > 0) out[n++] = i;
  return n;
}

/**
 * An upper bound on {@link jaroWinkler}(a, b) from character counts alone: at most `common`
 * characters match (the overlap of the histograms, summed over the `support` buckets where `a` has
 * any) and no transposition is assumed. Never below the real value (a margin of 1e-9 absorbs
 * floating-point rounding).
 */
export function jaroWinklerUpperBound(
  a: string,
  histA: Uint32Array,
  support: Uint8Array,
  supportSize: number,
  b: string,
  histB: Uint32Array,
  offsetB: number,
): number {
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return a === b ? 1 : 0;
  let common = 0;
  for (let s = 0; s < supportSize; s++) {
    const i = support[s] as number;
    const x = histA[i] as number;
    const y = histB[offsetB + i] as number;
    common += Math.min(x, y);
  }
  if (common === 0) return 0;
  const j = (common / la + common / lb + 1) / 3;
  return j + commonPrefix(a, b) * 0.1 * (1 - j) + 1e-9;
}
