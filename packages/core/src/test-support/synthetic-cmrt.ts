/**
 * Test-only helper: a small synthetic CMRT 6.4 workbook (no RMI blank needed) — the Declaration
 * cells Assay reads, a Smelter Look-up of `lookup` rows and a Smelter List that names some of
 * them by CID. Every value is synthetic. Fast to build and to read, for tests of many uploads.
 */

import { isoToSerial } from '../templates/normalise.js';
import { minimalWorkbook } from './minimal-workbook.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function cell(ref: string, value: string | number): string {
  if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(value)}</t></is></c>`;
}

function sheet(rows: ReadonlyMap<number, readonly [string, string | number][]>): string {
  const body = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([r, cells]) => `<row r="${r}">${cells.map(([col, v]) => cell(`${col}${r}`, v)).join('')}</row>`)
    .join('');
  return `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

/** A synthetic smelter of the generated look-up lists: metal, standard name, country and CID. */
export type SyntheticSmelter = { metal: string; name: string; country: string; smelterId: string };

const METALS = ['Tantalum', 'Tin', 'Gold', 'Tungsten'] as const;
const COUNTRIES = ['CHINA', 'JAPAN', 'GERMANY', 'BRAZIL', 'PERU', 'INDONESIA'] as const;
const CODES = ['CN', 'JP', 'DE', 'BR', 'PE', 'ID'] as const;
// Q1–Q8 header rows of CMRT 6.x (answers in the four rows below, one per metal) and rows of A–H.
const QUESTIONS: readonly [number, string][] = [
  [25, 'Yes'],
  [31, 'Yes'],
  [37, 'No'],
  [43, 'No'],
  [49, 'No'],
  [55, '100%'],
  [61, 'Yes'],
  [67, 'Yes'],
];
const COMPANY: readonly [number, string][] = [
  [75, 'Yes'],
  [77, 'No'],
  [79, 'Yes'],
  [81, 'Yes'],
  [83, 'No'],
  [85, 'Yes'],
  [87, 'Yes'],
  [89, 'No'],
];

/** The `count` synthetic smelters every generated look-up list starts with (CID9xxxxx, never real CIDs). */
export function syntheticSmelters(count: number): SyntheticSmelter[] {
  return Array.from({ length: count }, (_, i) => ({
    metal: METALS[i % METALS.length] as string,
    name: `Synthetic ${METALS[i % METALS.length]} Refinery ${i}`,
    country: COUNTRIES[i % COUNTRIES.length] as string,
    smelterId: `CID9${String(i).padStart(5, '0')}`,
  }));
}

/** What to put in the synthetic CMRT. */
export type SyntheticCmrtOptions = {
  /** Declaring company (default `Synthetic Supplier 1`). */
  readonly company?: string;
  /** Template revision written to Declaration!J3 (default `6.4`). */
  readonly version?: string;
  /** Rows of the Smelter Look-up (default: 40 synthetic smelters). */
  readonly lookup?: readonly SyntheticSmelter[];
  /** How many look-up rows the Smelter List names by CID (default 5). */
  readonly listed?: number;
  /** Effective date, ISO (default 2025-05-01). */
  readonly date?: string;
  /**
   * Rows appended to the Smelter List after the listed ones: a metal and a made-up smelter name
   * but no CID, the way a pasted block of unidentified smelters looks (default 0).
   */
  readonly extraListRows?: number;
  /** Characters appended to each extra row's smelter name, to make the rows long (default 0). */
  readonly extraNamePadding?: number;
  /** A text written to Declaration!D8's comment column (G8), e.g. a very long one (default none). */
  readonly longText?: string;
};

/** A small CMRT workbook that Assay reads as CMRT `version` with a look-up list and smelter rows. */
export function syntheticCmrt(options: SyntheticCmrtOptions = {}): Uint8Array {
  const company = options.company ?? 'Synthetic Supplier 1';
  const version = options.version ?? '6.4';
  const lookup = options.lookup ?? syntheticSmelters(40);
  const listed = Math.min(options.listed ?? 5, lookup.length);
  const date = options.date ?? '2025-05-01';
  const declaration = new Map<number, [string, string | number][]>([
    [2, [['D', 'Conflict Minerals Reporting Template (CMRT)']]],
    [3, [['J', `Revision ${version}`]]],
    [8, [['D', company]]],
    [9, [['D', 'A. Company']]],
    [15, [['D', 'Contact Person']]],
    [16, [['D', 'contact@supplier.example']]],
    [17, [['D', '+31 20 000 0001']]],
    [18, [['D', 'Authorizer']]],
    [19, [['D', 'Director']]],
    [20, [['D', 'director@supplier.example']]],
    [22, [['D', isoToSerial(date)]]],
  ]);
  for (const [header, answer] of QUESTIONS)
    for (let m = 1; m <= METALS.length; m++) declaration.set(header + m, [['D', answer]]);
  for (const [row, answer] of COMPANY) declaration.set(row, [['D', answer]]);
  const look = new Map<number, [string, string | number][]>();
  lookup.forEach((s, i) => {
    look.set(5 + i, [
      ['A', s.metal],
      ['B', s.name],
      ['C', s.name],
      ['D', s.country],
      ['E', s.smelterId],
    ]);
  });
  const list = new Map<number, [string, string | number][]>([[3, [['Q', `Revision ${version}`]]]]);
  lookup.slice(0, listed).forEach((s, i) => {
    list.set(5 + i, [
      ['A', s.smelterId],
      ['B', s.metal],
      ['C', s.name],
      ['D', s.name],
      ['E', s.country],
      ['F', s.smelterId],
    ]);
  });
  const padding = ' x'.repeat((options.extraNamePadding ?? 0) / 2);
  for (let i = 0; i < (options.extraListRows ?? 0); i++) {
    list.set(5 + listed + i, [
      ['B', METALS[i % METALS.length] as string],
      ['C', `Unlisted Smelter ${i}${padding}`],
    ]);
  }
  if (options.longText !== undefined) declaration.set(8, [...(declaration.get(8) ?? []), ['G', options.longText]]);
  return minimalWorkbook({
    Declaration: sheet(declaration),
    'Smelter List': sheet(list),
    'Smelter Look-up': sheet(look),
    // The template's country list (sheet C: code in A, name in B from row 2).
    C: sheet(
      new Map(
        COUNTRIES.map((c, i): [number, [string, string][]] => [
          2 + i,
          [
            ['A', CODES[i] as string],
            ['B', c],
          ],
        ]),
      ),
    ),
  });
}
