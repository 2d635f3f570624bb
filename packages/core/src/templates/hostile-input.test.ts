import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { minimalWorkbook } from '../test-support/minimal-workbook.js';
import { sharedPath } from '../test-support/shared-files.js';
import { readTemplate } from './read-template.js';
import { Workbook } from './workbook.js';
import { ZipArchive } from './zip-archive.js';
import { rewriteZip } from './zip-write.js';

const enc = new TextEncoder();

/** A minimal .xlsx with the given sheets (name → sheet XML) and optional workbook XML. */
function workbook(sheets: Record<string, string>, workbookXml?: string): Uint8Array {
  return minimalWorkbook(sheets, workbookXml === undefined ? {} : { workbookXml });
}

function unreadable(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('unreadable_file');
    return e as AppError;
  }
  throw new Error('expected an unreadable_file error');
}

describe('files that are not workbooks', () => {
  it('says a JPEG named .xls is an image', () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
    expect(unreadable(() => readTemplate(jpeg, { fileName: 'invalid.xls' })).message).toMatch(/JPEG image/);
  });
  it('says a CFB file is a legacy .xls and what to send instead', () => {
    const cfb = new Uint8Array(1024);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const message = unreadable(() => readTemplate(cfb)).message;
    expect(message).toMatch(/legacy \.xls/);
    expect(message).toMatch(/\.xlsx/);
  });
  it('says a CFB file with EncryptionInfo is password-protected', () => {
    const cfb = new Uint8Array(2048);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = 'EncryptionInfo';
    for (let i = 0; i < name.length; i++) cfb[1024 + i * 2] = name.charCodeAt(i);
    expect(unreadable(() => readTemplate(cfb)).message).toMatch(/password-protected/);
  });
  it('rejects empty, PDF and text files', () => {
    expect(unreadable(() => readTemplate(new Uint8Array())).message).toMatch(/empty/);
    expect(unreadable(() => readTemplate(enc.encode('%PDF-1.7 ...'))).message).toMatch(/PDF/);
    expect(unreadable(() => readTemplate(enc.encode('Metal;Smelter\nTin;X\n'))).message).toMatch(/text file/);
  });
  it('rejects a zip that is a Word document or has no workbook part', () => {
    expect(unreadable(() => readTemplate(zipSync({ 'word/document.xml': enc.encode('<w/>') }))).message).toMatch(
      /Word/,
    );
    expect(unreadable(() => readTemplate(zipSync({ 'a.txt': enc.encode('x') }))).message).toMatch(
      /not an Excel workbook/,
    );
  });
});

