/** Options for {@link parseCsv}. */
export type CsvOptions = {
  readonly delimiter?: string;
  /** Lines to skip before the header (e.g. a title line). */
  readonly skipLines?: number;
};

/** A parsed CSV: the header and one record per non-empty line, keyed by header name. */
export type CsvTable = {
  readonly header: readonly string[];
  /** `line` is the 1-based line number in the text, for row-level issues. */
  readonly rows: readonly { readonly line: number; readonly values: Readonly<Record<string, string>> }[];
};

/**
 * Parse RFC 4180 CSV text (quoted fields, doubled quotes, CRLF, BOM). Pure; typed twin of
 * packages/reference-data/scripts/csv.mjs, which the build step uses.
 */
export function parseCsv(text: string, options: CsvOptions = {}): CsvTable {
  const delimiter = options.delimiter ?? ',';
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      cells.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(field);
      records.push({ line: recordLine, cells });
      cells = [];
      field = '';
      line++;
      recordLine = line;
    } else field += ch;
  }
  if (field !== '' || cells.length > 0) {
    cells.push(field);
    records.push({ line: recordLine, cells });
  }
  const [head, ...body] = records.slice(options.skipLines ?? 0);
  const header = (head?.cells ?? []).map((h) => h.trim());
  const rows = body
    .filter((r) => r.cells.some((c) => c.trim() !== ''))
    .map((r) => ({ line: r.line, values: Object.fromEntries(header.map((h, i) => [h, r.cells[i] ?? ''])) }));
  return { header, rows };
}
