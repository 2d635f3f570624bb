/**
 * Reads a simple table (header row + data rows) from CSV or the first sheet of an XLSX, for the
 * supplier import. Cells are text; each row keeps its spreadsheet row (line) number so problems can
 * name the cell. Uses the template engine's workbook reader (zip limits, safe XML) for XLSX.
 */
import { AppError } from '../errors.js';
import { parseCsv } from '../reference/csv.js';
import { Workbook } from '../templates/workbook.js';

/** A read table. */
export type Table = {
  readonly header: readonly string[];
  readonly rows: readonly { readonly line: number; readonly values: Readonly<Record<string, string>> }[];
};

const MAX_ROWS = 20_000;
const MAX_COLS = 60;

function fromXlsx(bytes: Uint8Array, fileName: string): Table {
  const wb = Workbook.open(bytes, { fileName });
  const first = wb.sheets.find((s) => s.state === 'visible') ?? wb.sheets[0];
  const sheet = first ? wb.sheet(first.name, { maxCol: MAX_COLS, maxRow: MAX_ROWS + 1 }) : undefined;
  if (!sheet) throw new AppError('invalid_input', `${fileName} has no worksheet.`);
  const text = (row: number, col: number) => {
    const v = sheet.value(row, col);
    return v === undefined ? '' : String(v).trim();
  };
  const header: string[] = [];
  for (let c = 1; c <= MAX_COLS && text(1, c) !== ''; c++) header.push(text(1, c));
  const rows: { line: number; values: Record<string, string> }[] = [];
  for (let r = 2; r <= sheet.lastRow; r++) {
    const values: Record<string, string> = {};
    let any = false;
    header.forEach((h, i) => {
      const v = text(r, i + 1);
      values[h] = v;
      if (v !== '') any = true;
    });
    if (any) rows.push({ line: r, values });
  }
  return { header, rows };
}

function fromCsv(bytes: Uint8Array): Table {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  const firstLine = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length);
  const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  const table = parseCsv(text, { delimiter });
  return { header: table.header.map((h) => h.trim()), rows: table.rows };
}

/** Reads CSV or XLSX by content (a zip is XLSX, anything else is read as CSV text). */
export function readTable(bytes: Uint8Array, fileName: string): Table {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const table = isZip ? fromXlsx(bytes, fileName) : fromCsv(bytes);
  if (table.header.length === 0)
    throw new AppError('invalid_input', `${fileName}: the first row must hold the column names.`);
  if (table.rows.length > MAX_ROWS)
    throw new AppError('invalid_input', `${fileName} has more than ${MAX_ROWS} rows; split it into smaller files.`);
  return table;
}
