import { describe, expect, it } from 'vitest';
import { readTable } from '../supply-chain/read-table.js';
import { checkContacts, formatContacts, readContacts, type SupplierContact } from './contacts.js';
import { registerTable, toCsv } from './register-table.js';
import { writeXlsx } from './write-xlsx.js';

const c = (name: string | null, email: string | null): SupplierContact => ({ name, email });

describe('supplier contacts as text', () => {
  it.each<[string, SupplierContact[], string]>([
    ['nothing', [], ''],
    ['name and e-mail', [c('Anna Jansen', 'anna@example.com')], 'Anna Jansen <anna@example.com>'],
    ['an e-mail address alone', [c(null, 'inkoop@example.com')], 'inkoop@example.com'],
    ['a name alone', [c('Piet de Vries', null)], 'Piet de Vries'],
    [
      'several, separated by semicolons',
      [c('Anna', 'anna@example.com'), c(null, 'b@example.com'), c('Piet', null)],
      'Anna <anna@example.com>; b@example.com; Piet',
    ],
    ['a comma inside a name, as written', [c('Jansen, Anna', 'a@example.com')], 'Jansen, Anna <a@example.com>'],
    ['a semicolon in a name, quoted', [c('Jansen; Anna', 'a@example.com')], '"Jansen; Anna" <a@example.com>'],
    ['an @ in a name alone, quoted', [c('sales@desk', null)], '"sales@desk"'],
    ['quotes and backslashes escaped', [c('Bob "B" \\ Jr', null)], '"Bob \\"B\\" \\\\ Jr"'],
    ['angle brackets in a name, quoted', [c('<Anna>', 'a@example.com')], '"<Anna>" <a@example.com>'],
    ['a formula-like name, quoted', [c('=SUM(A1)', 'a@example.com')], '"=SUM(A1)" <a@example.com>'],
    ['a formula-like e-mail address alone, bracketed', [c(null, '-x@example.com')], '<-x@example.com>'],
    ['a line break in a name, quoted', [c('Anna\nJansen', null)], '"Anna\nJansen"'],
    ['a trailing comma in a name, quoted', [c('Anna,', null)], '"Anna,"'],
  ])('writes %s and reads it back the same', (_, contacts, text) => {
    expect(formatContacts(contacts)).toBe(text);
    expect(readContacts(text, 'cell')).toEqual({ contacts, problems: [] });
  });

  it.each<[string, string, SupplierContact[]]>([
    [
      'line breaks as separators',
      'Anna <a@example.com>\r\nb@example.com',
      [c('Anna', 'a@example.com'), c(null, 'b@example.com')],
    ],
    ['Name, e-mail', 'Jansen, jan@example.com', [c('Jansen', 'jan@example.com')]],
    ['e-mail before the name', 'jan@example.com Jan', [c('Jan', 'jan@example.com')]],
    ['spaces and empty entries', ' ;; Anna  <a@example.com> ; ', [c('Anna', 'a@example.com')]],
    ['a bracketed address', '<a@example.com>', [c(null, 'a@example.com')]],
    ['an unclosed quote as text', '"Anna <a@example.com>', [c('"Anna', 'a@example.com')]],
    ['a quoted name with more text', '"Jansen; A." Anna <a@example.com>', [c('Jansen; A. Anna', 'a@example.com')]],
  ])('reads %s by hand', (_, text, contacts) => {
    expect(readContacts(text, 'cell')).toEqual({ contacts, problems: [] });
  });

  it('reads one contact per line in the form, so a semicolon stays in the name', () => {
    expect(readContacts('Jansen; Anna <a@example.com>\nPiet', 'lines').contacts).toEqual([
      c('Jansen; Anna', 'a@example.com'),
      c('Piet', null),
    ]);
    const contacts = [c('Jansen; Anna', 'a@example.com'), c('a@b', null), c(null, 'p@example.com')];
    expect(readContacts(formatContacts(contacts, '\n'), 'lines').contacts).toEqual(contacts);
  });

  it.each<[string, string, unknown[]]>([
    ['an address without a domain', 'Anna <anna@>', [{ kind: 'email', entry: 1, email: 'anna@' }]],
    [
      'an address without a dot',
      'ok@example.com; Jan <jan@localhost>',
      [{ kind: 'email', entry: 2, email: 'jan@localhost' }],
    ],
    ['two addresses in one entry', 'a@example.com, b@example.com', [{ kind: 'twoEmails', entry: 1 }]],
    ['a name that is too long', `${'x'.repeat(201)} <x@example.com>`, [{ kind: 'nameLength', entry: 1 }]],
  ])('names the entry for %s', (_, text, problems) => {
    expect(readContacts(text, 'cell').problems).toEqual(problems);
  });

  it('checks contacts given as data, dropping empty ones', () => {
    expect(checkContacts([c('A', 'not-an-address@'), c(null, null), c('B', null)])).toEqual({
      contacts: [c('A', 'not-an-address@'), c('B', null)],
      problems: [{ kind: 'email', entry: 1, email: 'not-an-address@' }],
    });
  });

  it('survives the register export as CSV and XLSX', () => {
    const contacts = [c('Jansen; Anna', 'anna@example.com'), c(null, '+sales@example.com'), c('=Piet', null)];
    const risk = { status: 'no_materials', top: null, materials: [], methodVersion: 'x' } as const;
    const table = registerTable([
      {
        name: 'Rheinwerk',
        identifier: null,
        country: 'DE',
        sites: [],
        contacts,
        materials: [],
        cnCodes: [],
        annualVolume: null,
        volumeUnit: null,
        tier: 1,
        recycled: false,
        spend: null,
        leverage: null,
        responseDue: null,
        risk,
      },
    ]);
    const csv = readTable(new TextEncoder().encode(toCsv(table)), 'r.csv');
    const xlsx = readTable(writeXlsx('Suppliers', table), 'r.xlsx');
    for (const read of [csv, xlsx])
      expect(readContacts(read.rows[0]?.values.Contacts ?? '', 'cell').contacts).toEqual(contacts);
  });
});
