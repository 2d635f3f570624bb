import { AppError, type ErrorIssue } from '../errors.js';
import { parseCsv } from './csv.js';
import type { DatasetColumn, DatasetId, DatasetSpec } from './dataset-info.js';
import { DATASET_IDS, DATASET_SPECS } from './datasets.generated.js';

/** A row of a dataset edition as parsed from its file: column name → cell (string, or JSON value). */
export type DatasetRow = Readonly<Record<string, unknown>>;

/** One row whose key exists in both editions but whose cells differ. */
export type ChangedRow = {
  readonly key: string;
  readonly changes: readonly { readonly column: string; readonly from: string; readonly to: string }[];
};

/** Row-level differences between the current and a candidate edition, by the dataset's key. */
export type EditionDiff = {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly ChangedRow[];
};

/** Outcome of {@link validateDatasetEdition}: issues are data; `ok` when there are none. */
export type EditionValidation = {
  readonly dataset: DatasetId;
  readonly ok: boolean;
  readonly rowCount: number;
  readonly issues: readonly ErrorIssue[];
  /** Present when the current rows were given. */
  readonly diff?: EditionDiff;
};

const cellText = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** The rules of a dataset (generated from packages/reference-data/data/<id>/dataset.json). */
export function datasetSpec(id: string): DatasetSpec {
  if (!(DATASET_IDS as readonly string[]).includes(id)) {
    throw new AppError('invalid_input', `Unknown dataset "${id}".`, {
      issues: [{ path: 'dataset', message: `expected one of ${DATASET_IDS.join(', ')}` }],
    });
  }
  return DATASET_SPECS[id as DatasetId];
}

/** Parse the text of a dataset file into rows (CSV per the spec's delimiter/skipLines, or JSON at `rowsAt`). */
export function parseDatasetText(id: DatasetId, text: string): { header?: readonly string[]; rows: DatasetRow[] } {
  const spec = datasetSpec(id);
  if (spec.format === 'json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (cause) {
      throw new AppError('unreadable_file', `The ${id} file is not valid JSON.`, {}, { cause });
    }
    const rows =
      spec.rowsAt && typeof parsed === 'object' && parsed
        ? (parsed as Record<string, unknown>)[spec.rowsAt]
        : undefined;
    if (!Array.isArray(rows)) throw new AppError('unreadable_file', `The ${id} file has no "${spec.rowsAt}" array.`);
    return { rows: rows as DatasetRow[] };
  }
  const table = parseCsv(text, { delimiter: spec.delimiter, skipLines: spec.skipLines });
  return { header: table.header, rows: table.rows.map((r) => r.values) };
}

function checkRows(
  columns: readonly DatasetColumn[],
  key: readonly string[],
  rows: readonly DatasetRow[],
  issues: ErrorIssue[],
  prefix = '',
): void {
  const patterns = columns.map((c) => [c, new RegExp(c.pattern)] as const);
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    for (const [column, pattern] of patterns) {
      const text = cellText(row[column.name]);
      const path = `${prefix}${column.name}`;
      if (text === '' && column.required) issues.push({ row: index + 1, path, message: 'required value is empty' });
      else if (text !== '' && !pattern.test(text))
        issues.push({ row: index + 1, path, message: `"${text}" does not match ${column.pattern}` });
    }
    const k = key.map((name) => cellText(row[name])).join('|');
    if (seen.has(k)) issues.push({ row: index + 1, path: `${prefix}${key.join('+')}`, message: `duplicate key ${k}` });
    seen.add(k);
  });
}

function diffEditions(
  spec: DatasetSpec,
  current: readonly DatasetRow[],
  candidate: readonly DatasetRow[],
): EditionDiff {
  const keyOf = (row: DatasetRow) => spec.key.map((name) => cellText(row[name])).join('|');
  const compared = spec.nested
    ? [...spec.columns.map((c) => c.name), spec.nested.field]
    : spec.columns.map((c) => c.name);
  const show = (v: unknown) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : cellText(v));
  const before = new Map(current.map((r) => [keyOf(r), r]));
  const after = new Map(candidate.map((r) => [keyOf(r), r]));
  const changed: ChangedRow[] = [];
  for (const [k, row] of after) {
    const old = before.get(k);
    if (!old) continue;
    const changes = compared
      .map((column) => ({ column, from: show(old[column]), to: show(row[column]) }))
      .filter((c) => c.from !== c.to);
    if (changes.length > 0) changed.push({ key: k, changes });
  }
  return {
    added: [...after.keys()].filter((k) => !before.has(k)),
    removed: [...before.keys()].filter((k) => !after.has(k)),
    changed,
  };
}

/**
 * Validate a candidate edition of a bundled dataset by the same rules as the build step (header,
 * per-cell patterns, unique key, nested rows) and, given the current rows, diff the two by key.
 * Pure: the caller reads the files (`assay data update`).
 */
export function validateDatasetEdition(
  id: string,
  candidate: readonly DatasetRow[],
  options: { readonly header?: readonly string[]; readonly current?: readonly DatasetRow[] } = {},
): EditionValidation {
  const spec = datasetSpec(id);
  const issues: ErrorIssue[] = [];
  if (options.header) {
    const names = spec.columns.map((c) => c.name);
    for (const name of names.filter((n) => !options.header?.includes(n)))
      issues.push({ row: 0, path: name, message: 'column missing from the header' });
    if (!spec.extraColumns)
      for (const name of options.header.filter((h) => !names.includes(h)))
        issues.push({ row: 0, path: name, message: 'unexpected column' });
  }
  if (candidate.length === 0) issues.push({ row: 0, path: '', message: 'the edition has no rows' });
  checkRows(spec.columns, spec.key, candidate, issues);
  const nested = spec.nested;
  if (nested) {
    candidate.forEach((row, index) => {
      const inner = row[nested.field];
      if (inner === null || inner === undefined) return;
      if (!Array.isArray(inner)) issues.push({ row: index + 1, path: nested.field, message: 'expected a list' });
      else checkRows(nested.columns, nested.key, inner as DatasetRow[], issues, `${nested.field}[${index + 1}].`);
    });
  }
  return {
    dataset: id as DatasetId,
    ok: issues.length === 0,
    rowCount: candidate.length,
    issues,
    ...(options.current ? { diff: diffEditions(spec, options.current, candidate) } : {}),
  };
}
