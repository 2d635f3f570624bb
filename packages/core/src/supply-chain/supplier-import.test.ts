import { describe, expect, it } from 'vitest';
import type { SupplierContact } from '../suppliers/contacts.js';
import { REGISTER_COLUMNS } from '../suppliers/register-table.js';
import type { Table } from './read-table.js';
import { guessMapping, previewSupplierImport } from './supplier-import.js';

const HEADER = ['Name', 'Contacts', 'Contact name', 'Contact e-mail'];

/** Previews one data row (spreadsheet row 2) under {@link HEADER}. */
function previewRow(cells: Partial<Record<(typeof HEADER)[number], string>>) {
  const table: Table = { header: HEADER, rows: [{ line: 2, values: { Name: 'Rheinwerk', ...cells } }] };
  const [row] = previewSupplierImport(table, guessMapping(HEADER), []);
  if (!row) throw new Error('no preview row');
  return row;
}

const c = (name: string | null, email: string | null): SupplierContact => ({ name, email });

describe('supplier import: contacts', () => {
  it('maps the register export’s Contacts column and the single contact columns by their headers', () => {
    expect(guessMapping(HEADER)).toMatchObject({
      contacts: 'Contacts',
      contactName: 'Contact name',
      contactEmail: 'Contact e-mail',
    });
    expect(guessMapping([...REGISTER_COLUMNS])).toMatchObject({ contacts: 'Contacts' });
    expect(guessMapping(['Leverancier', 'Contactpersonen', 'Contactpersoon', 'E-mailadres'])).toMatchObject({
      contacts: 'Contactpersonen',
      contactName: 'Contactpersoon',
      contactEmail: 'E-mailadres',
    });
  });

  it.each<[string, Parameters<typeof previewRow>[0], SupplierContact[]]>([
    ['no contacts', {}, []],
    [
      'all contacts in one cell',
      { Contacts: 'Anna Jansen <anna@example.com>; inkoop@example.com; Piet' },
      [c('Anna Jansen', 'anna@example.com'), c(null, 'inkoop@example.com'), c('Piet', null)],
    ],
    ['a quoted name', { Contacts: '"Jansen; Anna" <anna@example.com>' }, [c('Jansen; Anna', 'anna@example.com')]],
    [
      'one contact in the name and e-mail columns',
      { 'Contact name': 'Jansen; Anna', 'Contact e-mail': 'anna@example.com' },
      [c('Jansen; Anna', 'anna@example.com')],
    ],
    ['a name column alone', { 'Contact name': 'Anna' }, [c('Anna', null)]],
    [
      'parallel lists in the name and e-mail columns (older exports)',
      { 'Contact name': 'Anna; Jan', 'Contact e-mail': 'anna@example.com; jan@example.com' },
      [c('Anna', 'anna@example.com'), c('Jan', 'jan@example.com')],
    ],
    [
      'several addresses without names',
      { 'Contact e-mail': 'anna@example.com; jan@example.com' },
      [c(null, 'anna@example.com'), c(null, 'jan@example.com')],
    ],
    [
      'the cell and the columns together, the same contact once',
      { Contacts: 'Anna <anna@example.com>', 'Contact name': 'Anna', 'Contact e-mail': 'ANNA@example.com' },
      [c('Anna', 'anna@example.com')],
    ],
  ])('reads %s', (_, cells, contacts) => {
    const row = previewRow(cells);
    expect(row.issues).toEqual([]);
    expect(row.action).toBe('create');
    expect(row.supplier?.contacts).toEqual(contacts);
  });

  it.each<[string, Parameters<typeof previewRow>[0], string, string, string]>([
    [
      'a malformed address in the contacts cell',
      { Contacts: 'Anna <anna@example.com>; Jan <jan@example>' },
      'B2',
      'Contact 2: "jan@example" is not a valid e-mail address.',
      'Contactpersoon 2: "jan@example" is geen geldig e-mailadres.',
    ],
    [
      'two addresses in one entry',
      { Contacts: 'anna@example.com, jan@example.com' },
      'B2',
      'Contact 1 holds more than one e-mail address; separate contacts with a semicolon, as Name <e-mail>; Name <e-mail>.',
      'Contactpersoon 1 bevat meer dan één e-mailadres; scheid contactpersonen met een puntkomma, als Naam <e-mail>; Naam <e-mail>.',
    ],
    [
      'a malformed address in the e-mail column',
      { 'Contact name': 'Anna', 'Contact e-mail': 'anna@' },
      'D2',
      '"anna@" is not a valid e-mail address.',
      '"anna@" is geen geldig e-mailadres.',
    ],
    [
      'names and addresses that do not pair',
      { 'Contact name': 'Anna; Jan; Piet', 'Contact e-mail': 'anna@example.com; jan@example.com' },
      'C2',
      '3 names for 2 e-mail addresses; give as many names as addresses, or put the contacts in one column as Name <e-mail>; Name <e-mail>.',
      '3 namen bij 2 e-mailadressen; geef evenveel namen als adressen, of zet de contactpersonen in één kolom als Naam <e-mail>; Naam <e-mail>.',
    ],
    [
      'too many contacts',
      { Contacts: Array.from({ length: 21 }, (_, i) => `c${i}@example.com`).join('; ') },
      'B2',
      'At most 20 contacts per supplier; this row has 21.',
      'Hoogstens 20 contactpersonen per leverancier; deze rij heeft er 21.',
    ],
  ])('refuses the row for %s, naming the cell', (_, cells, cell, en, nl) => {
    const row = previewRow(cells);
    expect(row.action).toBe('error');
    expect(row.supplier).toBeNull();
    expect(row.issues).toEqual([{ cell, field: expect.any(String), message: { en, nl } }]);
  });
});
