/**
 * Supplier import from a table: the user maps columns to fields (Assay guesses from the header in
 * English and Dutch), sees a preview with row-level errors naming the cell, and duplicates — within
 * the file and against the register — are found by identifier or name fingerprint.
 */
import { resolveCountry } from '../reference/countries.js';
import { findMaterial } from '../risk/find-material.js';
import { fingerprint } from '../smelters/normalise.js';
import type { Bilingual } from '../templates/index.js';
import { columnLetter, type Table } from './read-table.js';

/** The supplier fields a column can be mapped to. */
export const SUPPLIER_IMPORT_FIELDS = [
  'name',
  'identifier',
  'country',
  'site',
  'contactName',
  'contactEmail',
  'materials',
  'cnCodes',
  'annualVolume',
  'volumeUnit',
  'tier',
  'recycled',
  'spend',
  'leverage',
  'responseDue',
] as const;
/** One of {@link SUPPLIER_IMPORT_FIELDS}. */
export type SupplierImportField = (typeof SUPPLIER_IMPORT_FIELDS)[number];

/** Column name → field (unmapped columns are ignored). */
export type ColumnMapping = Partial<Record<SupplierImportField, string>>;

const SYNONYMS: Record<SupplierImportField, readonly string[]> = {
  name: ['name', 'supplier', 'supplier name', 'company', 'company name', 'leverancier', 'naam', 'bedrijfsnaam'],
  identifier: [
    'identifier',
    'id',
    'duns',
    'lei',
    'vat',
    'kvk',
    'supplier id',
    'registration number',
    'btw',
    'kvk-nummer',
  ],
  country: ['country', 'land', 'country code', 'landcode'],
  site: ['site', 'sites', 'location', 'locatie', 'vestiging', 'plant'],
  contactName: ['contact', 'contact name', 'contactpersoon'],
  contactEmail: ['email', 'e-mail', 'contact email', 'contact e-mail', 'e-mailadres'],
  materials: ['materials', 'material', 'materialen', 'materiaal', 'grondstoffen', 'metals'],
  cnCodes: ['cn', 'cn code', 'cn codes', 'hs', 'hs code', 'gn-code', 'gn codes', 'goederencode'],
  annualVolume: ['volume', 'annual volume', 'jaarvolume', 'volume per year'],
  volumeUnit: ['unit', 'eenheid', 'volume unit'],
  tier: ['tier', 'laag', 'schakel'],
  recycled: ['recycled', 'scrap', 'recycled scrap', 'gerecycled', 'schroot'],
  spend: ['spend', 'annual spend', 'inkoopwaarde', 'spend eur', 'omzet'],
  leverage: ['leverage', 'invloed', 'hefboom'],
  responseDue: ['due', 'response due', 'deadline', 'due date', 'uiterste datum'],
};

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Guesses the mapping from the header names. */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  for (const field of SUPPLIER_IMPORT_FIELDS) {
    const names = SYNONYMS[field].map(squash);
    const column = header.find((h) => !used.has(h) && names.includes(squash(h)));
    if (column) {
      mapping[field] = column;
      used.add(column);
    }
  }
  return mapping;
}

/** The fields of one imported supplier, validated. */
export type ImportedSupplier = {
  readonly name: string;
  readonly identifier: string | null;
  readonly country: string | null;
  readonly sites: readonly string[];
  readonly contacts: readonly { readonly name: string | null; readonly email: string | null }[];
  /** Catalogue ids. */
  readonly materials: readonly string[];
  readonly cnCodes: readonly string[];
  readonly annualVolume: number | null;
  readonly volumeUnit: string | null;
  readonly tier: number;
  readonly recycled: boolean;
  readonly spend: number | null;
  readonly leverage: string | null;
  readonly responseDue: string | null;
};

/** A problem in one cell. */
export type ImportIssue = { readonly cell: string; readonly field: SupplierImportField; readonly message: Bilingual };

/** One preview line: what will happen to this row. */
export type ImportPreviewRow = {
  readonly line: number;
  /** `create`, `update` (same supplier already in the register), `duplicate` (repeats an earlier line: skipped), `error` (not imported). */
  readonly action: 'create' | 'update' | 'duplicate' | 'error';
  readonly supplier: ImportedSupplier | null;
  readonly existingId: string | null;
  readonly duplicateOf: number | null;
  readonly issues: readonly ImportIssue[];
};

/** An existing supplier, for de-duplication. */
export type ExistingSupplier = { readonly id: string; readonly name: string; readonly identifier: string | null };

