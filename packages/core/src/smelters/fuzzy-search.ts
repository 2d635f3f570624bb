/**
 * The matcher's last step: the best three register entries for a name no exact step found, by the
 * better of weighted token similarity and Jaro–Winkler. Candidates are the entries sharing a
 * distinctive token (or its prefix); cheap upper bounds order them, and exact scores are computed
 * only while a candidate could still enter the best three — the result is the exhaustive one.
 */
import { charHistogram, HISTOGRAM_SIZE, histogramSupport, jaroWinkler, jaroWinklerUpperBound } from './jaro-winkler.js';
import { firstLetterBit, type MetalNames, type NameIndex, NO_COUNTRY, PREFIX, tokenWeight } from './name-index.js';

/**
 * A token (or prefix) shared by more entries than this is too common to select candidates by,
 * unless it is the rarest. 20 rather than 40 bounds a third as many names on the bench rows, with
 * the same share matched and top-1 accuracy on the look-up aliases 62.6% instead of 62.0%.
 */
const RARE_TOKEN = 20;

/** Pools up to this size are ordered by insertion while their bounds are computed; larger ones are sorted once. */
const INSERTION_LIMIT = 64;

/** A candidate: position in the metal's entries and its similarity, rounded to three decimals. */
export type FuzzyCandidate = { readonly entry: number; readonly score: number };

/** Rounds a similarity to three decimals, as scores are reported. */
const round3 = (score: number) => Math.round(score * 1000) / 1000;

/** A fuzzy candidate with its position in the candidate pool. */
type Ranked = FuzzyCandidate & { readonly index: number };

/**
 * Whether a fuzzy candidate whose score can be at most `bound` (before the country factor) can be
 * skipped: its rounded score would fall below `floor` — the third best score so far, or the 0.5 below
 * which no candidate is shown. Strictly below, so a candidate that could tie (and win on CID) is kept.
 */
export function cannotPlace(bound: number, countryDiffers: boolean, floor: number): boolean {
  return round3(countryDiffers ? bound * 0.85 : bound) < floor;
}

/**
 * Inserts `candidate` into `top` (best first, at most `size`), as a stable sort by score, then
 * smelter id (`idOf`), then pool position, followed by taking the first `size` would place it.
 */
function insertTop(top: Ranked[], candidate: Ranked, size: number, idOf: (entry: number) => string): void {
  const after = (a: Ranked) =>
    candidate.score - a.score || idOf(a.entry).localeCompare(idOf(candidate.entry)) || a.index - candidate.index;
  let at = top.length;
  while (at > 0 && after(top[at - 1] as Ranked) > 0) at--;
  if (at >= size) return;
  top.splice(at, 0, candidate);
  if (top.length > size) top.pop();
}

/** A query country the register does not know: it differs from every known country. */
const OTHER_COUNTRY = -2;

/**
 * When a search may settle: once the best candidate scores at least `at`, only candidates that
 * could come within `lead` of it still matter — enough to decide whether it leads the rest by
 * `lead`.
 */
export type Settle = { readonly at: number; readonly lead: number };

/**
 * The best three candidates of one metal, best first. With `settle`, a search that settled says
 * so: its best candidate is exact, and every other candidate scoring within the lead of it (plus
 * 0.001 for rounding) is among the rest; others may be missing.
 */
export type FuzzySearch = (
  metal: string,
  normal: string,
  country: string | null,
  settle?: Settle,
) => { readonly candidates: FuzzyCandidate[]; readonly settled: boolean };

/** A different country makes a same-named smelter a different plant (unknown countries never differ). */
const differs = (query: number, entry: number) => query !== NO_COUNTRY && entry !== NO_COUNTRY && query !== entry;

/** Two tokens are the same word, allowing a typo: equal, or same first letter, similar length and JW ≥ 0.9. */
function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.charCodeAt(0) !== b.charCodeAt(0) || Math.abs(a.length - b.length) > 2 || a.length < 4) return 0;
  return jaroWinkler(a, b);
}

