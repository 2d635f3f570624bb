/**
 * The matcher's pruning must never change a result: bounds are never below the real similarity, a
 * pruned candidate could never have entered the best three, and the pruned matcher agrees with the
 * exhaustive one row for row.
 */
import { describe, expect, it } from 'vitest';
import { cannotPlace } from './fuzzy-search.js';
import {
  charHistogram,
  commonPrefix,
  HISTOGRAM_SIZE,
  histogramSupport,
  jaro,
  jaroWinkler,
  jaroWinklerUpperBound,
} from './jaro-winkler.js';
import { createSmelterMatcher } from './matcher.js';
import type { SmelterEntry } from './register.js';

/** The original window scan, kept as the reference for the bit-mask fast path. */
function jaroReference(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const matchedB = new Uint8Array(lb);
  const matchesA: number[] = [];
  for (let i = 0; i < la; i++) {
    for (let j = Math.max(0, i - window); j <= Math.min(lb - 1, i + window); j++) {
      if (matchedB[j] === 0 && b.charCodeAt(j) === a.charCodeAt(i)) {
        matchedB[j] = 1;
        matchesA.push(a.charCodeAt(i));
        break;
      }
    }
  }
  const m = matchesA.length;
  if (m === 0) return 0;
  let k = 0;
  let t = 0;
  for (let j = 0; j < lb; j++) {
    if (matchedB[j] === 1) {
      if (b.charCodeAt(j) !== matchesA[k]) t++;
      k++;
    }
  }
  return (m / la + m / lb + (m - t / 2) / m) / 3;
}

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PAIRS: readonly (readonly [string, string])[] = [
  ['martha', 'marhta'],
  ['yunnan tin', 'yunan tin'],
  ['thaisarco', 'thaisarco'],
  ['mitsui mining smelting', 'smelting mining mitsui'],
  ['a', 'b'],
  ['', 'abc'],
  ['métallo belgium', 'metallo belgium'],
  ['jiangxi tungsten holding nonferrous metal', 'jiangxi tungsten holding nonferous metal'],
  ['abcdefghijklmnopqrstuvwxyz012345', 'bacdefghijklmnopqrstuvwxyz012354'],
  ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'],
  ['株洲 冶炼', '株洲冶炼'],
];

function randomPairs(count: number): [string, string][] {
  const rand = lcg(7);
  const alphabets = ['abcde ', 'abcdefghijklmnopqrstuvwxyz 0123456789', 'ab', 'aé ü冶'];
  const pairs: [string, string][] = [];
  for (let i = 0; i < count; i++) {
    const alphabet = alphabets[Math.floor(rand() * alphabets.length)] as string;
    const word = (n: number) =>
      Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
    // A third longer than 32 characters (up to 150): the multi-word and the plain scan paths.
    const a = word(Math.floor(rand() * (rand() < 0.3 ? 150 : 45)));
    const cut = Math.floor(rand() * (a.length + 1));
    const b =
      rand() < 0.4 ? a.slice(0, cut) + word(Math.floor(rand() * 3)) + a.slice(cut + 1) : word(Math.floor(rand() * 45));
    pairs.push([a, b]);
  }
  return pairs;
}

describe('Jaro fast path', () => {
  it.each(PAIRS)('%j ~ %j equals the window scan', (a, b) => {
    expect(jaro(a, b)).toBe(jaroReference(a, b));
    expect(jaro(b, a)).toBe(jaroReference(b, a));
  });

  it('equals the window scan on 20,000 random pairs (short, long, very long, non-ASCII)', () => {
    const wrong = randomPairs(20_000).filter(([a, b]) => jaro(a, b) !== jaroReference(a, b));
    expect(wrong).toEqual([]);
  });
});

describe('Jaro–Winkler upper bound (prunes before Jaro–Winkler)', () => {
  const bound = (a: string, b: string) => {
    const ha = charHistogram(a);
    const support = new Uint8Array(HISTOGRAM_SIZE);
    const size = histogramSupport(ha, support);
    return jaroWinklerUpperBound(a.length, ha, support, size, b.length, charHistogram(b), 0, commonPrefix(a, b));
  };

  it.each(PAIRS)('bound(%j, %j) ≥ Jaro–Winkler', (a, b) => {
    expect(bound(a, b)).toBeGreaterThanOrEqual(jaroWinkler(a, b));
    expect(bound(b, a)).toBeGreaterThanOrEqual(jaroWinkler(b, a));
  });

  it('is never below Jaro–Winkler on 20,000 random pairs', () => {
    const below = randomPairs(20_000).filter(([a, b]) => bound(a, b) < jaroWinkler(a, b));
    expect(below).toEqual([]);
  });

  it('still bounds names too long for byte counts (over 255 characters)', () => {
    const long = 'a'.repeat(300);
    expect(bound(long, 'a'.repeat(280))).toBeGreaterThanOrEqual(jaroWinkler(long, 'a'.repeat(280)));
    expect(bound('a'.repeat(280), 'ab')).toBeGreaterThanOrEqual(jaroWinkler('a'.repeat(280), 'ab'));
  });

  it('is tight for unrelated names (that is what makes it prune)', () => {
    expect(bound('thaisarco', 'yunnan tin')).toBeLessThan(0.7);
  });
});

