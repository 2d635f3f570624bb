/**
 * Opens an .xlsx package and gives access to its sheets by name (never by index: sheet order
 * differs between template versions, RMI-TEMPLATES §2.1). Only the parts actually asked for are
 * inflated: workbook.xml, its rels, sharedStrings and the requested worksheets.
 */
import { AppError } from '../errors.js';
import { ByteScan } from './byte-scan.js';
import { assertZipContainer } from './file-sniff.js';
import { assertPartShape } from './part-shape.js';
import { DEFAULT_READ_LIMITS, damagedFile, type ReadLimits } from './read-limits.js';
import { NO_STRINGS, SharedStrings, type StringTable } from './shared-strings.js';
import { type ScanOptions, type SheetCells, scanSheet } from './sheet-cells.js';
import { assertSafeXmlBytes, attrAt, indexOfAscii, QUOTE } from './xml-bytes.js';
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
  /** Bounds on every sheet scanned. */
  readonly readLimits: ReadLimits;

  private constructor(
    zip: ZipArchive,
    workbookPath: string,
    workbookXml: string,
    sheets: SheetInfo[],
    names: DefinedName[],
    sst: string | undefined,
    engine: ByteScan | null,
    readLimits: ReadLimits,
  ) {
    this.readLimits = readLimits;
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
    options: {
      fileName?: string;
      limits?: ZipLimits;
      readLimits?: ReadLimits;
      inflateRaw?: InflateRaw;
      simd?: boolean;
    } = {},
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
    const names = new Set<string>();
    const parts = new Map<string, string>();
    for (const { start, end } of startTags(workbookXml, 'sheet')) {
      const raw = attrIn(workbookXml, start, end, 'name');
      const rid = attrIn(workbookXml, start, end, 'r:id');
      if (raw === undefined) continue;
      const name = decodeXmlText(raw);
      const rel = rid ? rels.get(rid) : undefined;
      if (!rel)
        throw damagedFile(
          relsPath,
          {
            en: `the workbook lists sheet "${name}" but its relationship ${rid ?? '(none)'} is missing`,
            nl: `de werkmap noemt werkblad "${name}", maar de relatie ${rid ?? '(geen)'} ervan ontbreekt`,
          },
          { sheet: name },
        );
      // Sheet names are unique regardless of case (Excel refuses a second "Declaration").
      const key = name.toLowerCase();
      if (names.has(key))
        throw damagedFile(
          workbookPath,
          {
            en: `two sheets are named "${name}"`,
            nl: `twee werkbladen heten "${name}"`,
          },
          { sheet: name },
        );
      names.add(key);
      const path = resolvePartPath(dir, rel.target);
      const other = parts.get(path.toLowerCase());
      if (other !== undefined)
        throw damagedFile(
          relsPath,
          {
            en: `sheets "${other}" and "${name}" both point at the part ${path}`,
            nl: `de werkbladen "${other}" en "${name}" wijzen allebei naar het onderdeel ${path}`,
          },
          { sheet: name },
        );
      parts.set(path.toLowerCase(), name);
      const state = attrIn(workbookXml, start, end, 'state');
      sheets.push({ name, state: state === 'hidden' || state === 'veryHidden' ? state : 'visible', path });
    }
    if (sheets.length === 0) throw notWorkbook(what);
    const definedNames: DefinedName[] = [];
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
        definedNames.push({
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
    return new Workbook(
      zip,
      workbookPath,
      workbookXml,
      sheets,
      definedNames,
      sst,
      engine,
      options.readLimits ?? DEFAULT_READ_LIMITS,
    );
  }

  /** The sheet listed under this name, if any. */
  sheetInfo(name: string): SheetInfo | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** True when the workbook has a sheet of this name. */
  hasSheet(name: string): boolean {
    return this.sheetInfo(name) !== undefined;
  }

  /**
   * The shared-string table (inflated on first use). A table the relationships name but the
   * package lacks, that is not a table, is cut short, or holds another number of items than it
   * declares, is damage: its cells would read as empty or as another cell's text.
   */
  strings(): StringTable {
    if (this.sharedStrings === undefined) {
      const path = this.sharedStringsPath;
      if (path === undefined) this.sharedStrings = NO_STRINGS;
      else {
        const xml = this.zip.read(path);
        if (xml === undefined)
          throw damagedFile(path, {
            en: 'the shared text table the workbook refers to is missing',
            nl: 'de tabel met gedeelde teksten waarnaar de werkmap verwijst ontbreekt',
          });
        assertSafeXmlBytes(xml, path);
        assertPartShape(xml, path, 'sst');
        const table = new SharedStrings(xml, this.engine, path);
        const declared = declaredCount(xml);
        if (declared !== undefined && declared !== table.length)
          throw damagedFile(path, {
            en: `the shared text table declares ${declared} texts but holds ${table.length}`,
            nl: `de tabel met gedeelde teksten meldt ${declared} teksten maar bevat er ${table.length}`,
          });
        this.sharedStrings = table;
      }
    }
    return this.sharedStrings;
  }

  /** Raw XML of a sheet's part, checked for DTDs; `undefined` when the sheet or part is missing. */
  sheetXml(name: string): string | undefined {
    const info = this.sheetInfo(name);
    if (!info) return undefined;
    const bytes = this.zip.read(info.path, name);
    if (bytes === undefined) throw missingSheetPart(name, info.path);
    assertSafeXmlBytes(bytes, info.path);
    assertPartShape(bytes, info.path, 'worksheet', name);
    return new TextDecoder('utf-8').decode(bytes);
  }

  /** The cached cell values of a sheet (scanned once; the first call's options apply), or `undefined` when there is no such sheet. */
  sheet(name: string, options?: ScanOptions): SheetCells | undefined {
    const cached = this.scanned.get(name);
    if (cached) return cached;
    const info = this.sheetInfo(name);
    if (!info) return undefined;
    const bytes = this.zip.read(info.path, name);
    if (bytes === undefined) throw missingSheetPart(name, info.path);
    assertSafeXmlBytes(bytes, info.path);
    assertPartShape(bytes, info.path, 'worksheet', name);
    const cells = scanSheet(name, bytes, this.strings(), { limits: this.readLimits, ...options }, this.engine);
    this.scanned.set(name, cells);
    return cells;
  }
}

function missingSheetPart(sheet: string, path: string): AppError {
  return damagedFile(
    path,
    {
      en: `the workbook lists the sheet "${sheet}" but its part is missing`,
      nl: `de werkmap noemt het werkblad "${sheet}", maar het onderdeel ervan ontbreekt`,
    },
    { sheet },
  );
}

/** The `uniqueCount` of the table's start tag (the number of `<si>` items), when given. */
function declaredCount(xml: Uint8Array): number | undefined {
  const at = indexOfAscii(xml, '<sst', 0);
  if (at < 0) return undefined;
  const end = xml.indexOf(0x3e, at);
  const v = attrAt(xml, at, end, 'uniqueCount');
  if (v < 0) return undefined;
  let n = 0;
  let k = v;
  for (; xml[k] !== QUOTE && k < v + 12; k++) {
    const d = (xml[k] ?? 0) - 48;
    if (d < 0 || d > 9) return undefined;
    n = n * 10 + d;
  }
  return k > v ? n : undefined;
}
