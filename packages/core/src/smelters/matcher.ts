/**
 * Matches a supplier's Smelter List row to the register: by CID first, then by a learned alias,
 * then by the fingerprint key of the name (with country), then by Jaro–Winkler similarity over the
 * entries that share a name token. Uncertain results go to a review queue; confirmed reviews
 * become learned aliases (input data here, stored by the caller).
 */
import { charHistogram, HISTOGRAM_SIZE, histogramSupport, jaroWinkler, jaroWinklerUpperBound } from './jaro-winkler.js';
import {
  fingerprintNormal,
  foldName,
  isPlaceholderFolded,
  metalKey,
  normaliseCid,
  normaliseFolded,
} from './normalise.js';
import { registerKey, type SmelterEntry } from './register.js';

/** What a Smelter List row says about its smelter. */
export type SmelterQuery = {
  readonly metal?: string | null;
  readonly smelterId?: string | null;
  readonly name?: string | null;
  /** ISO alpha-2. */
  readonly country?: string | null;
};

/** A confirmed match remembered for next time: this name (fingerprint) of this metal is that smelter. */
export type LearnedAlias = {
  readonly metal: string;
  /** {@link fingerprint} of the supplier's name. */
  readonly key: string;
  readonly smelterId: string;
};

export const MATCH_STATUSES = ['matched', 'review', 'unmatched', 'not_identified'] as const;
/** `matched`: certain; `review`: a person must confirm; `unmatched`: no candidate; `not_identified`: the row names no smelter. */
export type MatchStatus = (typeof MATCH_STATUSES)[number];
/** How a match was made. */
export type MatchMethod = 'id' | 'alias' | 'name' | 'fuzzy';

export type MatchCandidate = { readonly entry: SmelterEntry; readonly score: number };

/** The outcome for one row. */
export type SmelterMatch = {
  readonly status: MatchStatus;
  readonly method: MatchMethod | null;
  /** Similarity of the best candidate, 0–1. */
  readonly score: number;
  readonly entry: SmelterEntry | null;
  /** Best candidates, best first (at most three), for the review queue. */
  readonly candidates: readonly MatchCandidate[];
};

/** Thresholds of the fuzzy step. */
export type MatcherOptions = {
  /** At or above (with the country agreeing and a clear lead) a fuzzy match is accepted. */
  readonly accept?: number;
  /** At or above, the best candidate is offered for review. */
  readonly review?: number;
  /** Score every candidate exactly, without the upper-bound pruning (for tests: results must not change). */
  readonly exhaustive?: boolean;
};

const NOT_IDENTIFIED: SmelterMatch = { status: 'not_identified', method: null, score: 0, entry: null, candidates: [] };
const UNMATCHED: SmelterMatch = { status: 'unmatched', method: null, score: 0, entry: null, candidates: [] };

/** Tokens of a normalised name with their inverse-document-frequency weights. */
type Weighted = {
  readonly tokens: readonly string[];
  /** Per token, its number in the register's vocabulary (-1 for a word the register does not know). */
  readonly ids: Int32Array;
  readonly weights: readonly number[];
  readonly total: number;
  /** Per token, {@link firstLetterBit}; and all of them or'ed together. */
  readonly bits: Int32Array;
  readonly mask: number;
};

/** A bit for the token's first letter (letters may share a bit): tokens pair up only when these agree. */
const firstLetterBit = (token: string) => 1 << (token.charCodeAt(0) & 31);

type Indexed = {
  /** Position in the register (marks it as already in a candidate pool). */
  readonly id: number;
  readonly entry: SmelterEntry;
  readonly country: string | null;
  /** Distinct normalised names (standard name first, then aliases). */
  readonly names: readonly string[];
  /** Per name, its weighted tokens (filled once the whole register is indexed). */
  weighted: Weighted[];
  /** Per name, {@link HISTOGRAM_SIZE} character counts at `i * HISTOGRAM_SIZE`. */
  readonly histograms: Uint32Array;
};

/** A name as the matcher reads it, computed once per distinct name. */
type Prepared = { readonly placeholder: boolean; readonly normal: string; readonly key: string };

/** A token shared by more entries than this is too common to select candidates by (unless it is the rarest). */
const RARE_TOKEN = 40;

