/**
 * Supplier import from a table: the user maps columns to fields (Assay guesses from the header in
 * English and Dutch), sees a preview with row-level errors naming the cell, and duplicates — within
 * the file and against the register — are found by identifier or name fingerprint. Contacts come from
 * one cell holding them all (`Name <e-mail>; Name <e-mail>`, as the register export writes them)
 * and/or from a contact name and a contact e-mail column.
 */
import { resolveCountry } from '../reference/countries.js';
import { findMaterial } from '../risk/find-material.js';
import { fingerprint } from '../smelters/normalise.js';
import {
  CONTACT_EMAIL,
  type ContactProblem,
  MAX_CONTACT_NAME,
  MAX_CONTACTS,
  readContacts,
  type SupplierContact,
} from '../suppliers/contacts.js';
import type { SupplierRecord } from '../suppliers/supplier-record.js';
import { colLetters } from '../templates/cell-ref.js';
import type { Bilingual } from '../templates/index.js';
import type { Table } from './read-table.js';

/** The supplier fields a column can be mapped to. */
export const SUPPLIER_IMPORT_FIELDS = [
  'name',
  'identifier',
  'country',
  'site',
  'contacts',
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
  contacts: ['contacts', 'contact persons', 'contactpersonen', 'contacten'],
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
export type ImportedSupplier = SupplierRecord;

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

type Problem = (field: SupplierImportField, en: string, nl: string) => void;

/** A problem with one contact of a contacts cell, in English and Dutch. */
function contactProblemText(p: ContactProblem): [en: string, nl: string] {
  if (p.kind === 'email')
    return [
      `Contact ${p.entry}: "${p.email}" is not a valid e-mail address.`,
      `Contactpersoon ${p.entry}: "${p.email}" is geen geldig e-mailadres.`,
    ];
  if (p.kind === 'twoEmails')
    return [
      `Contact ${p.entry} holds more than one e-mail address; separate contacts with a semicolon, as Name <e-mail>; Name <e-mail>.`,
      `Contactpersoon ${p.entry} bevat meer dan één e-mailadres; scheid contactpersonen met een puntkomma, als Naam <e-mail>; Naam <e-mail>.`,
    ];
  return [
    `Contact ${p.entry}: the name is longer than ${MAX_CONTACT_NAME} characters.`,
    `Contactpersoon ${p.entry}: de naam is langer dan ${MAX_CONTACT_NAME} tekens.`,
  ];
}

const entries = (text: string) =>
  text
    .split(/[;\r\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * The contacts of a row: those of the contacts cell, then the one of the contact name and e-mail
 * columns. Several e-mail addresses there (separated by semicolons, as older exports wrote them) are
 * paired with as many names. The same contact twice is kept once.
 */
function rowContacts(
  get: (f: SupplierImportField) => string,
  mapping: ColumnMapping,
  problem: Problem,
): SupplierContact[] {
  const cell = readContacts(get('contacts'), 'cell');
  for (const p of cell.problems) problem('contacts', ...contactProblemText(p));
  const emails = entries(get('contactEmail'));
  const names = emails.length > 1 ? entries(get('contactName')) : [get('contactName')].filter(Boolean);
  if (emails.length > 1 && names.length > 0 && names.length !== emails.length)
    problem(
      'contactName',
      `${names.length} names for ${emails.length} e-mail addresses; give as many names as addresses, or put the contacts in one column as Name <e-mail>; Name <e-mail>.`,
      `${names.length} namen bij ${emails.length} e-mailadressen; geef evenveel namen als adressen, of zet de contactpersonen in één kolom als Naam <e-mail>; Naam <e-mail>.`,
    );
  for (const email of emails)
    if (!CONTACT_EMAIL.test(email))
      problem('contactEmail', `"${email}" is not a valid e-mail address.`, `"${email}" is geen geldig e-mailadres.`);
  for (const name of names)
    if (name.length > MAX_CONTACT_NAME)
      problem(
        'contactName',
        `The contact name is longer than ${MAX_CONTACT_NAME} characters.`,
        `De naam van de contactpersoon is langer dan ${MAX_CONTACT_NAME} tekens.`,
      );
  const columns = Array.from({ length: Math.max(emails.length, names.length) }, (_, i) => ({
    name: names[i] ?? null,
    email: emails[i] ?? null,
  }));
  const seen = new Set<string>();
  const contacts = [...cell.contacts, ...columns].filter((c) => {
    const key = `${c.name ?? ''}\n${(c.email ?? '').toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (contacts.length > MAX_CONTACTS)
    problem(
      mapping.contacts ? 'contacts' : 'contactEmail',
      `At most ${MAX_CONTACTS} contacts per supplier; this row has ${contacts.length}.`,
      `Hoogstens ${MAX_CONTACTS} contactpersonen per leverancier; deze rij heeft er ${contacts.length}.`,
    );
  return contacts;
}

function validateRow(
  values: Readonly<Record<string, string>>,
  line: number,
  mapping: ColumnMapping,
  header: readonly string[],
): { supplier: ImportedSupplier | null; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const get = (f: SupplierImportField) => (mapping[f] ? (values[mapping[f] as string] ?? '').trim() : '');
  const cell = (f: SupplierImportField) => `${colLetters(Math.max(0, header.indexOf(mapping[f] ?? '')) + 1)}${line}`;
  const problem: Problem = (f, en, nl) => issues.push({ cell: cell(f), field: f, message: { en, nl } });

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
  const contacts = rowContacts(get, mapping, problem);
  const due = get('responseDue');
  if (due && !/^\d{4}-\d{2}-\d{2}$/.test(due))
    problem('responseDue', `"${due}" is not a date as YYYY-MM-DD.`, `"${due}" is geen datum als JJJJ-MM-DD.`);
  if (issues.length > 0) return { supplier: null, issues };
  return {
    supplier: {
      name,
      identifier: get('identifier') || null,
      country,
      sites: list(get('site')),
      contacts,
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
