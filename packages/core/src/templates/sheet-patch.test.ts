import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32.js';
import { type CellWrite, patchSheetXml } from './sheet-patch.js';

const text = (t: string, formula: CellWrite['formula'] = 'replace'): CellWrite => ({
  patch: { kind: 'text', text: t },
  formula,
});
const sheet = (rows: string) =>
  `<worksheet><dimension ref="A1:D9"/><sheetData>${rows}</sheetData><dataValidations count="1"/></worksheet>`;

describe('patchSheetXml', () => {
  it('rewrites a cell in place, keeping its style, as an inline string', () => {
    const xml = sheet('<row r="8" spans="2:10"><c r="B8" s="3" t="s"><v>1</v></c><c r="D8" s="7"/></row>');
    expect(patchSheetXml(xml, new Map([['D8', text('Acme & Co <NL>')]]))).toBe(
      sheet(
        '<row r="8" spans="2:10"><c r="B8" s="3" t="s"><v>1</v></c><c r="D8" s="7" t="inlineStr"><is><t xml:space="preserve">Acme &amp; Co &lt;NL&gt;</t></is></c></row>',
      ),
    );
  });
  it('inserts missing cells and rows in order', () => {
    const xml = sheet('<row r="2"><c r="C2"><v>1</v></c></row><row r="5"/>');
    const out = patchSheetXml(
      xml,
      new Map<string, CellWrite>([
        ['A2', { patch: { kind: 'number', value: 45442 }, formula: 'replace' }],
        ['D2', text('x')],
        ['B3', text('y')],
        ['A5', text('z')],
        ['A9', { patch: { kind: 'empty' }, formula: 'replace' }],
      ]),
    );
    expect(out).toBe(
      sheet(
        '<row r="2"><c r="A2"><v>45442</v></c><c r="C2"><v>1</v></c><c r="D2" t="inlineStr"><is><t xml:space="preserve">x</t></is></c></row>' +
          '<row r="3"><c r="B3" t="inlineStr"><is><t xml:space="preserve">y</t></is></c></row>' +
          '<row r="5"><c r="A5" t="inlineStr"><is><t xml:space="preserve">z</t></is></c></row>' +
          '<row r="9"><c r="A9"/></row>',
      ),
    );
  });
  it('drops a formula it overwrites, but keeps it when asked to cache, or when other cells share it', () => {
    const xml = sheet(
      '<row r="5"><c r="B5" t="str"><f>IF(A5="","",1)</f><v></v></c><c r="C5" t="str"><f>A5&amp;B5</f><v>x</v></c><c r="D5"><f t="shared" ref="D5:D9" si="0">A5</f><v>0</v></c></row>',
    );
    const out = patchSheetXml(
      xml,
      new Map([
        ['B5', text('Tin')],
        ['C5', text('Tin', 'cache')],
        ['D5', text('kept')],
      ]),
    );
    expect(out).toContain('<c r="B5" t="inlineStr"><is><t xml:space="preserve">Tin</t></is></c>');
    expect(out).toContain('<c r="C5" t="str"><f>A5&amp;B5</f><v>Tin</v></c>');
    expect(out).toContain('<c r="D5" t="str"><f t="shared" ref="D5:D9" si="0">A5</f><v>kept</v></c>');
  });
  it('expands an empty sheetData', () => {
    expect(patchSheetXml('<worksheet><sheetData/></worksheet>', new Map([['A1', text('a')]]))).toBe(
      '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">a</t></is></c></row></sheetData></worksheet>',
    );
  });
  it('strips characters XML cannot hold', () => {
    expect(patchSheetXml(sheet(''), new Map([['A1', text('a\u0001b')]]))).toContain('>ab</t>');
  });
});

describe('crc32', () => {
  it('matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});