/** Rounds a similarity to three decimals, as scores are reported. */
const round3 = (score: number) => Math.round(score * 1000) / 1000;

/** A fuzzy candidate with its position in the candidate pool. */
type Ranked = MatchCandidate & { readonly index: number };

/** Best-first order of candidates: score, then CID, then pool position (what a stable sort of the pool gives). */
const byScore = (a: Ranked, b: Ranked) =>
  b.score - a.score || a.entry.smelterId.localeCompare(b.entry.smelterId) || a.index - b.index;

/**
 * Whether a fuzzy candidate whose score can be at most `bound` (before the country factor) can be
 * skipped: its rounded score would fall below `floor` — the third best score so far, or the 0.5 below
 * which no candidate is shown. Strictly below, so a candidate that could tie (and win on CID) is kept.
 */
export function cannotPlace(bound: number, countryDiffers: boolean, floor: number): boolean {
  return round3(countryDiffers ? bound * 0.85 : bound) < floor;
}

/**
 * Inserts `candidate` into `top` (best first, at most `size`), as a stable sort by {@link byScore}
 * followed by taking the first `size` would place it.
 */
function insertTop(top: Ranked[], candidate: Ranked, size: number): void {
  let at = top.length;
  while (at > 0 && byScore(top[at - 1] as Ranked, candidate) > 0) at--;
  if (at >= size) return;
  top.splice(at, 0, candidate);
  if (top.length > size) top.pop();
}

/** A matcher over one register; build once, call {@link SmelterMatcher.match} per row (results are cached). */
export type SmelterMatcher = { match(query: SmelterQuery): SmelterMatch };

