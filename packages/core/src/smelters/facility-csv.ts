/**
 * Reads the facility lists users download from the RMI website as CSV (conformant, active). Assay
 * never ships RMI's lists. Columns are found by header name, in any order and case; see
 * docs/SUPPLY-CHAIN.md for the expected columns. Row problems are data (line and column named).
 */
import { resolveCountry } from '../reference/countries.js';
import { parseCsv } from '../reference/csv.js';
import type { Bilingual } from '../templates/index.js';
import { normaliseCid } from './normalise.js';
import type { ConformanceStatus } from './register.js';

/** One facility of an RMI list. */
export type Facility = {
  readonly smelterId: string;
  readonly metal: string;
  readonly name: string;
  readonly country: string | null;
  readonly countryName: string | null;
  readonly conformance: ConformanceStatus;
};

/** A problem in one line of the CSV. */
export type FacilityIssue = { readonly line: number; readonly column: string | null; readonly message: Bilingual };

/** Accepted header names per field (compared case-insensitively, spaces and punctuation ignored). */
export const FACILITY_COLUMNS = {
  smelterId: ['Smelter ID', 'Facility ID', 'CID', 'RMI ID', 'Smelter Identification Number'],
  metal: ['Metal', 'Mineral'],
  name: ['Standard Smelter Name', 'Smelter Name', 'Facility Name', 'Standard Facility Name', 'Name'],
  country: ['Country', 'Country Location', 'Country/Region', 'Smelter Country', 'Facility Location Country'],
  status: ['Status', 'Assessment Status', 'RMAP Status', 'Conformance Status'],
} as const;

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

function statusOf(text: string | undefined, fallback: ConformanceStatus): ConformanceStatus | undefined {
  if (!text) return fallback;
  const s = text.trim().toLowerCase();
  if (s === '') return fallback;
  if (s.startsWith('conformant')) return 'conformant';
  if (s.startsWith('active')) return 'active';
  if (s.includes('not') || s.includes('non')) return 'unknown';
  return undefined;
}

/**
 * Parses an RMI facility list. `listKind` is the list the user downloaded; a `Status` column, when
 * present, wins over it.
 */
export function parseFacilityCsv(
  text: string,
  listKind: 'conformant' | 'active',
): { facilities: Facility[]; issues: FacilityIssue[] } {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  const table = parseCsv(text, { delimiter });
  const column = (field: keyof typeof FACILITY_COLUMNS) => {
    const names = FACILITY_COLUMNS[field].map(squash);
    return table.header.find((h) => names.includes(squash(h)));
  };
  const cols = {
    smelterId: column('smelterId'),
    metal: column('metal'),
    name: column('name'),
    country: column('country'),
    status: column('status'),
  };
  const issues: FacilityIssue[] = [];
  const missing = (['smelterId', 'metal', 'name'] as const).filter((f) => !cols[f]);
  if (missing.length > 0) {
    const names = missing.map((f) => `"${FACILITY_COLUMNS[f][0]}"`).join(', ');
    issues.push({
      line: 1,
      column: null,
      message: {
        en: `The header row lacks the column(s) ${names}. Download the list as CSV from the RMI website and upload it unchanged.`,
        nl: `De kopregel mist de kolom(men) ${names}. Download de lijst als CSV van de RMI-website en upload die ongewijzigd.`,
      },
    });
    return { facilities: [], issues };
  }
  const facilities: Facility[] = [];
  for (const { line, values } of table.rows) {
    const rawId = values[cols.smelterId as string] ?? '';
    const smelterId = normaliseCid(rawId);
    const metal = (values[cols.metal as string] ?? '').trim();
    const name = (values[cols.name as string] ?? '').trim();
    if (!smelterId) {
      issues.push({
        line,
        column: cols.smelterId ?? null,
        message: {
          en: `Line ${line}: "${rawId}" is not a smelter id (CID followed by six digits).`,
          nl: `Regel ${line}: "${rawId}" is geen smelter-id (CID gevolgd door zes cijfers).`,
        },
      });
      continue;
    }
    if (!metal || !name) {
      issues.push({
        line,
        column: !metal ? (cols.metal ?? null) : (cols.name ?? null),
        message: {
          en: `Line ${line}: the ${!metal ? 'metal' : 'smelter name'} is empty.`,
          nl: `Regel ${line}: ${!metal ? 'het metaal' : 'de smelternaam'} is leeg.`,
        },
      });
      continue;
    }
    const statusText = cols.status ? values[cols.status] : undefined;
    const conformance = statusOf(statusText, listKind);
    if (!conformance) {
      issues.push({
        line,
        column: cols.status ?? null,
        message: {
          en: `Line ${line}: unknown status "${statusText}"; expected Conformant or Active.`,
          nl: `Regel ${line}: onbekende status "${statusText}"; verwacht Conformant of Active.`,
        },
      });
      continue;
    }
    const countryName = cols.country ? (values[cols.country] ?? '').trim() || null : null;
    facilities.push({
      smelterId,
      metal: metal.charAt(0).toUpperCase() + metal.slice(1).toLowerCase(),
      name,
      country: countryName ? (resolveCountry(countryName)?.alpha2 ?? null) : null,
      countryName,
      conformance,
    });
  }
  return { facilities, issues };
}