const list = (s: string) =>
  s
    .split(/[;,|\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** A number written as `1234.5`, `1.234,5`, `1,234.5` or `1 234`; undefined when it is not one. */
export function parseAmount(text: string): number | undefined {
  let t = text.replace(/[\s€$£]/g, '');
  if (t === '') return undefined;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) || /^\d+,\d+$/.test(t)) t = t.replace(/\./g, '').replace(',', '.');
  else t = t.replace(/,/g, '');
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

const YES = new Set(['yes', 'y', 'ja', 'j', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'nee', 'false', '0', '']);

function validateRow(
  values: Readonly<Record<string, string>>,
  line: number,
  mapping: ColumnMapping,
  header: readonly string[],
): { supplier: ImportedSupplier | null; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const get = (f: SupplierImportField) => (mapping[f] ? (values[mapping[f] as string] ?? '').trim() : '');
  const cell = (f: SupplierImportField) => `${columnLetter(Math.max(0, header.indexOf(mapping[f] ?? '')))}${line}`;
  const problem = (f: SupplierImportField, en: string, nl: string) =>
    issues.push({ cell: cell(f), field: f, message: { en, nl } });

  const name = get('name');
  if (!name) problem('name', 'The supplier name is empty.', 'De naam van de leverancier is leeg.');
  else if (name.length > 200)
    problem('name', 'The name is longer than 200 characters.', 'De naam is langer dan 200 tekens.');
  const countryText = get('country');
  const country = countryText ? (resolveCountry(countryText)?.alpha2 ?? null) : null;
  if (countryText && !country)
    problem(
      'country',
      `Unknown country "${countryText}"; use an ISO code such as DE or the English or Dutch name.`,
      `Onbekend land "${countryText}"; gebruik een ISO-code zoals DE of de Engelse of Nederlandse naam.`,
    );
  const materials: string[] = [];
  for (const m of list(get('materials'))) {
    const found = findMaterial(m)[0];
    if (found) materials.push(found.id);
    else
      problem(
        'materials',
        `"${m}" is not in the materials catalogue.`,
        `"${m}" staat niet in de grondstoffencatalogus.`,
      );
  }
  const cnCodes: string[] = [];
  for (const code of list(get('cnCodes'))) {
    const digits = code.replace(/[\s.]/g, '');
    if (/^\d{2,10}$/.test(digits)) cnCodes.push(digits);
    else
      problem(
        'cnCodes',
        `"${code}" is not a CN code (2 to 10 digits).`,
        `"${code}" is geen GN-code (2 tot 10 cijfers).`,
      );
  }
  const amount = (f: 'annualVolume' | 'spend') => {
    const text = get(f);
    if (!text) return null;
    const n = parseAmount(text);
    if (n === undefined) problem(f, `"${text}" is not a number.`, `"${text}" is geen getal.`);
    return n ?? null;
  };
  const annualVolume = amount('annualVolume');
  const spend = amount('spend');
  const tierText = get('tier');
  const tier = tierText ? Number(tierText) : 1;
  if (!Number.isInteger(tier) || tier < 1 || tier > 10)
    problem(
      'tier',
      `Tier "${tierText}" must be a whole number from 1 to 10.`,
      `Schakel "${tierText}" moet een geheel getal van 1 tot 10 zijn.`,
    );
  const recycledText = get('recycled').toLowerCase();
  const recycled = YES.has(recycledText);
  if (!recycled && !NO.has(recycledText))
    problem('recycled', `"${get('recycled')}" is not yes or no.`, `"${get('recycled')}" is geen ja of nee.`);
  const email = get('contactEmail');
  if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
    problem('contactEmail', 'The e-mail address is not valid.', 'Het e-mailadres is niet geldig.');
  const due = get('responseDue');
  if (due && !/^\d{4}-\d{2}-\d{2}$/.test(due))
    problem('responseDue', `"${due}" is not a date as YYYY-MM-DD.`, `"${due}" is geen datum als JJJJ-MM-DD.`);
  if (issues.length > 0) return { supplier: null, issues };
  const contactName = get('contactName') || null;
  return {
    supplier: {
      name,
      identifier: get('identifier') || null,
      country,
      sites: list(get('site')),
      contacts: contactName || email ? [{ name: contactName, email: email || null }] : [],
      materials: [...new Set(materials)],
      cnCodes: [...new Set(cnCodes)],
      annualVolume,
      volumeUnit: get('volumeUnit') || null,
      tier,
      recycled,
      spend,
      leverage: get('leverage') || null,
      responseDue: due || null,
    },
    issues,
  };
}

/** The preview of an import: each row validated, duplicates and existing suppliers found. */
export function previewSupplierImport(
  table: Table,
  mapping: ColumnMapping,
  existing: readonly ExistingSupplier[],
): ImportPreviewRow[] {
  const idKey = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const byName = new Map(existing.map((e) => [fingerprint(e.name), e.id]));
  const byIdentifier = new Map(existing.filter((e) => e.identifier).map((e) => [idKey(e.identifier as string), e.id]));
  const seen = new Map<string, number>();
  return table.rows.map(({ line, values }) => {
    const { supplier, issues } = validateRow(values, line, mapping, table.header);
    if (!supplier) return { line, action: 'error', supplier: null, existingId: null, duplicateOf: null, issues };
    const keys = [
      `n:${fingerprint(supplier.name)}`,
      ...(supplier.identifier ? [`i:${idKey(supplier.identifier)}`] : []),
    ];
    const earlier = keys.map((k) => seen.get(k)).find((n) => n !== undefined);
    if (earlier !== undefined)
      return { line, action: 'duplicate', supplier, existingId: null, duplicateOf: earlier, issues };
    for (const k of keys) seen.set(k, line);
    const existingId =
      (supplier.identifier ? byIdentifier.get(idKey(supplier.identifier)) : undefined) ??
      byName.get(fingerprint(supplier.name)) ??
      null;
    return { line, action: existingId ? 'update' : 'create', supplier, existingId, duplicateOf: null, issues };
  });
}
