/**
 * A supplier's contacts as text: the one form the register export writes, the supplier import reads
 * and the supplier form edits. A contact is `Name <e-mail>`, an e-mail address alone or a name alone;
 * a register cell holds several separated by semicolons (or line breaks), the form one per line:
 *
 *     Anna Jansen <anna@example.com>; inkoop@example.com; Piet de Vries
 *
 * A name that would otherwise be misread — it holds `;` `<` `>` `"` `@` or a line break, starts with
 * `=` `+` `-` or a comma, or ends with a comma — is written in double quotes, with `\"` and `\\` for a
 * quote and a backslash inside: `"Jansen; Anna" <anna@example.com>`. An e-mail address alone that
 * starts with a formula character is written in angle brackets, so a spreadsheet never runs a cell
 * as a formula and the text reads back the same.
 */

/** One contact person of a supplier; at least one of the two is set. */
export type SupplierContact = { readonly name: string | null; readonly email: string | null };

/** At most this many contacts per supplier. */
export const MAX_CONTACTS = 20;
/** At most this many characters in a contact's name. */
export const MAX_CONTACT_NAME = 200;

/** A valid contact e-mail address: `local@domain.tld` without spaces, `<`, `>`, commas or semicolons. */
export const CONTACT_EMAIL = /^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+$/;

/** What is wrong with the contact at `entry` (1-based, in the order written). */
export type ContactProblem =
  | { readonly kind: 'email'; readonly entry: number; readonly email: string }
  | { readonly kind: 'twoEmails'; readonly entry: number }
  | { readonly kind: 'nameLength'; readonly entry: number };

const NEEDS_QUOTES = /[;<>"@\r\n]|^[=+\-\t,]|,$/;
const FORMULA_OR_QUOTE = /^[=+\-@\t\r"]/;
const EMAIL_TOKEN = /[^\s<>,;]*@[^\s<>,;]*/g;

/** One contact as text (see the module comment). */
export function formatContact(contact: SupplierContact): string {
  const name = contact.name
    ? NEEDS_QUOTES.test(contact.name)
      ? `"${contact.name.replace(/[\\"]/g, '\\$&')}"`
      : contact.name
    : null;
  if (!contact.email) return name ?? '';
  if (name === null) return FORMULA_OR_QUOTE.test(contact.email) ? `<${contact.email}>` : contact.email;
  return `${name} <${contact.email}>`;
}

/** Contacts as text, `; ` between them (a register cell) unless another separator is given (`\n` for the form). */
export function formatContacts(contacts: readonly SupplierContact[], separator = '; '): string {
  return contacts.map(formatContact).filter(Boolean).join(separator);
}

/** The index of the quote that closes the one at `open`, or -1 when it is not closed. */
function closingQuote(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return -1;
}

/** Splits at the separators, except inside a closed double-quoted name at the start of an entry. */
function splitEntries(text: string, separators: RegExp): string[] {
  const entries: string[] = [];
  let start = 0;
  let atStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (separators.test(ch)) {
      entries.push(text.slice(start, i));
      start = i + 1;
      atStart = true;
    } else if (atStart && ch === '"') {
      atStart = false;
      const close = closingQuote(text, i);
      if (close > 0) i = close;
    } else if (!/\s/.test(ch)) atStart = false;
  }
  entries.push(text.slice(start));
  return entries.map((e) => e.trim()).filter((e) => e !== '');
}

/** One entry: a quoted name (if any), the first e-mail-like token, the rest as the name. */
function parseEntry(entry: string): { contact: SupplierContact; emails: number } {
  let quoted = '';
  let rest = entry;
  const close = entry.startsWith('"') ? closingQuote(entry, 0) : -1;
  if (close > 0) {
    quoted = entry
      .slice(1, close)
      .replace(/\\([\s\S])/g, '$1')
      .trim();
    rest = entry.slice(close + 1);
  }
  const tokens = rest.match(EMAIL_TOKEN) ?? [];
  const email = tokens[0] ?? null;
  const left = (email === null ? rest : rest.replace(email, ''))
    .replace(/[<>]/g, '')
    .replace(/^[\s,;]+|[\s,;]+$/g, '')
    .trim();
  return { contact: { name: [quoted, left].filter(Boolean).join(' ') || null, email }, emails: tokens.length };
}

function problemsOf(contact: SupplierContact, entry: number, emails: number): ContactProblem[] {
  const problems: ContactProblem[] = [];
  if (emails > 1) problems.push({ kind: 'twoEmails', entry });
  else if (contact.email !== null && !CONTACT_EMAIL.test(contact.email))
    problems.push({ kind: 'email', entry, email: contact.email });
  if ((contact.name?.length ?? 0) > MAX_CONTACT_NAME) problems.push({ kind: 'nameLength', entry });
  return problems;
}

/** Contacts given as data (JSON), checked: each e-mail address valid, each name not too long. */
export function checkContacts(contacts: readonly SupplierContact[]): {
  contacts: SupplierContact[];
  problems: ContactProblem[];
} {
  return {
    contacts: contacts.filter((c) => c.name !== null || c.email !== null),
    problems: contacts.flatMap((c, i) => problemsOf(c, i + 1, c.email === null ? 0 : 1)),
  };
}

/**
 * Reads contacts written as text: one per line (`lines`, the form) or separated by semicolons or
 * line breaks (`cell`, a register cell). Empty entries are skipped; problems name the entry.
 */
export function readContacts(
  text: string,
  separators: 'lines' | 'cell',
): { contacts: SupplierContact[]; problems: ContactProblem[] } {
  const parsed = splitEntries(text, separators === 'lines' ? /[\r\n]/ : /[;\r\n]/).map(parseEntry);
  return {
    contacts: parsed.map((p) => p.contact).filter((c) => c.name !== null || c.email !== null),
    problems: parsed.flatMap((p, i) => problemsOf(p.contact, i + 1, p.emails)),
  };
}
