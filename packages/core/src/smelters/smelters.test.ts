import { describe, expect, it } from 'vitest';
import { prng } from '../test-support/random.js';
import { jaroWinkler } from './jaro-winkler.js';
import { createSmelterMatcher } from './matcher.js';
import { fingerprint, foldName, nameForms, normaliseCid, normaliseName } from './normalise.js';
import { mergeLookup, type SmelterEntry } from './register.js';

describe('Jaro–Winkler', () => {
  it.each([
    ['martha', 'marhta', 0.961],
    ['dwayne', 'duane', 0.84],
    ['dixon', 'dicksonx', 0.813],
    ['abc', 'abc', 1],
    ['abc', '', 0],
  ])('%s ~ %s = %d', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
  });
});

describe('name normalisation', () => {
  it.each([
    ['Mitsui Mining & Smelting', 'mitsui mining smelting'],
    ['Mitsui Mining and Smelting Co., Ltd.', 'mitsui mining smelting'],
    ['PT Timah Tbk (Mentok)', 'timah mentok'],
    ['Métallo Belgium N.V.', 'metallo belgium'],
  ])('%s → %s', (name, normal) => {
    expect(normaliseName(name)).toBe(normal);
  });

  it('gives word order no weight in the fingerprint', () => {
    expect(fingerprint('Belgium Metallo NV')).toBe(fingerprint('Metallo Belgium N.V.'));
  });

  it.each([
    ['CID002082', 'CID002082'],
    [' cid 2082 ', 'CID002082'],
    ['242332', null],
    [null, null],
  ])('CID %s → %s', (id, cid) => {
    expect(normaliseCid(id)).toBe(cid);
  });
});

const entry = (smelterId: string, name: string, country: string, aliases: string[] = []): SmelterEntry => ({
  smelterId,
  metal: 'Tin',
  name,
  country,
  countryName: null,
  aliases,
  asOf: null,
  sources: [],
  conformance: 'unknown',
});

describe('the smelter matcher', () => {
  const register = [
    entry('CID000001', 'Mitsui Mining and Smelting Co., Ltd.', 'JP'),
    entry('CID000002', 'Yunnan Tin Company Limited', 'CN', ['YTC']),
    entry('CID000003', 'Thaisarco', 'TH'),
    entry('CID000004', 'Thaisarco', 'MY'),
  ];
  const matcher = createSmelterMatcher(register, [
    { metal: 'tin', key: fingerprint('Yunnan Tin Grp'), smelterId: 'CID000002' },
  ]);

  it.each([
    [{ metal: 'Tin', smelterId: 'CID000003', name: 'anything' }, 'matched', 'id', 'CID000003'],
    [{ metal: 'Tin', name: 'Mitsui Mining & Smelting', country: 'JP' }, 'matched', 'name', 'CID000001'],
    [{ metal: 'Tin', name: 'YTC' }, 'matched', 'name', 'CID000002'],
    [{ metal: 'Tin', name: 'Yunnan Tin Grp' }, 'matched', 'alias', 'CID000002'],
    [{ metal: 'Tin', name: 'Thaisarco', country: 'MY' }, 'matched', 'name', 'CID000004'],
    [{ metal: 'Tin', name: 'Thaisarco' }, 'review', 'name', 'CID000003'],
    [{ metal: 'Tin', name: 'Yunan Tin Company', country: 'CN' }, 'matched', 'fuzzy', 'CID000002'],
  ] as const)('%o → %s by %s', (query, status, method, cid) => {
    const result = matcher.match(query);
    expect([result.status, result.method, result.entry?.smelterId]).toEqual([status, method, cid]);
  });

  it.each([
    [{ metal: 'Tin', name: 'Smelter not yet identified' }, 'not_identified'],
    [{ metal: 'Tin', name: 'Completely Different Works', country: 'BR' }, 'unmatched'],
  ] as const)('%o → %s', (query, status) => {
    expect(matcher.match(query).status).toBe(status);
  });
});

describe('the register union', () => {
  const row = (alias: string, standardName: string, smelterId: string | null) => ({
    metal: 'Tin',
    alias,
    standardName,
    country: 'CN',
    countryName: 'CHINA',
    smelterId,
  });

  it('adds new entries, keeps every look-up name as an alias and the newest "as of" date', () => {
    const first = mergeLookup(
      [],
      [row('Old Name', 'Old Name', 'CID000009'), row('Smelter not listed', 'Smelter not listed', null)],
      {
        label: 'CMRT 6.1',
        asOf: '2021-04-28',
      },
    );
    expect(first.added.map((e) => [e.smelterId, e.name, e.asOf])).toEqual([['CID000009', 'Old Name', '2021-04-28']]);
    const second = mergeLookup(first.added, [row('Nickname', 'New Name', 'CID000009')], {
      label: 'CMRT 6.4',
      asOf: '2024-04-26',
    });
    expect(second.updated[0]).toMatchObject({
      name: 'New Name',
      aliases: ['Nickname', 'Old Name'],
      asOf: '2024-04-26',
      sources: ['CMRT 6.1', 'CMRT 6.4'],
    });
  });
});

describe('nameForms: fold, normalise and fingerprint in one pass', () => {
  const reference = (name: string) => {
    const folded = foldName(name);
    const normal = normaliseName(name);
    return { folded, normal, key: fingerprint(name) };
  };

  it.each([
    'Mitsui Mining & Smelting Co., Ltd.',
    'PT Timah Tbk (Mentok)',
    'Métallo Belgium N.V.',
    'Co. Ltd.',
    'the group',
    '',
    '   ',
    '...',
    'Jiangxi  Copper\tCo',
    '株洲冶炼集团',
    'A.B.C. Refining -- 2',
    'Metal Metal metal',
  ])('%j has the forms of the three steps', (name) => {
    expect(nameForms(name)).toEqual(reference(name));
  });

  it('agrees with the three steps on 5,000 generated names', () => {
    const random = prng(11);
    const pieces = ['Co.', 'Ltd', '&', 'the', 'Tin', 'GOLD', 'é', '.', ',', '-', ' ', '  ', 'a', 'Group', '123', '(x)'];
    const names = Array.from({ length: 5000 }, () =>
      Array.from({ length: Math.floor(random() * 7) }, () => pieces[Math.floor(random() * pieces.length)]).join(
        random() < 0.5 ? ' ' : '',
      ),
    );
    expect(names.filter((n) => JSON.stringify(nameForms(n)) !== JSON.stringify(reference(n)))).toEqual([]);
  });
});
