/**
 * Opens an .xlsx package and gives access to its sheets by name (never by index: sheet order
 * differs between template versions, RMI-TEMPLATES §2.1). Only the parts actually asked for are
 * inflated: workbook.xml, its rels, sharedStrings and the requested worksheets.
 */
import { AppError } from '../errors.js';
import { ByteScan } from './byte-scan.js';
import { assertZipContainer } from './file-sniff.js';
import { NO_STRINGS, SharedStrings, type StringTable } from './shared-strings.js';
import { type ScanOptions, type SheetCells, scanSheet } from './sheet-cells.js';
import { assertSafeXmlBytes } from './xml-bytes.js';
import { assertSafeXml, attrIn, decodeXmlText, startTags } from './xml-text.js';
import { DEFAULT_ZIP_LIMITS, type InflateRaw, ZipArchive, type ZipLimits } from './zip-archive.js';

/** A sheet as listed in workbook.xml (§18.2.19). */
export type SheetInfo = {
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  /** Package path of the worksheet part, e.g. `xl/worksheets/sheet4.xml`. */
  readonly path: string;
};

/** A defined name (§18.2.5): its name, text, and the sheet it is local to. */
export type DefinedName = { readonly name: string; readonly formula: string; readonly localSheet?: number };

/** Resolves a relationship target against the folder of its source part (OPC, ECMA-376 Part 2 §9.3). */
export function resolvePartPath(sourceDir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = sourceDir ? sourceDir.split('/') : [];
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** Parses a .rels part into Id → {type, target}. */
export function parseRels(xml: string): Map<string, { type: string; target: string }> {
  const rels = new Map<string, { type: string; target: string }>();
  for (const { start, end } of startTags(xml, 'Relationship')) {
    const id = attrIn(xml, start, end, 'Id');
    const target = attrIn(xml, start, end, 'Target');
    if (id && target) rels.set(id, { type: attrIn(xml, start, end, 'Type') ?? '', target: decodeXmlText(target) });
  }
  return rels;
}

const notWorkbook = (what: string): AppError =>
  new AppError(
    'unreadable_file',
    `${what} is a zip package but not an Excel workbook (no spreadsheet part was found). Ask the supplier for the RMI template saved as .xlsx.`,
  );

/** An opened .xlsx package. */
export class Workbook {
  readonly zip: ZipArchive;
  /** Package path of workbook.xml. */
  readonly workbookPath: string;
  readonly workbookXml: string;
  readonly sheets: readonly SheetInfo[];
  readonly definedNames: readonly DefinedName[];
  private readonly sharedStringsPath: string | undefined;
  private sharedStrings: StringTable | undefined;
  private readonly scanned = new Map<string, SheetCells>();
  /** The WebAssembly byte searches, or `null` to search in JavaScript. */
  private readonly engine: ByteScan | null;

  private constructor(
    zip: ZipArchive,
    workbookPath: string,
    workbookXml: string,
    sheets: SheetInfo[],
    names: DefinedName[],
    sst: string | undefined,
    engine: ByteScan | null,
  ) {
    this.zip = zip;
    this.workbookPath = workbookPath;
    this.workbookXml = workbookXml;
    this.sheets = sheets;
    this.definedNames = names;
    this.sharedStringsPath = sst;
    this.engine = engine;
  }

  /** Opens the package; throws `unreadable_file` for anything that is not a readable .xlsx. */
  static open(
    bytes: Uint8Array,
    options: { fileName?: string; limits?: ZipLimits; inflateRaw?: InflateRaw; simd?: boolean } = {},
  ): Workbook {
    assertZipContainer(bytes, options.fileName);
    const what = options.fileName ? `"${options.fileName}"` : 'The file';
    const zip = ZipArchive.open(bytes, options.limits ?? DEFAULT_ZIP_LIMITS, options.inflateRaw);
    let workbookPath = 'xl/workbook.xml';
    const rootRels = zip.readText('_rels/.rels');
    if (rootRels !== undefined) {
      assertSafeXml(rootRels, '_rels/.rels');
      for (const rel of parseRels(rootRels).values()) {
        if (rel.type.endsWith('/officeDocument')) workbookPath = resolvePartPath('', rel.target);
      }
    }
    if (!zip.has(workbookPath)) {
      if (zip.has('word/document.xml'))
        throw new AppError(
          'unreadable_file',
          `${what} is a Word document, not an Excel workbook. Ask the supplier for the RMI template saved as .xlsx.`,
        );
      if (zip.has('ppt/presentation.xml'))
        throw new AppError(
          'unreadable_file',
          `${what} is a PowerPoint file, not an Excel workbook. Ask the supplier for the RMI template saved as .xlsx.`,
        );
      if (zip.has('content.xml'))
        throw new AppError(
          'unreadable_file',
          `${what} is an OpenDocument (.ods) file. Ask the supplier to save the RMI template as .xlsx.`,
        );
      throw notWorkbook(what);
    }
    const workbookXml = zip.readText(workbookPath) ?? '';
    assertSafeXml(workbookXml, workbookPath);
    const dir = workbookPath.includes('/') ? workbookPath.slice(0, workbookPath.lastIndexOf('/')) : '';
    const relsPath = `${dir ? `${dir}/` : ''}_rels/${workbookPath.slice(dir ? dir.length + 1 : 0)}.rels`;
    const relsXml = zip.readText(relsPath);
    if (relsXml === undefined) throw notWorkbook(what);
    assertSafeXml(relsXml, relsPath);
    const rels = parseRels(relsXml);
    const sheets: SheetInfo[] = [];
    for (const { start, end } of startTags(workbookXml, 'sheet')) {
      const name = attrIn(workbookXml, start, end, 'name');
      const rid = attrIn(workbookXml, start, end, 'r:id');
      const rel = rid ? rels.get(rid) : undefined;
      if (name === undefined || !rel) continue;
      const state = attrIn(workbookXml, start, end, 'state');
      sheets.push({
        name: decodeXmlText(name),
        state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
        path: resolvePartPath(dir, rel.target),
      });
    }
    if (sheets.length === 0) throw notWorkbook(what);
    const names: DefinedName[] = [];
    let i = 0;
    for (;;) {
      i = workbookXml.indexOf('<definedName ', i);
      if (i < 0) break;
      const tagEnd = workbookXml.indexOf('>', i);
      const close = workbookXml.indexOf('</definedName>', tagEnd);
      if (tagEnd < 0 || close < 0) break;
      const name = attrIn(workbookXml, i, tagEnd, 'name');
      const local = attrIn(workbookXml, i, tagEnd, 'localSheetId');
      if (name !== undefined) {
        names.push({
          name: decodeXmlText(name),
          formula: decodeXmlText(workbookXml.slice(tagEnd + 1, close)),
          ...(local !== undefined ? { localSheet: Number(local) } : {}),
        });
      }
      i = close;
    }
    let sst: string | undefined;
    for (const rel of rels.values()) if (rel.type.endsWith('/sharedStrings')) sst = resolvePartPath(dir, rel.target);
    const engine = options.simd === false ? null : (ByteScan.get() ?? null);
    return new Workbook(zip, workbookPath, workbookXml, sheets, names, sst, engine);
  }

  /** The sheet listed under this name, if any. */
  sheetInfo(name: string): SheetInfo | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** True when the workbook has a sheet of this name. */
  hasSheet(name: string): boolean {
    return this.sheetInfo(name) !== undefined;
  }

  /** The shared-string table (inflated on first use). */
  strings(): StringTable {
    if (this.sharedStrings === undefined) {
      const xml = this.sharedStringsPath ? this.zip.read(this.sharedStringsPath) : undefined;
      if (xml !== undefined && this.sharedStringsPath) assertSafeXmlBytes(xml, this.sharedStringsPath);
      this.sharedStrings = xml === undefined ? NO_STRINGS : new SharedStrings(xml, this.engine);
    }
    return this.sharedStrings;
  }

  /** Raw XML of a sheet's part, checked for DTDs; `undefined` when the sheet or part is missing. */
  sheetXml(name: string): string | undefined {
    const info = this.sheetInfo(name);
    if (!info) return undefined;
    const xml = this.zip.readText(info.path);
    if (xml === undefined) {
      throw new AppError(
        'unreadable_file',
        `The workbook lists the sheet "${name}" but its part ${info.path} is missing; the file is damaged. Ask the supplier to send it again.`,
      );
    }
    assertSafeXml(xml, info.path);
    return xml;
  }

  /** The cached cell values of a sheet (scanned once; the first call's options apply), or `undefined` when there is no such sheet. */
  sheet(name: string, options?: ScanOptions): SheetCells | undefined {
    const cached = this.scanned.get(name);
    if (cached) return cached;
    const info = this.sheetInfo(name);
    if (!info) return undefined;
    const bytes = this.zip.read(info.path);
    if (bytes === undefined) {
      throw new AppError(
        'unreadable_file',
        `The workbook lists the sheet "${name}" but its part ${info.path} is missing; the file is damaged. Ask the supplier to send it again.`,
      );
    }
    assertSafeXmlBytes(bytes, info.path);
    const cells = scanSheet(name, bytes, this.strings(), options, this.engine);
    this.scanned.set(name, cells);
    return cells;
  }
}
