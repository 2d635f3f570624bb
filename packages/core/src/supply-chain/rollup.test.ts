import { describe, expect, it } from 'vitest';
import type { SmelterEntry } from '../smelters/register.js';
import { type Declaration, smelterRow } from '../templates/index.js';
import { originCountries, originsBySmelterRow } from './origins.js';
import { conformanceListMetals, type ReportedSmelter, RMI_CONFORMANT_LIST, rollUp } from './rollup.js';

const entry = (metal: string, smelterId: string, country: string | null, extra: Partial<SmelterEntry> = {}) =>
  ({
    smelterId,
    metal,
    name: `${metal} works ${smelterId}`,
    country,
    countryName: country,
    aliases: [],
    asOf: '2025-04-25',
    sources: ['CMRT 6.5'],
    conformance: 'unknown',
    ...extra,
  }) satisfies SmelterEntry;

const report = (supplierName: string, e: SmelterEntry, origins: ReportedSmelter['origins'] = []): ReportedSmelter => ({
  supplierId: supplierName,
  supplierName,
  entry: e,
  origins,
});

describe('RMAP status in the roll-up', () => {
  const tin = entry('Tin', 'CID000001', 'ID');
  const gold = entry('Gold', 'CID000002', 'CH');
  const goldListed = entry('Gold', 'CID000003', 'CH', { conformance: 'conformant', sources: [RMI_CONFORMANT_LIST] });

  it('is unknown, never "not conformant", while no conformant list was imported', () => {
    const { smelters, coverage } = rollUp([report('A', tin), report('B', gold)], { total: 2, responded: 2 });
    expect(smelters.map((s) => [s.smelterId, s.conformance, s.redFlags])).toEqual([
      ['CID000002', 'unknown', []],
      ['CID000001', 'unknown', []],
    ]);
    expect(coverage).toMatchObject({ unknown: 2, conformant: 0, metalsWithoutList: ['Gold', 'Tin'] });
  });

  it('is "not conformant" only for the metals whose conformant list was imported', () => {
    const register = [tin, gold, goldListed];
    const listed = conformanceListMetals(register);
    expect([...listed]).toEqual(['gold']);
    const { smelters, coverage } = rollUp(
      [report('A', tin), report('B', gold), report('B', goldListed)],
      { total: 2, responded: 2 },
      listed,
    );
    const byId = new Map(smelters.map((s) => [s.smelterId, s]));
    expect(byId.get('CID000002')).toMatchObject({ conformance: 'not_conformant', redFlags: ['not_conformant'] });
    expect(byId.get('CID000003')).toMatchObject({ conformance: 'conformant', redFlags: [] });
    expect(byId.get('CID000001')).toMatchObject({ conformance: 'unknown', redFlags: [] });
    expect(coverage).toMatchObject({ unknown: 1, conformant: 1, metalsWithoutList: ['Tin'] });
  });

  it('counts a smelter reported for two metals as conformant only when it is for both', () => {
    const a = entry('Tin', 'CID000009', 'MY', { conformance: 'conformant' });
    const b = entry('Tantalum', 'CID000009', 'MY');
    const [line] = rollUp([report('A', a), report('A', b)], { total: 1, responded: 1 }).smelters;
    expect(line?.conformance).toBe('unknown');
  });
});

describe('the CAHRA flag says which country raised it', () => {
  it('tells the smelter’s own country from the origins reported for its minerals', () => {
    const inCongo = entry('Cobalt', 'CID003264', 'CD');
    const inFinland = entry('Cobalt', 'CID003226', 'FI');
    const clean = entry('Cobalt', 'CID003390', 'FI');
    const { smelters } = rollUp(
      [
        report('Supplier A', inCongo, [{ country: 'FI', source: 'smelter_list' }]),
        report('Supplier A', inFinland, [{ country: 'CD', source: 'smelter_list' }]),
        report('Supplier B', inFinland, [{ country: 'CD', source: 'mine_list' }]),
        report('Supplier B', clean, [{ country: 'AU', source: 'mine_list' }]),
      ],
      { total: 2, responded: 2 },
    );
    const byId = new Map(smelters.map((s) => [s.smelterId, s]));
    expect(byId.get('CID003264')).toMatchObject({
      cahra: true,
      redFlags: ['cahra_smelter_country'],
      cahraReasons: [{ kind: 'smelter_country', country: 'CD' }],
    });
    expect(byId.get('CID003226')).toMatchObject({
      cahra: true,
      redFlags: ['cahra_origin'],
      cahraReasons: [
        {
          kind: 'reported_origin',
          country: 'CD',
          sources: ['smelter_list', 'mine_list'],
          suppliers: ['Supplier A', 'Supplier B'],
        },
      ],
    });
    expect(byId.get('CID003390')).toMatchObject({ cahra: false, redFlags: [], cahraReasons: [] });
    expect(byId.get('CID003390')?.origins).toEqual([
      { country: 'AU', sources: ['mine_list'], suppliers: ['Supplier B'], cahra: false },
    ]);
  });
});

describe('origin countries as suppliers type them', () => {
  it.each([
    ['CHINA', ['CN']],
    ['Congo, The Democratic Republic of the', ['CD']],
    ['Korea, Republic of; Peru', ['KR', 'PE']],
    ['Rwanda, DRC and Burundi', ['RW', 'CD', 'BI']],
    ['Bolivia / Peru\nBrazil', ['BO', 'PE', 'BR']],
    ['recycled or scrap', []],
    ['Ta scrap', []],
    ['N/A', []],
    ['UNKOWN', []],
    ['', []],
  ])('%j names %j', (text, codes) => {
    expect(originCountries(text)).toEqual(codes);
  });

  it('links Mine List rows to the Smelter List row they name (same metal, same name)', () => {
    const declaration = {
      smelters: [
        { ...smelterRow('Cobalt', { lookupName: 'Umicore Finland Oy', mineCountry: 'Australia' }), row: 5 },
        { ...smelterRow('Copper', { lookupName: 'Umicore Finland Oy' }), row: 6 },
      ],
      mines: [
        { metal: 'Cobalt', smelterName: 'UMICORE FINLAND OY', country: 'CD', countryName: 'DRC' },
        { metal: 'Cobalt', smelterName: 'Someone else', country: 'ZM', countryName: 'Zambia' },
      ],
    } as unknown as Declaration;
    const origins = originsBySmelterRow(declaration);
    expect(origins.get(5)).toEqual([
      { country: 'AU', source: 'smelter_list' },
      { country: 'CD', source: 'mine_list' },
    ]);
    expect(origins.get(6)).toBeUndefined();
  });
});
