import type { ErrorIssue } from '../errors.js';
import { parseCsv } from '../reference/csv.js';
import type { ImportLine } from './check-imports.js';

const TRUE = new Set(['true', 'yes', 'y', 'ja', 'j', '1']);
const FALSE = new Set(['false', 'no', 'n', 'nee', '0', '']);

/** Parse a kg figure: digits with optional `.`/`,` decimal mark and spaces/underscores as thousands separators. */
function parseKg(text: string): number | undefined {
  const t = text.trim().replace(/[\s_]/g, '');
  if (!/^\d+([.,]\d+)?$/.test(t)) return undefined;
  return Number(t.replace(',', '.'));
}

/**
 * Parse `cn_code,annual_kg,recycled,origin_country[,origin_region]` CSV text (the CLI reads the file).
 * Bad rows become issues with their line number and are left out; good rows are returned.
 */
export function parseImportCsv(text: string): { lines: ImportLine[]; issues: ErrorIssue[] } {
  const table = parseCsv(text);
  const issues: ErrorIssue[] = [];
  const header = table.header.map((h) => h.toLowerCase());
  for (const required of ['cn_code', 'annual_kg']) {
    if (!header.includes(required)) issues.push({ row: 1, path: required, message: `column ${required} is missing` });
  }
  if (issues.length > 0) return { lines: [], issues };
  const lines: ImportLine[] = [];
  for (const { line, values } of table.rows) {
    const get = (name: string) => {
      const key = table.header.find((h) => h.toLowerCase() === name);
      return key ? (values[key] ?? '').trim() : '';
    };
    const kg = parseKg(get('annual_kg'));
    const recycledText = get('recycled').toLowerCase();
    const rowIssues: ErrorIssue[] = [];
    if (kg === undefined)
      rowIssues.push({ row: line, path: 'annual_kg', message: `"${get('annual_kg')}" is not a number of kg` });
    if (!TRUE.has(recycledText) && !FALSE.has(recycledText))
      rowIssues.push({ row: line, path: 'recycled', message: `"${get('recycled')}" is not true/false` });
    if (get('cn_code') === '') rowIssues.push({ row: line, path: 'cn_code', message: 'cn_code is empty' });
    if (rowIssues.length > 0 || kg === undefined) {
      issues.push(...rowIssues);
      continue;
    }
    const origin = get('origin_country');
    const region = get('origin_region');
    lines.push({
      cnCode: get('cn_code'),
      annualKg: kg,
      recycled: TRUE.has(recycledText),
      ...(origin ? { originCountry: origin } : {}),
      ...(region ? { originRegion: region } : {}),
    });
  }
  return { lines, issues };
}
