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

/** Longest `b` of {@link jaroLong}: four 32-bit words of positions. */
const LONG_WORDS = 4;
/** Per ASCII character, {@link LONG_WORDS} words of positions in `b` (bit j of word w: `b[32w + j]`). */
const longPositions = new Int32Array(128 * LONG_WORDS);
/** Positions of `b` already matched, per word. */
const longMatched = new Int32Array(LONG_WORDS);

/** Jaro similarity of `a` and `b`. */
export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  if (lb <= 32) {
    const short = jaroShort(a, b, la, lb);
    if (short >= 0) return short;
  } else if (lb <= 32 * LONG_WORDS) {
    const long = jaroLong(a, b, la, lb);
    if (long >= 0) return long;
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

/** Clears the words {@link jaroLong} set for the first `count` characters of `b`. */
function clearLongPositions(b: string, count: number): void {
  for (let j = 0; j < count; j++) longPositions[b.charCodeAt(j) * LONG_WORDS + (j >> 5)] = 0;
}

/**
 * {@link jaroShort} for `b` of 33 to 128 ASCII characters: the positions span up to four words,
 * searched from the window's first word on. Returns -1 when `b` is not ASCII.
 */
function jaroLong(a: string, b: string, la: number, lb: number): number {
  for (let j = 0; j < lb; j++) {
    const ch = b.charCodeAt(j);
    if (ch >= 128) {
      clearLongPositions(b, j);
      return -1;
    }
    const at = ch * LONG_WORDS + (j >> 5);
    longPositions[at] = (longPositions[at] as number) | (1 << (j & 31));
  }
  longMatched.fill(0);
  if (la > matchesA.length) matchesA = new Uint16Array(la * 2);
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  let m = 0;
  for (let i = 0; i < la; i++) {
    const ch = a.charCodeAt(i);
    if (ch >= 128) continue;
    const from = Math.max(0, i - window);
    const to = Math.min(lb - 1, i + window);
    if (from > to) break;
    for (let w = from >> 5, last = to >> 5; w <= last; w++) {
      const free = (longPositions[ch * LONG_WORDS + w] as number) & ~(longMatched[w] as number);
      if (free === 0) continue;
      // The window's bits within this word: from..to relative to the word, clipped to 0..31.
      const base = w << 5;
      const high = to - base >= 31 ? -1 : (1 << (to - base + 1)) - 1;
      const low = from - base <= 0 ? 0 : (1 << (from - base)) - 1;
      const candidates = free & high & ~low;
      if (candidates !== 0) {
        longMatched[w] = (longMatched[w] as number) | (candidates & -candidates);
        matchesA[m++] = ch;
        break;
      }
    }
  }
  clearLongPositions(b, lb);
  if (m === 0) return 0;
  let k = 0;
  let transpositions = 0;
  for (let w = 0; w < LONG_WORDS; w++) {
    for (let rest = longMatched[w] as number; rest !== 0; rest &= rest - 1) {
      const j = (w << 5) + 31 - Math.clz32(rest & -rest);
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

/** Longest string whose {@link charHistogram} counts are exact (they are bytes); longer ones get no bound. */
export const HISTOGRAM_MAX_LENGTH = 255;

function bucket(code: number): number {
  if (code >= 97 && code <= 122) return code - 97; // a–z
  if (code >= 48 && code <= 57) return code - 22; // 0–9 → 26–35
  if (code === 32) return 36;
  return 37 + (code % 27);
}

/**
 * Character counts of `s` in {@link HISTOGRAM_SIZE} byte buckets, written into `out` at `offset`.
 * Two strings can have at most Σ min(countA, countB) matching characters: distinct characters
 * sharing a bucket only raise that bound, never lower it. Counts stop at 255, which only strings
 * longer than {@link HISTOGRAM_MAX_LENGTH} reach: {@link jaroWinklerUpperBound} does not bound those.
 */
export function charHistogram(s: string, out: Uint8Array = new Uint8Array(HISTOGRAM_SIZE), offset = 0): Uint8Array {
  out.fill(0, offset, offset + HISTOGRAM_SIZE);
  for (let i = 0; i < s.length; i++) {
    const at = offset + bucket(s.charCodeAt(i));
    const count = out[at] as number;
    if (count < 255) out[at] = count + 1;
  }
  return out;
}

/**
 * The buckets in which `histogram` (at `offset`) counts anything, written into `out`; returns how
 * many. {@link jaroWinklerUpperBound} only needs to look at those.
 */
export function histogramSupport(histogram: Uint8Array, out: Uint8Array, offset = 0): number {
  let n = 0;
  for (let i = 0; i < HISTOGRAM_SIZE; i++) if ((histogram[offset + i] as number) > 0) out[n++] = i;
  return n;
}

/**
 * An upper bound on {@link jaroWinkler}(a, b) from character counts alone: at most `common`
 * characters match (the overlap of the histograms, summed over the `support` buckets where `a` has
 * any) and no transposition is assumed. `prefix` is {@link commonPrefix}(a, b). Never below the
 * real value (a margin of 1e-9 absorbs floating-point rounding); 1 when either string is too long
 * for exact counts.
 */
export function jaroWinklerUpperBound(
  la: number,
  histA: Uint8Array,
  support: Uint8Array,
  supportSize: number,
  lb: number,
  histB: Uint8Array,
  offsetB: number,
  prefix: number,
): number {
  if (la === 0 || lb === 0) return la === lb ? 1 : 0;
  if (la > HISTOGRAM_MAX_LENGTH || lb > HISTOGRAM_MAX_LENGTH) return 1 + 1e-9;
  let common = 0;
  for (let s = 0; s < supportSize; s++) {
    const i = support[s] as number;
    const x = histA[i] as number;
    const y = histB[offsetB + i] as number;
    common += Math.min(x, y);
  }
  if (common === 0) return 0;
  const j = (common / la + common / lb + 1) / 3;
  return j + prefix * 0.1 * (1 - j) + 1e-9;
}