/** Builds the search over `index`; scratch buffers are reused across calls. */
export function createFuzzySearch(
  index: NameIndex,
  smelterId: (entry: number) => string,
  exhaustive = false,
): FuzzySearch {
  const words = index.words;
  const vocabularySize = words.length;
  // The query: tokens, their weights and first-letter bits, histogram and prefix.
  let tokens: string[] = [];
  let queryWeights = new Float64Array(16);
  let queryBits = new Int32Array(16);
  let queryMask = 0;
  let queryTotal = 0;
  const queryHistogram = new Uint8Array(HISTOGRAM_SIZE);
  const querySupport = new Uint8Array(HISTOGRAM_SIZE);
  const queryPrefix = new Uint16Array(PREFIX);
  // Token similarities, query token × vocabulary, valid where the stamp is this query's generation.
  let memoStamp = new Uint32Array(0);
  let memoScore = new Float64Array(0);
  let generation = 0;
  // The candidate pool (positions in the metal's entries) and which entries are in it.
  const inPool = new Map<MetalNames, Uint32Array>();
  let pool = new Uint32Array(64);
  let bounds = new Float64Array(64);
  let order = new Uint32Array(64);
  /** Per pool entry, where its names' bounds start in `tokenBounds` and `jwBounds`. */
  let firstSlot = new Uint32Array(64);
  let tokenBounds = new Float64Array(64);
  let jwBounds = new Float64Array(64);

  /** Weighted token similarity (soft Dice) of the query and a slot: paired tokens count with their weights. */
  function tokenScore(names: MetalNames, slot: number): number {
    const from = names.tokenStart[slot] as number;
    const count = (names.tokenStart[slot + 1] as number) - from;
    if (tokens.length === 0 || count === 0) return 0;
    let shared = 0;
    let used = 0;
    for (let qi = 0; qi < tokens.length; qi++) {
      const q = tokens[qi] as string;
      const row = qi * vocabularySize;
      let best = -1;
      let bestScore = 0.9;
      for (let i = 0; i < count; i++) {
        if (used & (1 << i)) continue;
        const word = names.tokenWords[from + i] as number;
        const at = row + word;
        let score: number;
        if (memoStamp[at] === generation) score = memoScore[at] as number;
        else {
          score = tokenSimilarity(q, words[word] as string);
          memoStamp[at] = generation;
          memoScore[at] = score;
        }
        if (score >= bestScore) {
          bestScore = score;
          best = i;
        }
      }
      if (best >= 0) {
        used |= 1 << best;
        shared += ((queryWeights[qi] as number) + (names.tokenWeights[from + best] as number)) * bestScore;
      }
    }
    return shared / (queryTotal + (names.totals[slot] as number));
  }

  /**
   * An upper bound on {@link tokenScore}: every token whose first letter occurs among the other
   * name's first letters counts fully (tokens pair only when their first letters agree, and a pair
   * counts at most both weights). A margin of 1e-9 absorbs floating-point rounding.
   */
  function tokenScoreUpperBound(names: MetalNames, slot: number): number {
    const from = names.tokenStart[slot] as number;
    const to = names.tokenStart[slot + 1] as number;
    if (tokens.length === 0 || to === from) return 0;
    // The pairing bitmask of tokenScore wraps beyond 31 tokens: no bound then.
    if (to - from > 31) return 1;
    const mask = names.masks[slot] as number;
    let shared = 0;
    for (let i = 0; i < tokens.length; i++) if ((queryBits[i] as number) & mask) shared += queryWeights[i] as number;
    for (let i = from; i < to; i++)
      if ((names.tokenBits[i] as number) & queryMask) shared += names.tokenWeights[i] as number;
    return shared / (queryTotal + (names.totals[slot] as number)) + 1e-9;
  }

  /** Common prefix (at most four) of the query and a slot, from the stored prefix codes. */
  function prefixWith(names: MetalNames, slot: number, queryLength: number): number {
    const limit = Math.min(PREFIX, queryLength, names.lengths[slot] as number);
    let p = 0;
    while (p < limit && queryPrefix[p] === names.prefixes[slot * PREFIX + p]) p++;
    return p;
  }

  /** Fills `pool` with the entries sharing the query's distinctive tokens; returns its size. */
  function collectPool(names: MetalNames): number {
    const lists: (readonly number[])[] = [];
    for (const token of tokens) {
      const exact = names.byToken.get(token);
      if (exact) lists.push(exact);
      const prefix = token.length >= 5 ? names.byPrefix.get(token.slice(0, 3)) : undefined;
      if (prefix) lists.push(prefix);
    }
    lists.sort((a, b) => a.length - b.length);
    let stamps = inPool.get(names);
    if (!stamps) {
      stamps = new Uint32Array(names.entries.length);
      inPool.set(names, stamps);
    }
    if (pool.length < names.entries.length) pool = new Uint32Array(names.entries.length);
    let n = 0;
    for (const list of lists) {
      if (n > 0 && list.length > RARE_TOKEN) break;
      for (const e of list) {
        if (stamps[e] === generation) continue;
        stamps[e] = generation;
        pool[n++] = e;
      }
    }
    // No distinctive token: every entry of the metal.
    if (n === 0) for (; n < names.entries.length; n++) pool[n] = n;
    return n;
  }

  /** Sets the query's tokens, weights, bits, histogram and prefix. */
  function prepareQuery(names: MetalNames, normal: string): number {
    tokens = normal.split(' ').filter(Boolean);
    if (tokens.length > queryWeights.length) {
      queryWeights = new Float64Array(tokens.length * 2);
      queryBits = new Int32Array(tokens.length * 2);
    }
    queryMask = 0;
    queryTotal = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as string;
      const w = tokenWeight(names, token);
      queryWeights[i] = w;
      queryBits[i] = firstLetterBit(token);
      queryMask |= queryBits[i] as number;
      queryTotal += w;
    }
    const memoSize = tokens.length * vocabularySize;
    if (memoSize > memoStamp.length) {
      memoStamp = new Uint32Array(memoSize * 2);
      memoScore = new Float64Array(memoSize * 2);
    }
    charHistogram(normal, queryHistogram);
    for (let k = 0; k < PREFIX; k++) queryPrefix[k] = k < normal.length ? normal.charCodeAt(k) : 0;
    return histogramSupport(queryHistogram, querySupport);
  }

  /** Pass 1: per pool entry, the best upper bound of its names (per slot kept for pass 2), best first in `order`. */
  function boundPool(names: MetalNames, n: number, normal: string, country: number, supportSize: number) {
    const slotStart = names.slotStart;
    let slots = 0;
    for (let c = 0; c < n; c++)
      slots += (slotStart[(pool[c] as number) + 1] as number) - (slotStart[pool[c] as number] as number);
    if (n > bounds.length) {
      bounds = new Float64Array(n * 2);
      order = new Uint32Array(n * 2);
      firstSlot = new Uint32Array(n * 2);
    }
    if (slots > tokenBounds.length) {
      tokenBounds = new Float64Array(slots * 2);
      jwBounds = new Float64Array(slots * 2);
    }
    let at = 0;
    for (let c = 0; c < n; c++) {
      const e = pool[c] as number;
      firstSlot[c] = at;
      let bound = 0;
      for (let slot = slotStart[e] as number, end = slotStart[e + 1] as number; slot < end; slot++, at++) {
        // Exhaustive: bounds above any score, so nothing is pruned and the pool order is kept.
        const t = exhaustive ? 2 : tokenScoreUpperBound(names, slot);
        const j = exhaustive
          ? 2
          : jaroWinklerUpperBound(
              normal.length,
              queryHistogram,
              querySupport,
              supportSize,
              names.lengths[slot] as number,
              names.histograms,
              slot * HISTOGRAM_SIZE,
              prefixWith(names, slot, normal.length),
            );
        tokenBounds[at] = t;
        jwBounds[at] = j;
        if (t > bound) bound = t;
        if (j > bound) bound = j;
      }
      bounds[c] = differs(country, names.countries[e] as number) ? bound * 0.85 : bound;
      if (n <= INSERTION_LIMIT) {
        // Insertion sort, best bound first (pool order among equals).
        let p = c;
        while (p > 0 && (bounds[order[p - 1] as number] as number) < (bounds[c] as number)) {
          order[p] = order[p - 1] as number;
          p--;
        }
        order[p] = c;
      } else order[c] = c;
    }
    if (n > INSERTION_LIMIT)
      order.subarray(0, n).sort((a, b) => (bounds[b] as number) - (bounds[a] as number) || a - b);
  }

  return function search(metal, normal, queryCountry, settle) {
    const names = index.metals.get(metal);
    if (!names || names.entries.length === 0) return { candidates: [], settled: false };
    const country = queryCountry ? (index.countries.get(queryCountry) ?? OTHER_COUNTRY) : NO_COUNTRY;
    generation++;
    const supportSize = prepareQuery(names, normal);
    const n = collectPool(names);
    boundPool(names, n, normal, country, supportSize);
    // Pass 2, best bound first: exact scores only while a candidate could still enter the best three.
    const top: Ranked[] = [];
    let settled = false;
    for (let r = 0; r < n; r++) {
      const c = order[r] as number;
      const third = top.length === 3 ? (top[2] as Ranked).score : 0.5;
      // Settled: a candidate matters only if it could come within the lead of the best.
      settled ||= settle !== undefined && top.length >= 1 && (top[0] as Ranked).score >= settle.at;
      const floor = settled ? Math.max(third, (top[0] as Ranked).score - (settle as Settle).lead - 0.001) : third;
      if (cannotPlace(bounds[c] as number, false, floor)) break;
      const e = pool[c] as number;
      const entry = names.entries[e] as number;
      const otherCountry = differs(country, names.countries[e] as number);
      let best = 0;
      let at = firstSlot[c] as number;
      for (let slot = names.slotStart[e] as number, end = names.slotStart[e + 1] as number; slot < end; slot++, at++) {
        // Each similarity only where its bound could raise the score and still place the entry;
        // the one with the higher bound first, so that the other may no longer be needed.
        const tokenBound = tokenBounds[at] as number;
        const jwBound = jwBounds[at] as number;
        const jwFirst = jwBound > tokenBound;
        if (jwFirst && jwBound > best && !cannotPlace(jwBound, otherCountry, floor))
          best = Math.max(best, jaroWinkler(normal, names.names[slot] as string));
        if (tokenBound > best && !cannotPlace(tokenBound, otherCountry, floor))
          best = Math.max(best, tokenScore(names, slot));
        if (!jwFirst && jwBound > best && !cannotPlace(jwBound, otherCountry, floor))
          best = Math.max(best, jaroWinkler(normal, names.names[slot] as string));
      }
      if (otherCountry) best *= 0.85;
      const score = round3(best);
      if (score >= 0.5) insertTop(top, { entry, score, index: c }, 3, smelterId);
    }
    return { candidates: top.map(({ entry, score }) => ({ entry, score })), settled };
  };
}
