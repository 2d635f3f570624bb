/**
 * Matches a supplier's Smelter List row to the register: by CID first, then by a learned alias,
 * then by the fingerprint key of the name (with country), then by Jaro–Winkler similarity over the
 * entries that share a name token. Uncertain results go to a review queue; confirmed reviews
 * become learned aliases (input data here, stored by the caller).
 */
import { jaroWinkler } from './jaro-winkler.js';
import { fingerprint, isPlaceholderName, metalKey, normaliseCid, normaliseName } from './normalise.js';
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
};

const NOT_IDENTIFIED: SmelterMatch = { status: 'not_identified', method: null, score: 0, entry: null, candidates: [] };
const UNMATCHED: SmelterMatch = { status: 'unmatched', method: null, score: 0, entry: null, candidates: [] };

type Indexed = { readonly entry: SmelterEntry; readonly names: readonly string[] };

/** A token shared by more entries than this is too common to select candidates by (unless it is the rarest). */
const RARE_TOKEN = 40;

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
  const byKey = new Map<string, SmelterEntry>();
  const byCid = new Map<string, SmelterEntry[]>();
  const byFingerprint = new Map<string, SmelterEntry[]>();
  const byToken = new Map<string, Indexed[]>();
  const byPrefix = new Map<string, Indexed[]>();
  const byMetal = new Map<string, Indexed[]>();
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) {
      if (!list.includes(value)) list.push(value);
    } else map.set(key, [value]);
  };
  for (const entry of register) {
    const metal = metalKey(entry.metal);
    byKey.set(registerKey(entry.metal, entry.smelterId), entry);
    push(byCid, entry.smelterId, entry);
    const names = [...new Set([entry.name, ...entry.aliases].map(normaliseName))];
    const indexed: Indexed = { entry, names };
    push(byMetal, metal, indexed);
    for (const name of [entry.name, ...entry.aliases]) push(byFingerprint, `${metal}|${fingerprint(name)}`, entry);
    for (const token of new Set(names.flatMap((n) => n.split(' ')))) {
      if (!token) continue;
      push(byToken, `${metal}|${token}`, indexed);
      // A typo after the third letter still finds the entry through the token's prefix.
      if (token.length >= 5) push(byPrefix, `${metal}|${token.slice(0, 3)}`, indexed);
    }
  }
  const learned = new Map<string, string>();
  for (const a of aliases) learned.set(`${metalKey(a.metal)}|${a.key}`, a.smelterId);

  const cache = new Map<string, SmelterMatch>();

  const tokenCount = new Map<string, number>();
  for (const [key, list] of byToken) tokenCount.set(key, list.length);
  const weight = (metal: string, token: string) =>
    Math.log(1 + (byMetal.get(metal)?.length ?? 1) / (tokenCount.get(`${metal}|${token}`) ?? 1));
  /** Tokens of each indexed name with their weights, computed once. */
  const weighted = new Map<string, { tokens: string[]; weights: number[]; total: number }>();
  const weighTokens = (metal: string, name: string) => {
    const key = `${metal}|${name}`;
    let found = weighted.get(key);
    if (!found) {
      const tokens = name.split(' ').filter(Boolean);
      const weights = tokens.map((t) => weight(metal, t));
      found = { tokens, weights, total: weights.reduce((a, b) => a + b, 0) };
      weighted.set(key, found);
    }
    return found;
  };
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
  function tokenScore(
    metal: string,
    query: { tokens: string[]; weights: number[]; total: number },
    name: string,
  ): number {
    const other = weighTokens(metal, name);
    if (query.tokens.length === 0 || other.tokens.length === 0) return 0;
    let shared = 0;
    let used = 0;
    for (let qi = 0; qi < query.tokens.length; qi++) {
      const q = query.tokens[qi] as string;
      let best = -1;
      let bestScore = 0.9;
      for (let i = 0; i < other.tokens.length; i++) {
        if (used & (1 << i)) continue;
        const score = tokenSimilarity(q, other.tokens[i] as string);
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

  function fuzzy(metal: string, name: string, country: string | null): SmelterMatch {
    const normal = normaliseName(name);
    const tokens = normal.split(' ').filter(Boolean);
    // Block on the distinctive tokens: common words ("mining", "metal") would pull in half the list.
    const lists = tokens
      .flatMap((token) => [
        byToken.get(`${metal}|${token}`) ?? [],
        token.length >= 5 ? (byPrefix.get(`${metal}|${token.slice(0, 3)}`) ?? []) : [],
      ])
      .filter((l) => l.length > 0)
      .sort((a, b) => a.length - b.length);
    const pool = new Set<Indexed>();
    for (const list of lists) {
      if (pool.size > 0 && list.length > RARE_TOKEN) break;
      for (const item of list) pool.add(item);
    }
    const candidates = pool.size > 0 ? [...pool] : (byMetal.get(metal) ?? []);
    const queryWeights = tokens.map((t) => weight(metal, t));
    const queryTokens = { tokens, weights: queryWeights, total: queryWeights.reduce((a, b) => a + b, 0) };
    const scored: MatchCandidate[] = [];
    for (const { entry, names } of candidates) {
      let best = 0;
      for (const n of names) {
        const s = Math.max(jaroWinkler(normal, n), tokenScore(metal, queryTokens, n));
        if (s > best) best = s;
      }
      // A different country makes a same-named smelter a different plant.
      if (country && entry.country && entry.country !== country) best *= 0.85;
      scored.push({ entry, score: Math.round(best * 1000) / 1000 });
    }
    scored.sort((a, b) => b.score - a.score || a.entry.smelterId.localeCompare(b.entry.smelterId));
    const top = scored.slice(0, 3).filter((c) => c.score >= 0.5);
    const first = top[0];
    if (!first || first.score < reviewAt) return { ...UNMATCHED, candidates: top, score: first?.score ?? 0 };
    const lead = first.score - (top[1]?.score ?? 0);
    const countryAgrees = !country || !first.entry.country || first.entry.country === country;
    if (first.score >= accept && lead >= 0.03 && countryAgrees)
      return { status: 'matched', method: 'fuzzy', score: first.score, entry: first.entry, candidates: top };
    return { status: 'review', method: 'fuzzy', score: first.score, entry: first.entry, candidates: top };
  }

  function compute(query: SmelterQuery): SmelterMatch {
    const metal = metalKey(query.metal);
    const country = query.country ?? null;
    const cid = normaliseCid(query.smelterId);
    if (cid) {
      const exact = byKey.get(`${metal}|${cid}`) ?? byCid.get(cid)?.[0];
      if (exact) return { status: 'matched', method: 'id', score: 1, entry: exact, candidates: [] };
    }
    const name = query.name?.trim() ?? '';
    if (isPlaceholderName(name)) return cid ? UNMATCHED : NOT_IDENTIFIED;
    const key = fingerprint(name);
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
    return fuzzy(metal, name, country);
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