/** Builds a matcher over `register` and the organisation's learned aliases. */
export function createSmelterMatcher(
  register: readonly SmelterEntry[],
  aliases: readonly LearnedAlias[] = [],
  options: MatcherOptions = {},
): SmelterMatcher {
  const accept = options.accept ?? 0.94;
  const reviewAt = options.review ?? 0.8;
  const exhaustive = options.exhaustive ?? false;

  const prepared = new Map<string, Prepared>();
  /** Folds, normalises and fingerprints `name` once (names repeat across rows and entries). */
  const prepare = (name: string): Prepared => {
    let found = prepared.get(name);
    if (!found) {
      const folded = foldName(name);
      const normal = normaliseFolded(folded);
      found = { placeholder: name === '' || isPlaceholderFolded(folded), normal, key: fingerprintNormal(normal) };
      prepared.set(name, found);
    }
    return found;
  };

  const byKey = new Map<string, SmelterEntry>();
  const byCid = new Map<string, SmelterEntry[]>();
  const byFingerprint = new Map<string, SmelterEntry[]>();
  /** Per metal: token → entries, 3-letter prefix of tokens of five letters or more → entries, all entries. */
  const byToken = new Map<string, Map<string, Indexed[]>>();
  const byPrefix = new Map<string, Map<string, Indexed[]>>();
  const byMetal = new Map<string, Indexed[]>();
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) {
      if (!list.includes(value)) list.push(value);
    } else map.set(key, [value]);
  };
  /** Pushes without the duplicate scan: one entry's pushes to a list are consecutive, so the last suffices. */
  const pushIndexed = (map: Map<string, Indexed[]>, key: string, value: Indexed) => {
    const list = map.get(key);
    if (list) {
      if (list[list.length - 1] !== value) list.push(value);
    } else map.set(key, [value]);
  };
  const metalMap = (map: Map<string, Map<string, Indexed[]>>, metal: string) => {
    let inner = map.get(metal);
    if (!inner) {
      inner = new Map();
      map.set(metal, inner);
    }
    return inner;
  };
  let indexedCount = 0;
  for (const entry of register) {
    const metal = metalKey(entry.metal);
    byKey.set(registerKey(entry.metal, entry.smelterId), entry);
    push(byCid, entry.smelterId, entry);
    const all = [entry.name, ...entry.aliases];
    const names = [...new Set(all.map((n) => prepare(n).normal))];
    const histograms = new Uint32Array(names.length * HISTOGRAM_SIZE);
    for (let i = 0; i < names.length; i++) charHistogram(names[i] as string, histograms, i * HISTOGRAM_SIZE);
    const indexed: Indexed = { id: indexedCount++, entry, country: entry.country, names, weighted: [], histograms };
    push(byMetal, metal, indexed);
    for (const name of all) push(byFingerprint, `${metal}|${prepare(name).key}`, entry);
    const tokens = metalMap(byToken, metal);
    const prefixes = metalMap(byPrefix, metal);
    for (const token of new Set(names.flatMap((n) => n.split(' ')))) {
      if (!token) continue;
      pushIndexed(tokens, token, indexed);
      // A typo after the third letter still finds the entry through the token's prefix.
      if (token.length >= 5) pushIndexed(prefixes, token.slice(0, 3), indexed);
    }
  }
  const learned = new Map<string, string>();
  for (const a of aliases) learned.set(`${metalKey(a.metal)}|${a.key}`, a.smelterId);

  const cache = new Map<string, SmelterMatch>();

  const weight = (metal: string, token: string) =>
    Math.log(1 + (byMetal.get(metal)?.length ?? 1) / (byToken.get(metal)?.get(token)?.length ?? 1));
  const withWeights = (metal: string, tokens: string[], ids: Int32Array): Weighted => {
    const weights = tokens.map((t) => weight(metal, t));
    const bits = Int32Array.from(tokens, firstLetterBit);
    return {
      tokens,
      ids,
      weights,
      total: weights.reduce((a, b) => a + b, 0),
      bits,
      mask: bits.reduce((a, b) => a | b, 0),
    };
  };
  /** Every token of the register's names, numbered: token similarities are memoised by number. */
  const vocabulary = new Map<string, number>();
  const words: string[] = [];
  const weigh = (metal: string, name: string, learn: boolean): Weighted => {
    const tokens = name.split(' ').filter(Boolean);
    const ids = new Int32Array(tokens.length);
    tokens.forEach((token, i) => {
      let id = vocabulary.get(token);
      if (id === undefined && learn) {
        id = words.length;
        words.push(token);
        vocabulary.set(token, id);
      }
      ids[i] = id ?? -1;
    });
    return withWeights(metal, tokens, ids);
  };
  for (const [metal, list] of byMetal)
    for (const item of list) item.weighted = item.names.map((n) => weigh(metal, n, true));

  /** Two tokens are the same word, allowing a typo: equal, or same first letter, similar length and JW ≥ 0.9. */
  const tokenSimilarity = (a: string, b: string) => {
    if (a === b) return 1;
    if (a.charCodeAt(0) !== b.charCodeAt(0) || Math.abs(a.length - b.length) > 2 || a.length < 4) return 0;
    return jaroWinkler(a, b);
  };

  /**
   * Weighted token similarity (soft Dice): tokens pair up when they are the same word (allowing a
   * typo) and count with their inverse document frequency, so "Tongling Nonferrous" weighs more
   * than "Metal".
   */
  function tokenScore(query: Weighted, other: Weighted): number {
    if (query.tokens.length === 0 || other.tokens.length === 0) return 0;
    let shared = 0;
    let used = 0;
    const vocabularySize = words.length;
    for (let qi = 0; qi < query.tokens.length; qi++) {
      const q = query.tokens[qi] as string;
      const row = qi * vocabularySize;
      let best = -1;
      let bestScore = 0.9;
      for (let i = 0; i < other.tokens.length; i++) {
        if (used & (1 << i)) continue;
        // Register tokens always have a number; the similarity is memoised for this query.
        const at = row + (other.ids[i] as number);
        let score: number;
        if (memoStamp[at] === generation) score = memoScore[at] as number;
        else {
          score = tokenSimilarity(q, other.tokens[i] as string);
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
        shared += ((query.weights[qi] as number) + (other.weights[best] as number)) * bestScore;
      }
    }
    return shared / (query.total + other.total);
  }

  /**
   * An upper bound on {@link tokenScore}: every token whose first letter occurs among the other
   * name's first letters counts fully (tokens pair only when their first letters agree, and a pair
   * counts at most both weights). A margin of 1e-9 absorbs floating-point rounding.
   */
  function tokenScoreUpperBound(query: Weighted, other: Weighted): number {
    if (query.tokens.length === 0 || other.tokens.length === 0) return 0;
    // The pairing bitmask of tokenScore wraps beyond 31 tokens: no bound then.
    if (other.tokens.length > 31) return 1;
    let shared = 0;
    for (let i = 0; i < query.bits.length; i++)
      if ((query.bits[i] as number) & other.mask) shared += query.weights[i] as number;
    for (let i = 0; i < other.bits.length; i++)
      if ((other.bits[i] as number) & query.mask) shared += other.weights[i] as number;
    return shared / (query.total + other.total) + 1e-9;
  }

  /** Memo of token similarities, query token × vocabulary, valid where the stamp is this query's generation. */
  let memoStamp = new Uint32Array(0);
  let memoScore = new Float64Array(0);
  let generation = 0;
  /** Which entries are in the current candidate pool: the pool's generation. */
  const inPool = new Uint32Array(indexedCount);
  const queryHistogram = new Uint32Array(HISTOGRAM_SIZE);
  const querySupport = new Uint8Array(HISTOGRAM_SIZE);
  let tokenBounds = new Float64Array(64);
  let jwBounds = new Float64Array(64);
  let firstSlot = new Uint32Array(64);
  let bounds = new Float64Array(64);
  let order = new Uint32Array(64);

  function fuzzy(metal: string, normal: string, country: string | null): SmelterMatch {
    const tokens = normal.split(' ').filter(Boolean);
    const tokenIndex = byToken.get(metal);
    const prefixIndex = byPrefix.get(metal);
    // Block on the distinctive tokens: common words ("mining", "metal") would pull in half the list.
    const lists: Indexed[][] = [];
    for (const token of tokens) {
      const exact = tokenIndex?.get(token);
      if (exact) lists.push(exact);
      const prefix = token.length >= 5 ? prefixIndex?.get(token.slice(0, 3)) : undefined;
      if (prefix) lists.push(prefix);
    }
    lists.sort((a, b) => a.length - b.length);
    generation++;
    const pool: Indexed[] = [];
    for (const list of lists) {
      if (pool.length > 0 && list.length > RARE_TOKEN) break;
      for (const item of list) {
        if (inPool[item.id] === generation) continue;
        inPool[item.id] = generation;
        pool.push(item);
      }
    }
    const query = withWeights(metal, tokens, new Int32Array(0));
    const memoSize = tokens.length * words.length;
    if (memoSize > memoStamp.length) {
      memoStamp = new Uint32Array(memoSize * 2);
      memoScore = new Float64Array(memoSize * 2);
    }
    charHistogram(normal, queryHistogram);
    const supportSize = histogramSupport(queryHistogram, querySupport);
    // Pass 1, cheap: upper bounds on the token score and on Jaro–Winkler of every name.
    const items = pool.length > 0 ? pool : (byMetal.get(metal) ?? []);
    const n = items.length;
    if (n > bounds.length) {
      bounds = new Float64Array(n * 2);
      order = new Uint32Array(n * 2);
    }
    let slots = 0;
    for (let c = 0; c < n; c++) slots += (items[c] as Indexed).names.length;
    if (slots > tokenBounds.length) {
      tokenBounds = new Float64Array(slots * 2);
      jwBounds = new Float64Array(slots * 2);
      firstSlot = new Uint32Array(slots * 2);
    }
    let slot = 0;
    for (let c = 0; c < n; c++) {
      const { country: where, names, weighted, histograms } = items[c] as Indexed;
      firstSlot[c] = slot;
      let bound = 0;
      for (let k = 0; k < names.length; k++, slot++) {
        // Exhaustive: bounds above any score, so nothing is pruned and the pool order is kept.
        const t = exhaustive ? 2 : tokenScoreUpperBound(query, weighted[k] as Weighted);
        const j = exhaustive
          ? 2
          : jaroWinklerUpperBound(
              normal,
              queryHistogram,
              querySupport,
              supportSize,
              names[k] as string,
              histograms,
              k * HISTOGRAM_SIZE,
            );
        tokenBounds[slot] = t;
        jwBounds[slot] = j;
        if (t > bound) bound = t;
        if (j > bound) bound = j;
      }
      // A different country makes a same-named smelter a different plant.
      bound = country && where && where !== country ? bound * 0.85 : bound;
      bounds[c] = bound;
      // Insertion sort, best bound first (pool order among equals): pools are a few dozen entries.
      let p = c;
      if (n <= 64)
        while (p > 0 && (bounds[order[p - 1] as number] as number) < bound) {
          order[p] = order[p - 1] as number;
          p--;
        }
      order[p] = c;
    }
    // A large pool (no distinctive token: the whole metal) is sorted in one go.
    if (n > 64) order.subarray(0, n).sort((a, b) => (bounds[b] as number) - (bounds[a] as number) || a - b);
    // Pass 2, best bound first: exact scores only while a candidate could still enter the best three.
    const ranked = order;
    const top: Ranked[] = [];
    for (let r = 0; r < n; r++) {
      const c = ranked[r] as number;
      if (cannotPlace(bounds[c] as number, false, top.length === 3 ? (top[2] as Ranked).score : 0.5)) break;
      const { entry, country: where, names, weighted } = items[c] as Indexed;
      let best = 0;
      for (let k = 0, at = firstSlot[c] as number; k < names.length; k++, at++) {
        // Each similarity only where its bound says it could raise the score.
        if ((tokenBounds[at] as number) > best) {
          const t = tokenScore(query, weighted[k] as Weighted);
          if (t > best) best = t;
        }
        if ((jwBounds[at] as number) > best) {
          const j = jaroWinkler(normal, names[k] as string);
          if (j > best) best = j;
        }
      }
      // A different country makes a same-named smelter a different plant.
      if (country && where && where !== country) best *= 0.85;
      const score = round3(best);
      if (score >= 0.5) insertTop(top, { entry, score, index: c }, 3);
    }
    const shown: MatchCandidate[] = top.map(({ entry, score }) => ({ entry, score }));
    const first = shown[0];
    if (!first || first.score < reviewAt) return { ...UNMATCHED, candidates: shown, score: first?.score ?? 0 };
    const lead = first.score - (shown[1]?.score ?? 0);
    const countryAgrees = !country || !first.entry.country || first.entry.country === country;
    if (first.score >= accept && lead >= 0.03 && countryAgrees)
      return { status: 'matched', method: 'fuzzy', score: first.score, entry: first.entry, candidates: shown };
    return { status: 'review', method: 'fuzzy', score: first.score, entry: first.entry, candidates: shown };
  }

  function compute(query: SmelterQuery): SmelterMatch {
    const metal = metalKey(query.metal);
    const country = query.country ?? null;
    const cid = normaliseCid(query.smelterId);
    if (cid) {
      const exact = byKey.get(`${metal}|${cid}`) ?? byCid.get(cid)?.[0];
      if (exact) return { status: 'matched', method: 'id', score: 1, entry: exact, candidates: [] };
    }
    const name = prepare(query.name?.trim() ?? '');
    if (name.placeholder) return cid ? UNMATCHED : NOT_IDENTIFIED;
    const key = name.key;
    const remembered = learned.get(`${metal}|${key}`);
    const aliasEntry = remembered ? byKey.get(`${metal}|${remembered}`) : undefined;
    if (aliasEntry) return { status: 'matched', method: 'alias', score: 1, entry: aliasEntry, candidates: [] };
    const same = byFingerprint.get(`${metal}|${key}`) ?? [];
    const inCountry = country ? same.filter((e) => !e.country || e.country === country) : same;
    if (inCountry.length === 1 && inCountry[0])
      return { status: 'matched', method: 'name', score: 1, entry: inCountry[0], candidates: [] };
    if (same.length > 0) {
      const candidates = (inCountry.length > 0 ? inCountry : same).slice(0, 3).map((entry) => ({ entry, score: 1 }));
      return { status: 'review', method: 'name', score: 1, entry: candidates[0]?.entry ?? null, candidates };
    }
    return fuzzy(metal, name.normal, country);
  }

  return {
    match(query) {
      const cacheKey = `${metalKey(query.metal)}|${query.smelterId ?? ''}|${query.name ?? ''}|${query.country ?? ''}`;
      let result = cache.get(cacheKey);
      if (!result) {
        result = compute(query);
        cache.set(cacheKey, result);
      }
      return result;
    },
  };
}
