import { describe, expect, it } from 'vitest';
import { readTable } from '../supply-chain/read-table.js';
import { csvCell, toCsv } from './register-table.js';
import { resolveMaterialText, riskMaterialFor } from './supplier-materials.js';
import { ZSupplierProfileInput } from './supplier-profile.schema.js';
import { supplierInherentRisk } from './supplier-risk.js';
import { writeXlsx } from './write-xlsx.js';

describe('supplier materials and inherent risk', () => {
  it('resolves ids, names in English and Dutch and aliases; suggests close matches otherwise', () => {
    expect(resolveMaterialText('copper-scrap')).toMatchObject({ status: 'found', material: { id: 'copper-scrap' } });
    expect(resolveMaterialText('Koperschroot')).toMatchObject({ status: 'found', material: { id: 'copper-scrap' } });
    expect(resolveMaterialText('cassiterite')).toMatchObject({ status: 'found', material: { id: 'tin-ore' } });
    const ambiguous = resolveMaterialText('ore');
    expect(ambiguous.status).toBe('ambiguous');
    const unknown = resolveMaterialText('stainles stel scrap');
    expect(unknown.status).toBe('unknown');
    expect(unknown.status !== 'found' && unknown.suggestions[0]?.id).toBe('steel-scrap');
  });

  it('scores a recycled supplier with the scrap material where the catalogue has one', () => {
    const copper = resolveMaterialText('copper');
    const cobalt = resolveMaterialText('cobalt');
    if (copper.status !== 'found' || cobalt.status !== 'found') throw new Error('catalogue changed');
    expect(riskMaterialFor(copper.material, true).id).toBe('copper-scrap');
    expect(riskMaterialFor(copper.material, false).id).toBe('copper');
    expect(riskMaterialFor(cobalt.material, true).id).toBe('cobalt');
  });

  it('takes the highest theme over the materials, with the scan that explains it', () => {
    const risk = supplierInherentRisk({ country: 'CD', materials: ['copper', 'cobalt', 'nonsense'], recycled: false });
    expect(risk.status).toBe('scored');
    expect(risk.top).toMatchObject({
      materialId: 'cobalt',
      level: 'very_high',
      href: '/scan?material=cobalt&country=CD',
    });
    expect(risk.materials[2]).toMatchObject({ text: 'nonsense', materialId: null, level: null });
    expect(supplierInherentRisk({ country: null, materials: ['tin'], recycled: false }).status).toBe('no_country');
    expect(supplierInherentRisk({ country: 'ZZ', materials: ['tin'], recycled: false }).status).toBe('unknown_country');
    expect(supplierInherentRisk({ country: 'DE', materials: [], recycled: false }).status).toBe('no_materials');
  });
});

describe('supplier profile input', () => {
  it('parses a form post into catalogue ids, lists, numbers and contacts', () => {
    expect(
      ZSupplierProfileInput.parse({
        name: ' Rheinwerk ',
        country: 'Duitsland',
        materials: 'aluminium; Koperschroot, aluminium',
        sites: 'Duisburg\r\nEssen\n',
        contacts: 'Anna Jansen <anna@x.example>\nJan, jan@y.example\nPiet',
        cnCodes: '7601, 7404.00',
        annualVolume: '1.250,5',
        spend: '',
        recycled: 'on',
      }),
    ).toEqual({
      name: 'Rheinwerk',
      identifier: null,
      country: 'DE',
      sites: ['Duisburg', 'Essen'],
      contacts: [
        { name: 'Anna Jansen', email: 'anna@x.example' },
        { name: 'Jan', email: 'jan@y.example' },
        { name: 'Piet', email: null },
      ],
      materials: ['aluminium', 'copper-scrap'],
      cnCodes: ['7601', '740400'],
      annualVolume: 1250.5,
      volumeUnit: null,
      tier: 1,
      recycled: true,
      spend: null,
      leverage: null,
      responseDue: null,
    });
  });

  it('names the field in every message', () => {
    const result = ZSupplierProfileInput.safeParse({
      name: '',
      tier: '0',
      annualVolume: '-1',
      responseDue: '2025-13-01',
      contacts: [{ name: 'A', email: 'not-an-address@' }],
    });
    const issues = result.error?.issues.map((i) => [i.path.join('.'), i.message.split(':')[0]]);
    expect(issues).toEqual([
      ['name', 'Name'],
      ['contacts', 'Contacts, line 1'],
      ['annualVolume', 'Annual volume'],
      ['tier', 'Tier'],
      ['responseDue', 'Template due'],
    ]);
  });
});

describe('register export', () => {
  it('quotes every CSV cell and neutralises formulas', () => {
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    expect(csvCell('-2')).toBe(`"'-2"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\tx')).toBe(`"'\tx"`);
    expect(csvCell('a "b", c')).toBe(`"a ""b"", c"`);
    expect(csvCell(12.5)).toBe('"12.5"');
    expect(csvCell(null)).toBe('""');
    expect(toCsv([['a', 'b\nc']])).toBe('"a","b\nc"\r\n');
  });

  it('writes an XLSX that the table reader reads back, with escaped text and numbers', () => {
    const bytes = writeXlsx('Suppliers', [
      ['Name', 'Volume'],
      ['A & B <c> "d"', 3.5],
      ['=cmd|x', null],
      ['\u0001control', 0],
    ]);
    expect(readTable(bytes, 'x.xlsx')).toEqual({
      header: ['Name', 'Volume'],
      rows: [
        { line: 2, values: { Name: 'A & B <c> "d"', Volume: '3.5' } },
        { line: 3, values: { Name: '=cmd|x', Volume: '' } },
        { line: 4, values: { Name: 'control', Volume: '0' } },
      ],
    });
  });
});
