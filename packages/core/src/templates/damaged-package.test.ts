import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { minimalWorkbook, minimalWorkbookParts, sharedStringsXml } from '../test-support/minimal-workbook.js';
import { sharedPath } from '../test-support/shared-files.js';
import { checkTemplate } from './check-template.js';
import { Workbook } from './workbook.js';
import { ZipArchive } from './zip-archive.js';
import { rewriteZip } from './zip-write.js';

const enc = new TextEncoder();

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('unreadable_file');
    return e as AppError;
  }
  throw new Error('expected an unreadable_file error');
}

/** The refusal's English message, after checking that it says "damaged" in both languages and names the part. */
function damaged(fn: () => unknown, part: string | RegExp): string {
  const e = refusal(fn);
  expect(e.message).toMatch(/^The file is damaged: /);
  expect(e.details.messages?.nl).toMatch(/^Het bestand is beschadigd: /);
  const named = e.details.issues?.[0]?.part ?? '';
  if (typeof part === 'string') expect(named).toBe(part);
  else expect(named).toMatch(part);
  return e.message;
}

const SHEET =
  '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row></sheetData></worksheet>';
const readSheet = (bytes: Uint8Array) => () => Workbook.open(bytes).sheet('Declaration');

describe('a damaged package is called damaged, naming the part', () => {
  it('reads the intact package', () => {
    const wb = Workbook.open(minimalWorkbook({ Declaration: SHEET }, { sharedStrings: sharedStringsXml(['a', 'b']) }));
    expect(wb.sheet('Declaration')?.value(1, 2)).toBe('b');
  });
  it('shared strings removed, emptied, cut short or not a table', () => {
    const parts = minimalWorkbookParts({ Declaration: SHEET }, { sharedStrings: sharedStringsXml(['a', 'b']) });
    const without = (edit: (p: Record<string, Uint8Array>) => void) => {
      const copy = { ...parts };
      edit(copy);
      return zipSync(copy);
    };
    expect(damaged(readSheet(without((p) => delete p['xl/sharedStrings.xml'])), 'xl/sharedStrings.xml')).toMatch(
      /shared text table the workbook refers to is missing/,
    );
    expect(
      damaged(readSheet(without((p) => (p['xl/sharedStrings.xml'] = new Uint8Array()))), 'xl/sharedStrings.xml'),
    ).toMatch(/no XML where a sst was expected/);
    expect(
      damaged(
        readSheet(without((p) => (p['xl/sharedStrings.xml'] = enc.encode(sharedStringsXml([]))))),
        'xl/sharedStrings.xml',
      ),
    ).toMatch(/sheet "Declaration" refers to the shared text table in cell A1, but the package has no shared texts/);
    const cut = sharedStringsXml(['a', 'b']).slice(0, -20);
    expect(
      damaged(readSheet(without((p) => (p['xl/sharedStrings.xml'] = enc.encode(cut)))), 'xl/sharedStrings.xml'),
    ).toMatch(/cut off before its end/);
    const dropped = sharedStringsXml(['a', 'b']).replace('<si><t>b</t></si>', '');
    expect(
      damaged(readSheet(without((p) => (p['xl/sharedStrings.xml'] = enc.encode(dropped)))), 'xl/sharedStrings.xml'),
    ).toMatch(/declares 2 texts but holds 1/);
    expect(
      damaged(
        readSheet(without((p) => (p['xl/sharedStrings.xml'] = enc.encode('<styleSheet></styleSheet>')))),
        'xl/sharedStrings.xml',
      ),
    ).toMatch(/a sst was expected here but the part holds a styleSheet/);
    // No table and no relationship, yet the cells refer to one.
    const bare = minimalWorkbook({ Declaration: SHEET });
    expect(damaged(readSheet(bare), 'xl/sharedStrings.xml')).toMatch(/package has no shared texts/);
  });
  it('a shared-text index beyond the table, in both scans', () => {
    const sheet =
      '<worksheet><sheetData><row r="1"><c r="C4" t="s"><v>12345678901</v></c></row></sheetData></worksheet>';
    const bytes = minimalWorkbook({ Declaration: sheet }, { sharedStrings: sharedStringsXml(['a']) });
    for (const simd of [true, false])
      expect(damaged(() => Workbook.open(bytes, { simd }).sheet('Declaration'), 'xl/sharedStrings.xml')).toMatch(
        /cell C4 refers to shared text 12345678901, but the table holds 1/,
      );
  });
  it('a relationship that points at the wrong part, or a sheet without one', () => {
    const parts = minimalWorkbookParts(
      { Declaration: SHEET, Other: '<worksheet><sheetData/></worksheet>' },
      { sharedStrings: sharedStringsXml(['a', 'b']) },
    );
    const rels = new TextDecoder().decode(parts['xl/_rels/workbook.xml.rels']);
    const wrong = zipSync({
      ...parts,
      'xl/_rels/workbook.xml.rels': enc.encode(rels.replace('worksheets/sheet1.xml', 'sharedStrings.xml')),
    });
    expect(damaged(readSheet(wrong), 'xl/sharedStrings.xml')).toMatch(
      /a worksheet was expected here but the part holds a sst \(the relationship of sheet "Declaration" points at the wrong part\)/,
    );
    const twice = zipSync({
      ...parts,
      'xl/_rels/workbook.xml.rels': enc.encode(rels.replace('worksheets/sheet2.xml', 'worksheets/sheet1.xml')),
    });
    expect(damaged(() => Workbook.open(twice), 'xl/_rels/workbook.xml.rels')).toMatch(
      /sheets "Declaration" and "Other" both point at the part xl\/worksheets\/sheet1.xml/,
    );
    const lost = zipSync({
      ...parts,
      'xl/_rels/workbook.xml.rels': enc.encode(rels.replace('Id="rId2"', 'Id="rId9"')),
    });
    expect(damaged(() => Workbook.open(lost), 'xl/_rels/workbook.xml.rels')).toMatch(
      /lists sheet "Other" but its relationship rId2 is missing/,
    );
  });
  it('a worksheet cut short inside an intact zip', () => {
    const bytes = minimalWorkbook(
      { Declaration: SHEET.slice(0, SHEET.indexOf('</row>')) },
      { sharedStrings: sharedStringsXml(['a', 'b']) },
    );
    expect(damaged(readSheet(bytes), 'xl/worksheets/sheet1.xml')).toMatch(/worksheet is cut off before its end/);
  });
  it('two sheets of the same name (regardless of case)', () => {
    const xml =
      '<workbook xmlns:r="r"><sheets><sheet name="Declaration" sheetId="1" r:id="rId1"/><sheet name="DECLARATION" sheetId="2" r:id="rId2"/></sheets></workbook>';
    const bytes = minimalWorkbook(
      { A: SHEET, B: SHEET },
      { workbookXml: xml, sharedStrings: sharedStringsXml(['a', 'b']) },
    );
    expect(damaged(() => Workbook.open(bytes), 'xl/workbook.xml')).toMatch(/two sheets are named "DECLARATION"/);
  });
  it('two entries of the same name', () => {
    // Two parts whose names differ in one letter, then made equal in both their records.
    const bytes = zipSync({ 'xl/a.xml': enc.encode('<a/>'), 'xl/b.xml': enc.encode('<b/>') }, { level: 0 });
    const name = enc.encode('xl/b.xml');
    for (let i = 0; i + name.length <= bytes.length; i++) {
      if (name.every((c, k) => bytes[i + k] === c)) bytes[i + 3] = 0x61; // b → a
    }
    expect(damaged(() => ZipArchive.open(bytes), 'xl/a.xml')).toMatch(/two entries of this name/);
  });
  it('a CRC mismatch, and a flipped byte in compressed data is never called a zip bomb', () => {
    const bytes = minimalWorkbook({ Declaration: SHEET }, { sharedStrings: sharedStringsXml(['a', 'b']) });
    const zip = ZipArchive.open(bytes);
    const entry = zip.entry('xl/worksheets/sheet1.xml');
    if (!entry) throw new Error('no sheet entry');
    const original = zip.read('xl/worksheets/sheet1.xml');
    let messages = 0;
    for (let at = entry.dataOffset; at < entry.dataOffset + entry.compressedSize; at++) {
      for (const bit of [0, 3, 7]) {
        const copy = bytes.slice();
        copy[at] = (copy[at] ?? 0) ^ (1 << bit);
        try {
          // Only a bit the inflater never looks at (the padding after the last block) may flip unnoticed.
          expect(ZipArchive.open(copy).read('xl/worksheets/sheet1.xml')).toEqual(original);
        } catch (e) {
          if (!(e instanceof AppError)) throw e;
          expect(e.message).not.toMatch(/bomb/);
          expect(e.message).toMatch(/^The file is damaged: /);
          expect(e.details.issues?.[0]?.part).toBe('xl/worksheets/sheet1.xml');
          messages++;
        }
      }
    }
    expect(messages).toBeGreaterThan(entry.compressedSize * 3 - 3);
  });
});

const dir = sharedPath('rmi-templates');

describe.skipIf(!dir)('a real template without its shared strings', () => {
  it('is "damaged", not a blank declaration with "required field is empty" findings', () => {
    const bytes = new Uint8Array(readFileSync(join(dir ?? '', 'CMRT-6.4_blank_en_mineral-system.xlsx')));
    const zip = ZipArchive.open(bytes);
    const removed = rewriteZip(zip, { replace: new Map(), remove: new Set(['xl/sharedStrings.xml']) });
    expect(damaged(() => checkTemplate(removed), 'xl/sharedStrings.xml')).toMatch(/shared text table .* is missing/);
    const emptied = rewriteZip(zip, {
      replace: new Map([['xl/sharedStrings.xml', new Uint8Array()]]),
      remove: new Set(),
    });
    damaged(() => checkTemplate(emptied), 'xl/sharedStrings.xml');
  });
});
