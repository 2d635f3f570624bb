import { z } from 'zod';
import { resolveCountry } from '../reference/countries.js';
import { parseAmount } from '../supply-chain/supplier-import.js';
import { type ContactProblem, checkContacts, MAX_CONTACT_NAME, MAX_CONTACTS, readContacts } from './contacts.js';
import { resolveMaterialText } from './supplier-materials.js';

/** A list from a form (one per line, or separated by commas/semicolons) or an array from JSON. */
const listOf = (separators: RegExp) =>
  z
    .union([z.array(z.string()), z.string(), z.null()])
    .optional()
    .transform((value) =>
      (Array.isArray(value) ? value : (value ?? '').split(separators)).map((s) => s.trim()).filter((s) => s !== ''),
    );

/** Optional text: empty becomes null. */
const optionalText = (max: number, what: string) =>
  z
    .union([z.string(), z.null()])
    .optional()
    .transform((v) => (v ?? '').trim() || null)
    .pipe(z.string().max(max, `${what}: at most ${max} characters.`).nullable());

/** Optional non-negative amount: a JSON number, or text as `1234.5`, `1.234,5` or `1 234`. */
const optionalAmount = (what: string) =>
  z
    .union([z.number(), z.string(), z.null()])
    .optional()
    .transform((v, ctx) => {
      if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return null;
      const n = typeof v === 'number' ? v : parseAmount(v);
      if (n === undefined || !Number.isFinite(n) || n < 0) {
        ctx.addIssue({ code: 'custom', message: `${what}: enter a number of zero or more, e.g. 1250 or 1.250,5.` });
        return z.NEVER;
      }
      return n;
    });

/** A contacts problem as the schema's message, naming the field and the line. */
function contactMessage(p: ContactProblem): string {
  if (p.kind === 'email') return `Contacts, line ${p.entry}: "${p.email}" is not a valid e-mail address.`;
  if (p.kind === 'twoEmails')
    return `Contacts, line ${p.entry}: more than one e-mail address; put each contact on a line of its own.`;
  return `Contacts, line ${p.entry}: the name is longer than ${MAX_CONTACT_NAME} characters.`;
}

/**
 * Contacts: `[{ name, email }]` from JSON, or one per line as `Name <e-mail>`, `Name, e-mail` or either
 * alone (a name in double quotes when it holds `<`, `>`, `@` or `;`; see `contacts.ts`).
 */
const ZContacts = z
  .union([
    z.array(z.object({ name: z.string().nullable().optional(), email: z.string().nullable().optional() })),
    z.string(),
    z.null(),
  ])
  .optional()
  .transform((value, ctx) => {
    const { contacts, problems } = Array.isArray(value)
      ? checkContacts(value.map((c) => ({ name: c.name?.trim() || null, email: c.email?.trim() || null })))
      : readContacts(value ?? '', 'lines');
    for (const problem of problems) ctx.addIssue({ code: 'custom', message: contactMessage(problem) });
    if (contacts.length > MAX_CONTACTS) ctx.addIssue({ code: 'custom', message: `Contacts: at most ${MAX_CONTACTS}.` });
    return contacts;
  });

/** Materials as text, each mapped to a catalogue id; unknown or ambiguous ones are named with close matches. */
export const ZCatalogueMaterials = listOf(/[,;\n]/).transform((texts, ctx) => {
  const ids: string[] = [];
  for (const text of texts) {
    const r = resolveMaterialText(text);
    if (r.status === 'found') {
      if (!ids.includes(r.material.id)) ids.push(r.material.id);
      continue;
    }
    const hint =
      r.suggestions.length > 0
        ? ` Did you mean: ${r.suggestions.map((m) => `${m.name.en} (${m.id})`).join(', ')}?`
        : ' Use a raw material of the catalogue, e.g. tin, copper scrap or cobalt ore.';
    ctx.addIssue({
      code: 'custom',
      message:
        r.status === 'ambiguous'
          ? `Materials: "${r.text}" matches more than one raw material.${hint}`
          : `Materials: "${r.text}" is not in the materials catalogue.${hint}`,
    });
  }
  if (ids.length > 50) ctx.addIssue({ code: 'custom', message: 'Materials: at most 50.' });
  return ids;
});

