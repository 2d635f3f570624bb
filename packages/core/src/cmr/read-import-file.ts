import { AppError } from '../errors.js';
import { parseCsv } from '../reference/csv.js';
import { Workbook } from '../templates/workbook.js';
import { type ImportTable, MAX_IMPORT_LINES } from './read-imports.js';

const MAX_COLS = 40;

/** The field separator of a CSV: the one of `;`, `,` and tab that splits the header line into most cells. */
export function detectDelimiter(text: string): ';' | ',' | '\t' {
  const end = text.indexOf('\n');
  const first = end < 0 ? text : text.slice(0, end);
  const counts = ([';', ',', '\t'] as const).map((d) => [d, first.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

function fromCsv(bytes: Uint8Array): ImportTable {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Excel's "CSV" in a Dutch Windows locale is Windows-1252.
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  const delimiter = detectDelimiter(text);
  const table = parseCsv(text, { delimiter });
  return { header: table.header, rows: table.rows, delimiter };
}

function fromXlsx(bytes: Uint8Array, fileName: string): ImportTable {
  const wb = Workbook.open(bytes, { fileName });
  const first = wb.sheets.find((s) => s.state === 'visible') ?? wb.sheets[0];
  const sheet = first ? wb.sheet(first.name, { maxCol: MAX_COLS, maxRow: MAX_IMPORT_LINES + 2 }) : undefined;
  if (!sheet) throw new AppError('unreadable_file', `${fileName} has no worksheet.`);
  const header: string[] = [];
  for (let c = 1; c <= MAX_COLS; c++) {
    const v = sheet.value(1, c);
    if (v === undefined || String(v).trim() === '') break;
    header.push(String(v).trim());
  }
  const rows: { line: number; values: Record<string, string | number | boolean> }[] = [];
  for (let r = 2; r <= sheet.lastRow; r++) {
    const values: Record<string, string | number | boolean> = {};
    let any = false;
    header.forEach((h, i) => {
      const v = sheet.value(r, i + 1);
      // Number cells stay numbers: a stored number has no decimal-mark question.
      values[h] = v === undefined ? '' : typeof v === 'string' ? v.trim() : v;
      if (v !== undefined && String(v).trim() !== '') any = true;
    });
    if (any) rows.push({ line: r, values });
  }
  return { header, rows };
}

/** Read an import file by content: a zip is an XLSX (its first visible sheet), anything else CSV text. */
export function readImportFile(bytes: Uint8Array, fileName: string): ImportTable {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  return isZip ? fromXlsx(bytes, fileName) : fromCsv(bytes);
}
