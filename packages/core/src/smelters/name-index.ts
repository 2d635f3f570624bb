/**
 * The register's names laid out for the fuzzy search. Per metal, every entry's distinct normalised
 * names ("slots") with their character histograms and weighted tokens sit in flat typed arrays, so
 * a search reads contiguous memory instead of chasing objects; token and prefix lists select the
 * candidates. Built once per matcher.
 */
import { charHistogram, HISTOGRAM_SIZE } from './jaro-winkler.js';

/** A bit for a token's first letter (letters may share a bit): tokens pair up only when these agree. */
export const firstLetterBit = (token: string) => 1 << (token.charCodeAt(0) & 31);

/** Characters of a name's prefix kept per slot: the Winkler boost looks at four. */
export const PREFIX = 4;

/** One metal's part of the register. Entry `e` owns slots `slotStart[e]` up to `slotStart[e + 1]`. */
export type MetalNames = {
  readonly entries: readonly number[];
  /** Per entry, its country's number in {@link NameIndex.countries}, or {@link NO_COUNTRY}. */
  readonly countries: Int32Array;
  readonly slotStart: Uint32Array;
  /** Per slot: the normalised name, its length and first {@link PREFIX} character codes. */
  readonly names: readonly string[];
  readonly lengths: Uint32Array;
  readonly prefixes: Uint16Array;
  /** Per slot, {@link HISTOGRAM_SIZE} character counts at `slot * HISTOGRAM_SIZE`. */
  readonly histograms: Uint8Array;
  /** Per slot: its tokens are `tokenStart[slot]` up to `tokenStart[slot + 1]`; or'ed first-letter bits; summed weights. */
  readonly tokenStart: Uint32Array;
  readonly masks: Int32Array;
  readonly totals: Float64Array;
  /** Per token of a slot: its word number in the vocabulary, first-letter bit and weight. */
  readonly tokenWords: Int32Array;
  readonly tokenBits: Int32Array;
  readonly tokenWeights: Float64Array;
  /** Token → entries (positions in `entries`, register order) naming it; 3-letter prefix of tokens of five letters or more → entries. */
  readonly byToken: ReadonlyMap<string, readonly number[]>;
  readonly byPrefix: ReadonlyMap<string, readonly number[]>;
};

/** The whole index: per metal key, its names; and the vocabulary shared by all metals. */
export type NameIndex = {
  readonly metals: ReadonlyMap<string, MetalNames>;
  /** Every token of the register's names; similarities of a query's tokens are memoised by number. */
  readonly words: readonly string[];
  /** The register's countries, numbered (countries compare as numbers in the search's inner loop). */
  readonly countries: ReadonlyMap<string, number>;
};

/** The number of an unknown country. */
export const NO_COUNTRY = -1;

/** One register entry's distinct normalised names (standard name first), grouped under its metal key. */
export type IndexInput = {
  readonly entry: number;
  readonly metal: string;
  readonly country: string | null;
  readonly names: readonly string[];
};

/** Inverse document frequency of a token among a metal's entries: "Tongling" weighs more than "Metal". */
export function tokenWeight(metal: MetalNames | undefined, token: string): number {
  return Math.log(1 + (metal?.entries.length ?? 1) / (metal?.byToken.get(token)?.length ?? 1));
}

const pushOnce = (map: Map<string, number[]>, key: string, entry: number) => {
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (list[list.length - 1] !== entry) list.push(entry);
};

function groupByMetal(inputs: readonly IndexInput[]): Map<string, IndexInput[]> {
  const groups = new Map<string, IndexInput[]>();
  for (const input of inputs) {
    const list = groups.get(input.metal);
    if (list) list.push(input);
    else groups.set(input.metal, [input]);
  }
  return groups;
}

/** Numbers for words and countries, shared by all metals. */
type Numbering = {
  readonly vocabulary: Map<string, number>;
  readonly words: string[];
  readonly countries: Map<string, number>;
};

function countryNumber(numbering: Numbering, country: string | null): number {
  if (!country) return NO_COUNTRY;
  let id = numbering.countries.get(country);
  if (id === undefined) {
    id = numbering.countries.size;
    numbering.countries.set(country, id);
  }
  return id;
}

function buildMetal(group: readonly IndexInput[], numbering: Numbering): MetalNames {
  const { vocabulary, words } = numbering;
  const byToken = new Map<string, number[]>();
  const byPrefix = new Map<string, number[]>();
  const slotStart = new Uint32Array(group.length + 1);
  const names: string[] = [];
  const slotTokens: string[][] = [];
  group.forEach((input, e) => {
    slotStart[e] = names.length;
    for (const name of input.names) {
      names.push(name);
      const tokens = name.split(' ').filter(Boolean);
      slotTokens.push(tokens);
      for (const token of tokens) {
        pushOnce(byToken, token, e);
        // A typo after the third letter still finds the entry through the token's prefix.
        if (token.length >= 5) pushOnce(byPrefix, token.slice(0, 3), e);
      }
    }
  });
  slotStart[group.length] = names.length;
  const slots = names.length;
  const lengths = new Uint32Array(slots);
  const prefixes = new Uint16Array(slots * PREFIX);
  const histograms = new Uint8Array(slots * HISTOGRAM_SIZE);
  const tokenStart = new Uint32Array(slots + 1);
  const masks = new Int32Array(slots);
  const totals = new Float64Array(slots);
  const tokenCount = slotTokens.reduce((n, t) => n + t.length, 0);
  const tokenWords = new Int32Array(tokenCount);
  const tokenBits = new Int32Array(tokenCount);
  const tokenWeights = new Float64Array(tokenCount);
  const metal: MetalNames = {
    entries: group.map((g) => g.entry),
    countries: Int32Array.from(group, (g) => countryNumber(numbering, g.country)),
    slotStart,
    names,
    lengths,
    prefixes,
    histograms,
    tokenStart,
    masks,
    totals,
    tokenWords,
    tokenBits,
    tokenWeights,
    byToken,
    byPrefix,
  };
  let at = 0;
  for (let slot = 0; slot < slots; slot++) {
    const name = names[slot] as string;
    lengths[slot] = name.length;
    for (let k = 0; k < PREFIX && k < name.length; k++) prefixes[slot * PREFIX + k] = name.charCodeAt(k);
    charHistogram(name, histograms, slot * HISTOGRAM_SIZE);
    tokenStart[slot] = at;
    let mask = 0;
    let total = 0;
    for (const token of slotTokens[slot] as string[]) {
      let word = vocabulary.get(token);
      if (word === undefined) {
        word = words.length;
        words.push(token);
        vocabulary.set(token, word);
      }
      const bit = firstLetterBit(token);
      const weight = tokenWeight(metal, token);
      tokenWords[at] = word;
      tokenBits[at] = bit;
      tokenWeights[at] = weight;
      mask |= bit;
      total += weight;
      at++;
    }
    masks[slot] = mask;
    totals[slot] = total;
  }
  tokenStart[slots] = at;
  return metal;
}

/** Indexes the names of `inputs` (register order is kept within each metal). */
export function buildNameIndex(inputs: readonly IndexInput[]): NameIndex {
  const numbering: Numbering = { vocabulary: new Map(), words: [], countries: new Map() };
  const metals = new Map<string, MetalNames>();
  for (const [metal, group] of groupByMetal(inputs)) metals.set(metal, buildMetal(group, numbering));
  return { metals, words: numbering.words, countries: numbering.countries };
}