/** A country by ISO code (alpha-2/alpha-3) or English/Dutch name, stored as alpha-2; empty is none. */
const ZCountry = z
  .union([z.string(), z.null()])
  .optional()
  .transform((v, ctx) => {
    const text = (v ?? '').trim();
    if (text === '') return null;
    const country = resolveCountry(text);
    if (!country) {
      ctx.addIssue({
        code: 'custom',
        message: `Country: "${text}" is unknown; use a two-letter ISO code such as DE, or the English or Dutch name.`,
      });
      return z.NEVER;
    }
    return country.alpha2;
  });

/**
 * A supplier with its register profile, as edited on the supplier page or sent to the API: the
 * supplier's fields plus sites, contacts, catalogue materials, CN codes, volume, spend and leverage.
 * Every message names its field.
 */
export const ZSupplierProfileInput = z.object({
  name: z
    .string()
    .optional()
    .transform((v) => (v ?? '').trim())
    .pipe(z.string().min(1, 'Name: enter the supplier’s name.').max(200, 'Name: at most 200 characters.')),
  identifier: optionalText(100, 'Identifier'),
  country: ZCountry,
  sites: listOf(/\r?\n|;/).pipe(
    z.array(z.string().max(200, 'Sites: at most 200 characters each.')).max(50, 'Sites: at most 50.'),
  ),
  contacts: ZContacts,
  materials: ZCatalogueMaterials,
  cnCodes: listOf(/[,;\n]/).transform((codes, ctx) => {
    const out: string[] = [];
    for (const code of codes) {
      const digits = code.replace(/[\s.]/g, '');
      if (/^\d{2,10}$/.test(digits)) {
        if (!out.includes(digits)) out.push(digits);
      } else ctx.addIssue({ code: 'custom', message: `CN codes: "${code}" is not a CN code (2 to 10 digits).` });
    }
    if (out.length > 100) ctx.addIssue({ code: 'custom', message: 'CN codes: at most 100.' });
    return out;
  }),
  annualVolume: optionalAmount('Annual volume'),
  volumeUnit: optionalText(20, 'Volume unit'),
  tier: z
    .union([z.number(), z.string()])
    .optional()
    .transform((v, ctx) => {
      const text = typeof v === 'string' ? v.trim() : v;
      const n = text === undefined || text === '' ? 1 : Number(text);
      if (!Number.isInteger(n) || n < 1 || n > 10) {
        ctx.addIssue({ code: 'custom', message: 'Tier: a whole number from 1 to 10.' });
        return z.NEVER;
      }
      return n;
    }),
  recycled: z
    .union([z.boolean(), z.enum(['on', 'true', 'false', '1', '0', ''])])
    .optional()
    .transform((v) => v === true || v === 'on' || v === 'true' || v === '1'),
  spend: optionalAmount('Spend'),
  leverage: optionalText(200, 'Leverage'),
  responseDue: z
    .union([z.string(), z.null()])
    .optional()
    .transform((v, ctx) => {
      const text = (v ?? '').trim();
      if (text === '') return null;
      const date = new Date(`${text}T00:00:00Z`);
      const valid =
        /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
      if (!valid) {
        ctx.addIssue({ code: 'custom', message: `Template due: "${text}" is not a date as YYYY-MM-DD.` });
        return z.NEVER;
      }
      return text;
    }),
});
export type TSupplierProfileInput = z.infer<typeof ZSupplierProfileInput>;

/** The form fields of {@link ZSupplierProfileInput}, in order. */
export const SUPPLIER_PROFILE_FIELDS = [
  'name',
  'identifier',
  'country',
  'sites',
  'contacts',
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
export type SupplierProfileField = (typeof SUPPLIER_PROFILE_FIELDS)[number];