describe('hostile zip packages', () => {
  it('refuses a zip bomb by its compression ratio before inflating it', () => {
    const bomb = zipSync({ 'xl/workbook.xml': new Uint8Array(12 * 1024 * 1024) }, { level: 9 });
    expect(unreadable(() => ZipArchive.open(bomb).read('xl/workbook.xml')).message).toMatch(/zip bomb/);
  });
  it('refuses a part larger than the size limit', () => {
    const big = zipSync({ 'xl/workbook.xml': new Uint8Array(2 * 1024 * 1024) });
    const limits = { maxEntries: 100, maxEntrySize: 1024 * 1024, maxTotalSize: 8 * 1024 * 1024, maxRatio: 10_000 };
    expect(unreadable(() => ZipArchive.open(big, limits).read('xl/workbook.xml')).message).toMatch(/over the limit/);
  });
  it('stops a part that inflates to more than it declares', () => {
    const bytes = zipSync({ 'xl/workbook.xml': new Uint8Array(4 * 1024 * 1024) });
    // Lie about the size: 100 bytes in the local and the central header.
    const view = new DataView(bytes.buffer);
    view.setUint32(22, 100, true);
    const cd = bytes.length - 22 - (46 + 'xl/workbook.xml'.length);
    view.setUint32(cd + 24, 100, true);
    expect(unreadable(() => ZipArchive.open(bytes).read('xl/workbook.xml')).message).toMatch(
      /damaged: the part inflates to more than its zip record declares/,
    );
  });
  it('holds a caller-supplied inflater to the declared size', () => {
    const bytes = zipSync({ 'xl/workbook.xml': new Uint8Array(4 * 1024) });
    const refuse = (inflateRaw: (raw: Uint8Array, size: number) => Uint8Array) =>
      unreadable(() => ZipArchive.open(bytes, undefined, inflateRaw).read('xl/workbook.xml')).message;
    expect(refuse((_raw, size) => new Uint8Array(size + 1))).toMatch(
      /damaged: the part inflates to more than its zip record declares/,
    );
    expect(
      refuse(() => {
        throw new RangeError('Cannot create a Buffer larger than 4097 bytes');
      }),
    ).toMatch(/damaged: the part inflates to more than its zip record declares/);
    expect(refuse((_raw, size) => new Uint8Array(size - 1))).toMatch(/shorter than its zip record declares/);
    expect(
      refuse(() => {
        throw new Error('invalid stored block lengths');
      }),
    ).toMatch(/cannot be decompressed/);
    expect(
      ZipArchive.open(bytes, undefined, (_raw, size) => new Uint8Array(size)).read('xl/workbook.xml'),
    ).toHaveLength(4 * 1024);
  });
  it('refuses too many entries', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 30; i++) files[`f${i}`] = new Uint8Array(1);
    const limits = { maxEntries: 10, maxEntrySize: 1024, maxTotalSize: 1024, maxRatio: 100 };
    expect(unreadable(() => ZipArchive.open(zipSync(files), limits)).message).toMatch(/30 parts/);
  });
  it('refuses XML with a DTD or entities (billion laughs)', () => {
    const lol =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><workbook>&lol2;</workbook>';
    expect(unreadable(() => readTemplate(workbook({ Declaration: '<worksheet/>' }, lol))).message).toMatch(/DTD/);
  });
  it('refuses impossible sheet dimensions', () => {
    const huge = '<worksheet><sheetData><row r="1"><c r="A99999999" t="str"><v>x</v></c></row></sheetData></worksheet>';
    expect(
      unreadable(() => readTemplate(workbook({ Declaration: huge, 'Smelter List': '<worksheet/>' }))).message,
    ).toMatch(/impossible dimensions/);
    const dim = '<worksheet><dimension ref="A1:ZZZZ1"/><sheetData/></worksheet>';
    expect(
      unreadable(() => readTemplate(workbook({ Declaration: dim, 'Smelter List': '<worksheet/>' }))).message,
    ).toMatch(/impossible dimensions/);
  });
  it('reports a workbook without the template sheets as a finding, not an error', () => {
    const result = readTemplate(workbook({ Sheet1: '<worksheet><sheetData/></worksheet>' }));
    expect(result.declaration).toBeUndefined();
    expect(result.findings.map((f) => f.code)).toEqual(['not_a_template']);
  });
});

const dir = sharedPath('rmi-templates');

describe.skipIf(!dir)('damaged copies of a real template', () => {
  // Read only when the samples exist: a skipped suite still runs this body to collect its tests.
  const bytes = dir
    ? new Uint8Array(readFileSync(join(dir, 'CMRT-6.4_blank_en_mineral-system.xlsx')))
    : new Uint8Array();
  it('says a truncated file is damaged and should be sent again', () => {
    const message = unreadable(() => readTemplate(bytes.subarray(0, bytes.length >> 1))).message;
    expect(message).toMatch(/damaged: no zip directory was found at the end/);
  });
  it('names the sheet whose part is missing from the package', () => {
    const wb = Workbook.open(bytes);
    const declaration = wb.sheetInfo('Declaration')?.path ?? '';
    const damaged = rewriteZip(wb.zip, { replace: new Map(), remove: new Set([declaration]) });
    expect(unreadable(() => readTemplate(damaged)).message).toMatch(
      /damaged: the workbook lists the sheet "Declaration" but its part is missing \(part xl\/worksheets\/sheet\d+\.xml\)/,
    );
  });
  it('says the file is damaged when the zip directory points past the end', () => {
    expect(unreadable(() => readTemplate(bytes.subarray(0, bytes.length - 30))).message).toMatch(
      /damaged: no zip directory was found at the end/,
    );
  });
});
