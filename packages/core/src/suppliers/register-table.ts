/**
 * The supplier register as a table for export (CSV, RFC 4180, and XLSX). The headers are the ones the
 * supplier import recognises, so an exported file can be imported again; the inherent-risk columns
 * are ignored by the import. All contacts stand in one cell, `Name <e-mail>; Name <e-mail>` (see
 * `contacts.ts`), which the import reads back the same.
 */
import { formatContacts } from './contacts.js';
import type { SupplierRecord } from './supplier-record.js';
import type { SupplierRisk } from './supplier-risk.js';
import type { XlsxCell } from './write-xlsx.js';

/** One supplier of the register with its profile and inherent risk. */
export type RegisterRow = SupplierRecord & { readonly risk: SupplierRisk };

/** Export columns, in order. */
export const REGISTER_COLUMNS = [
  'Name',
  'Identifier',
  'Country',
  'Sites',
  'Contacts',
  'Materials',
  'CN codes',
  'Annual volume',
  'Volume unit',
  'Tier',
  'Recycled',
  'Spend',
  'Leverage',
  'Response due',
  'Inherent risk level',
  'Inherent risk score',
  'Inherent risk theme',
  'Inherent risk material',
  'Risk method',
] as const;

const joined = (values: readonly (string | null)[]) => values.filter((v) => v !== null && v !== '').join('; ');

/** The register as rows of cells, header first. */
export function registerTable(rows: readonly RegisterRow[]): XlsxCell[][] {
  return [
    [...REGISTER_COLUMNS],
    ...rows.map((s): XlsxCell[] => [
      s.name,
      s.identifier,
      s.country,
      joined(s.sites),
      formatContacts(s.contacts),
      joined(s.materials),
      joined(s.cnCodes),
      s.annualVolume,
      s.volumeUnit,
      s.tier,
      s.recycled ? 'yes' : 'no',
      s.spend,
      s.leverage,
      s.responseDue,
      s.risk.top?.level ?? null,
      s.risk.top?.score ?? null,
      s.risk.top?.theme ?? null,
      s.risk.top?.scoredAs ?? null,
      s.risk.methodVersion,
    ]),
  ];
}

/**
 * One CSV cell, always quoted (RFC 4180). Text starting with = + - @ tab or carriage return gets a
 * leading apostrophe so spreadsheets do not run it as a formula (OWASP CSV injection).
 */
export function csvCell(value: XlsxCell): string {
  if (value === null) return '""';
  const text = typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${text.replaceAll('"', '""')}"`;
}

/** Rows as CSV text: CRLF line ends, every cell quoted. */
export function toCsv(rows: readonly (readonly XlsxCell[])[]): string {
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
