import { describe, expect, test } from 'vitest';
import { writeXlsx } from '../suppliers/write-xlsx.js';
import { readImportFile } from './read-import-file.js';
import { readImportTable } from './read-imports.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const readCsv = (text: string, decimalMark?: 'comma' | 'point') =>
  readImportTable(readImportFile(bytes(text), 'imports.csv'), decimalMark ? { decimalMark } : {});
const kgOf = (text: string, decimalMark?: 'comma' | 'point') => readCsv(text, decimalMark).lines.map((l) => l.annualKg);

describe('readImportTable: volumes are read by the file’s convention, never silently one way', () => {
  test('6.000;kg in a Dutch CSV (";" separator, decimal commas) is 6 000 kg', () => {
    const read = readCsv('gn_code;hoeveelheid;eenheid;gerecycled\n2609 00 00;6.000;kg;nee\n8001;12,5;t;ja\n');
    expect(read.issues).toEqual([]);
    expect(read.convention).toMatchObject({ mark: 'comma', basis: 'figures' });
    expect(read.lines).toEqual([
      { row: 2, cnCode: '2609 00 00', annualKg: 6000, recycled: false },
      { row: 3, cnCode: '8001', annualKg: 12500, recycled: true },
    ]);
  });

  test('a ";" file with only "6.000" is read by its separator', () => {
    const read = readCsv('cn_code;quantity;unit\n2609 00 00;6.000;kg\n');
    expect(read.convention).toMatchObject({ mark: 'comma', basis: 'delimiter' });
    expect(read.lines[0]?.annualKg).toBe(6000);
  });

  test('"150,000" in a comma CSV with nothing else to go by stops with the row and both readings', () => {
    const read = readCsv('cn_code,quantity,unit\n2609 00 00,"150,000",kg\n');
    expect(read.lines).toEqual([]);
    expect(read.issues).toEqual([
      {
        row: 2,
        field: 'quantity',
        column: 'quantity',
        code: 'quantity_ambiguous',
        params: { value: '150,000', point: 150000, comma: 150, unit: 'kg' },
      },
    ]);
  });

  test.each([
    ['declared decimal point', 'cn_code,quantity,unit\n2609,"150,000",kg\n', 'point', [150000]],
    ['declared decimal comma', 'cn_code,quantity,unit\n2609,"150,000",kg\n', 'comma', [150]],
    [
      'another figure only a point can read',
      'cn_code,quantity,unit\n2609,"150,000",kg\n8001,0.5,t\n',
      undefined,
      [150000, 500],
    ],
    [
      '"1.500,5" decides for the comma',
      'cn_code,quantity,unit\n2609,"1.500,5",kg\n8001,6.000,kg\n',
      undefined,
      [1500.5, 6000],
    ],
    [
      'plain figures need no convention',
      'cn_code,quantity,unit\n2609,6000,kg\n8001,6 000,kg\n',
      undefined,
      [6000, 6000],
    ],
    ['a unit after the figure', 'cn_code,quantity\n2609,6 t\n8001,150000 g\n', undefined, [6000, 150]],
    ['the old annual_kg column means kg', 'cn_code,annual_kg,recycled\n2609,5000,false\n', undefined, [5000]],
  ])('%s', (_name, text, mark, kg) => {
    const read = readCsv(text, mark as 'comma' | 'point' | undefined);
    expect(read.issues).toEqual([]);
    expect(read.lines.map((l) => l.annualKg)).toEqual(kg);
  });

  test('";" separator contradicted by a point-only figure: the ambiguous figure stops, naming its row', () => {
    const read = readCsv('cn_code;quantity;unit\n2609;12.5;kg\n8001;6.000;kg\n');
    expect(read.convention.basis).toBe('conflict');
    expect(read.issues.map((i) => [i.row, i.code])).toEqual([[3, 'quantity_ambiguous']]);
  });

  test('a figure the declared mark cannot read is refused', () => {
    const read = readCsv('cn_code,quantity,unit\n2609,"1.500,5",kg\n', 'point');
    expect(read.issues.map((i) => [i.row, i.code])).toEqual([[2, 'quantity_wrong_mark']]);
  });
});

describe('readImportTable: units other than kg are converted or refused by name', () => {
  test.each([
    ['t', '6', 6000],
    ['tonnes', '6', 6000],
    ['g', '150000', 150],
    ['troy oz', '1000', 31.103477],
  ])('%s', (unit, figure, kg) => {
    expect(kgOf(`cn_code,quantity,unit\n7108,${figure},${unit}\n`)).toEqual([kg]);
  });

  test.each([
    ['ton', 'unit_ambiguous'],
    ['oz', 'unit_ambiguous'],
    ['pcs', 'unit_unknown'],
    ['', 'unit_empty'],
  ])('%j is refused', (unit, code) => {
    const read = readCsv(`cn_code,quantity,unit\n7108,100,${unit}\n`);
    expect(read.lines).toEqual([]);
    expect(read.issues).toMatchObject([{ row: 2, field: 'unit', column: 'unit', code }]);
  });

  test('a unit column that disagrees with the unit after the figure is refused', () => {
    expect(readCsv('cn_code,quantity,unit\n7108,100 g,kg\n').issues).toMatchObject([{ code: 'unit_conflict' }]);
  });
});

describe('readImportTable: other fields and files', () => {
  test('bad values name the row and the file’s own column', () => {
    const read = readCsv(
      'gn_code;hoeveelheid;eenheid;gerecycled;geraffineerd;herkomstland\n' +
        'abc;1;kg;nee;;\n2609;;kg;nee;;\n2609;1;kg;misschien;;\n7108;1;kg;nee;wel;\n2609;1;kg;nee;;QQ\n2609;1;kg;nee;;CD\n',
    );
    expect(read.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [2, 'gn_code', 'cn_invalid'],
      [3, 'hoeveelheid', 'quantity_empty'],
      [4, 'gerecycled', 'recycled_invalid'],
      [5, 'geraffineerd', 'gold_refined_invalid'],
      [6, 'herkomstland', 'origin_invalid'],
    ]);
    expect(read.lines.map((l) => l.row)).toEqual([7]);
  });

  test('missing columns are issues without a row', () => {
    expect(readCsv('code,kg\n1,2\n').issues).toMatchObject([
      { row: null, code: 'missing_column', params: { column: 'cn_code' } },
    ]);
    expect(readCsv('cn_code\n2609\n').issues).toMatchObject([
      { row: null, code: 'missing_column', params: { column: 'quantity' } },
    ]);
    expect(readCsv('cn_code,quantity,unit\n').issues).toMatchObject([{ code: 'no_lines' }]);
  });

  test('an XLSX keeps number cells as numbers (no decimal-mark question) and reads text cells like a CSV', () => {
    const xlsx = writeXlsx('Imports', [
      ['cn_code', 'quantity', 'unit', 'gold_refined'],
      ['7108 12 00', 150, 'kg', 'ja'],
      ['8103 91 00', 1500.5, 'kg', ''],
      ['2609 00 00', '6.000', 'kg', ''],
    ]);
    const read = readImportTable(readImportFile(xlsx, 'imports.xlsx'));
    expect(read.lines.map((l) => [l.row, l.annualKg, l.goldRefined])).toEqual([
      [2, 150, true],
      [3, 1500.5, undefined],
    ]);
    expect(read.issues.map((i) => [i.row, i.code])).toEqual([[4, 'quantity_ambiguous']]);
  });
});
