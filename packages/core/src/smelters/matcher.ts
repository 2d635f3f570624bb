/**
 * Matches a supplier's Smelter List row to the register: by CID first, then by a learned alias,
 * then by the fingerprint key of the name (with country), then by similarity over the entries that
 * share a name token ({@link createFuzzySearch}). Uncertain results go to a review queue; confirmed
 * reviews become learned aliases (input data here, stored by the caller).
 */
import { createFuzzySearch } from './fuzzy-search.js';
import { buildNameIndex, type IndexInput } from './name-index.js';
import { isPlaceholderFolded, metalKey, nameForms, normaliseCid } from './normalise.js';
import type { SmelterEntry } from './register.js';

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
  /**
   * Best candidates, best first: for a row to review or unmatched the best three; for a fuzzy match
   * the match alone (no other candidate came within the lead of 0.03).
   */
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

/** A name as the matcher reads it, computed once per distinct name. */
type Prepared = { readonly placeholder: boolean; readonly normal: string; readonly key: string };

/** One metal's exact look-ups: CID → entry, learned alias key → CID, fingerprint key → entries. */
type MetalLookups = {
  readonly byCid: Map<string, SmelterEntry>;
  readonly learned: Map<string, string>;
  readonly byFingerprint: Map<string, SmelterEntry[]>;
  /** Fuzzy results by country and normalised name. */
  readonly fuzzy: Map<string, SmelterMatch>;
};

/** A matcher over one register; build once, call {@link SmelterMatcher.match} per row (results are cached). */
export type SmelterMatcher = { match(query: SmelterQuery): SmelterMatch };

/** Memoises `f` per argument (rows repeat the same names, metals and ids). */
function memo<T>(f: (value: string) => T): (value: string) => T {
  const seen = new Map<string, T>();
  return (value) => {
    let found = seen.get(value);
    if (found === undefined && !seen.has(value)) {
      found = f(value);
      seen.set(value, found);
    }
    return found as T;
  };
}

/** Builds a matcher over `register` and the organisation's learned aliases. */
export function createSmelterMatcher(
  register: readonly SmelterEntry[],
  aliases: readonly LearnedAlias[] = [],
  options: MatcherOptions = {},
): SmelterMatcher {
  const accept = options.accept ?? 0.94;
  const reviewAt = options.review ?? 0.8;

  /** Folds, normalises and fingerprints a (trimmed) name once. */
  const prepare = memo((raw: string): Prepared => {
    const name = raw.trim();
    const { folded, normal, key } = nameForms(name);
    return { placeholder: name === '' || isPlaceholderFolded(folded), normal, key };
  });
  const metalOf = memo(metalKey);
  const cidOf = memo(normaliseCid);

  const metals = new Map<string, MetalLookups>();
  const lookupsOf = (metal: string) => {
    let found = metals.get(metal);
    if (!found) {
      found = { byCid: new Map(), learned: new Map(), byFingerprint: new Map(), fuzzy: new Map() };
      metals.set(metal, found);
    }
    return found;
  };
  /** The first entry of each CID, for a row whose metal disagrees with the register's. */
  const anyMetal = new Map<string, SmelterEntry>();
  const inputs: IndexInput[] = [];
  register.forEach((entry, position) => {
    const metal = metalOf(entry.metal);
    const lookups = lookupsOf(metal);
    lookups.byCid.set(entry.smelterId, entry);
    if (!anyMetal.has(entry.smelterId)) anyMetal.set(entry.smelterId, entry);
    const all = [entry.name, ...entry.aliases].map((n) => prepare(n));
    for (const { key } of all) {
      const list = lookups.byFingerprint.get(key);
      if (!list) lookups.byFingerprint.set(key, [entry]);
      else if (!list.includes(entry)) list.push(entry);
    }
    inputs.push({ entry: position, metal, country: entry.country, names: [...new Set(all.map((p) => p.normal))] });
  });
  for (const a of aliases) lookupsOf(metalOf(a.metal)).learned.set(a.key, a.smelterId);

  const search = createFuzzySearch(
    buildNameIndex(inputs),
    (e) => (register[e] as SmelterEntry).smelterId,
    options.exhaustive ?? false,
  );

  /** The lead a fuzzy match needs over every other candidate. */
  const LEAD = 0.03;

  /** The outcome of a fuzzy search: matched (the match alone), review or unmatched (best three). */
  function decide(shown: readonly MatchCandidate[], country: string | null): SmelterMatch {
    const first = shown[0];
    if (!first || first.score < reviewAt) return { ...UNMATCHED, candidates: shown, score: first?.score ?? 0 };
    const lead = first.score - (shown[1]?.score ?? 0);
    const countryAgrees = !country || !first.entry.country || first.entry.country === country;
    if (first.score >= accept && lead >= LEAD && countryAgrees)
      return { status: 'matched', method: 'fuzzy', score: first.score, entry: first.entry, candidates: [first] };
    return { status: 'review', method: 'fuzzy', score: first.score, entry: first.entry, candidates: shown };
  }

  function fuzzy(metal: string, lookups: MetalLookups, normal: string, country: string | null): SmelterMatch {
    const cacheKey = `${country ?? ''}|${normal}`;
    const cached = lookups.fuzzy.get(cacheKey);
    if (cached) return cached;
    const entries = (found: ReturnType<typeof search>) =>
      found.candidates.map(({ entry, score }) => ({ entry: register[entry] as SmelterEntry, score }));
    // A match only needs to know that nothing else comes within the lead; a row for review gets
    // its best three, searched again in full.
    const quick = search(metal, normal, country, { at: accept, lead: LEAD });
    let result = decide(entries(quick), country);
    if (quick.settled && result.status !== 'matched') result = decide(entries(search(metal, normal, country)), country);
    lookups.fuzzy.set(cacheKey, result);
    return result;
  }

  return {
    match(query) {
      const metal = metalOf(query.metal ?? '');
      const lookups = lookupsOf(metal);
      const country = query.country ?? null;
      const cid = query.smelterId ? cidOf(query.smelterId) : null;
      if (cid) {
        const exact = lookups.byCid.get(cid) ?? anyMetal.get(cid);
        if (exact) return { status: 'matched', method: 'id', score: 1, entry: exact, candidates: [] };
      }
      const name = prepare(query.name ?? '');
      if (name.placeholder) return cid ? UNMATCHED : NOT_IDENTIFIED;
      const remembered = lookups.learned.get(name.key);
      const aliasEntry = remembered ? lookups.byCid.get(remembered) : undefined;
      if (aliasEntry) return { status: 'matched', method: 'alias', score: 1, entry: aliasEntry, candidates: [] };
      const same = lookups.byFingerprint.get(name.key) ?? [];
      const inCountry = country ? same.filter((e) => !e.country || e.country === country) : same;
      if (inCountry.length === 1 && inCountry[0])
        return { status: 'matched', method: 'name', score: 1, entry: inCountry[0], candidates: [] };
      if (same.length > 0) {
        const candidates = (inCountry.length > 0 ? inCountry : same).slice(0, 3).map((entry) => ({ entry, score: 1 }));
        return { status: 'review', method: 'name', score: 1, entry: candidates[0]?.entry ?? null, candidates };
      }
      return fuzzy(metal, lookups, name.normal, country);
    },
  };
}