describe('cannotPlace: a pruned candidate could never have entered the best three', () => {
  it.each([
    // bound, country differs, floor (third best so far or 0.5), pruned
    [0.4994, false, 0.5, true], // rounds to 0.499: below the 0.5 shown
    [0.4995, false, 0.5, false], // rounds to 0.5: could be shown
    [0.7, false, 0.7, false], // could tie the third and win on CID
    [0.6994, false, 0.7, true],
    [0.82, true, 0.7, true], // 0.82 × 0.85 = 0.697 < 0.7
    [0.824, true, 0.7, false], // 0.824 × 0.85 = 0.7004 → 0.7: could tie
    [0.8, true, 0.7, true], // 0.68 < 0.7
    [1, true, 0.85, false], // 0.85 ties
    [1, true, 0.851, true],
  ] as const)('bound %d, other country %s, floor %d → pruned %s', (bound, differs, floor, pruned) => {
    const expected = Math.round((differs ? bound * 0.85 : bound) * 1000) / 1000 < floor;
    expect(cannotPlace(bound, differs, floor)).toBe(expected);
    expect(cannotPlace(bound, differs, floor)).toBe(pruned);
  });

  it.each([0, 0.3, 0.5, 0.61, 0.7, 0.85, 0.999, 1])(
    'a candidate scoring %d is never pruned by a bound at or above its score',
    (score) => {
      for (const floor of [0.5, score, Math.round(score * 1000) / 1000]) {
        for (const differs of [false, true]) {
          const rounded = Math.round((differs ? score * 0.85 : score) * 1000) / 1000;
          // Whenever the real score would place (at or above the floor), its bound must not be pruned.
          if (rounded >= floor) expect(cannotPlace(score + 1e-9, differs, floor)).toBe(false);
        }
      }
    },
  );
});

describe('pruned and exhaustive matchers agree', () => {
  const rand = lcg(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const countries = ['CN', 'JP', 'US', 'DE', 'BR', 'ID', 'MY'];
  const words = ['Metal', 'Mining', 'Smelting', 'Refinery', 'Nonferrous', 'Tin', 'Gold', 'Industry', 'Resources'];
  const register: SmelterEntry[] = [];
  for (let i = 0; i < 600; i++) {
    const name = `${pick(['Hua', 'Jin', 'Nord', 'Sul', 'Rio', 'Kan'])}${pick(['xin', 'feng', 'berg', 'ta'])} ${pick(words)} ${pick(words)} ${i % 40}`;
    register.push({
      smelterId: `CID${String(i).padStart(6, '0')}`,
      metal: pick(['Tin', 'Gold']),
      name,
      country: pick(countries),
      countryName: null,
      aliases: rand() < 0.3 ? [`${name.split(' ')[0]} ${pick(words)}`] : [],
      asOf: null,
      sources: [],
      conformance: 'unknown',
    });
  }
  const typo = (s: string) => {
    const i = 1 + Math.floor(rand() * (s.length - 2));
    return rand() < 0.5
      ? s.slice(0, i) + s.slice(i + 1)
      : `${s.slice(0, i)}${s[i + 1] ?? ''}${s[i] ?? ''}${s.slice(i + 2)}`;
  };
  const queries = Array.from({ length: 600 }, () => {
    const e = pick(register);
    const name =
      rand() < 0.2 ? `${pick(words)} ${pick(words)}` : typo(rand() < 0.3 ? (e.aliases[0] ?? e.name) : e.name);
    return { metal: e.metal, name, country: rand() < 0.2 ? null : rand() < 0.8 ? e.country : pick(countries) };
  });
  const pruned = createSmelterMatcher(register);
  const exhaustive = createSmelterMatcher(register, [], { exhaustive: true });
  const summary = (r: ReturnType<typeof pruned.match>) => [
    r.status,
    r.method,
    r.score,
    r.entry?.smelterId,
    r.candidates.map((c) => `${c.entry.smelterId}:${c.score}`),
  ];

  it('gives the same status, entry, score and candidates on 600 fuzzy rows', () => {
    const differ = queries.filter(
      (q) => JSON.stringify(summary(pruned.match(q))) !== JSON.stringify(summary(exhaustive.match(q))),
    );
    expect(differ).toEqual([]);
    expect(queries.filter((q) => pruned.match(q).method === 'fuzzy').length).toBeGreaterThan(300);
  });

  it('lists a fuzzy match alone, and a row for review with its best three', () => {
    const results = queries.map((q) => pruned.match(q)).filter((r) => r.method === 'fuzzy');
    const matched = results.filter((r) => r.status === 'matched');
    const review = results.filter((r) => r.status === 'review');
    expect(matched.length).toBeGreaterThan(0);
    for (const r of matched) expect(r.candidates.map((c) => c.entry)).toEqual([r.entry]);
    expect(review.some((r) => r.candidates.length === 3)).toBe(true);
  });
});
