import { z } from 'zod';
import { ROLES } from './roles.js';

/** Words that cannot be organisation slugs because they are, or may become, top-level paths. */
export const RESERVED_SLUGS = new Set([
  'api',
  'app',
  'admin',
  'assets',
  'demo',
  'healthz',
  'login',
  'logout',
  'new',
  'o',
  'report',
  'scan',
  'settings',
  'setup',
  'static',
  'invite',
  'data',
  'about',
  'lang',
]);

/** Organisation slug: 2–48 lower-case letters, digits and single hyphens; used in URLs. */
export const ZSlug = z
  .string()
  .trim()
  .min(2, 'Use at least 2 characters.')
  .max(48, 'Use at most 48 characters.')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens (e.g. acme-metals).')
  .refine((slug) => !RESERVED_SLUGS.has(slug), {
    message: 'This name is reserved; choose another.',
    params: { key: 'validation.slugReserved' },
  });

export const ZEmail = z.string().trim().toLowerCase().max(254).pipe(z.email('Enter a valid e-mail address.'));

/** Whether two e-mail addresses are the same account's: compared trimmed and case-insensitively. */
export function sameEmailAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * An address shown to whoever holds a link, without giving it away: the first character of the
 * local part, then `***`, then the domain (`jan.jansen@example.com` → `j***@example.com`).
 */
export function maskEmailAddress(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  if (at <= 0) return '***';
  const first = Array.from(address.slice(0, at))[0] ?? '';
  return `${first}***${address.slice(at)}`;
}

/** Passwords: long rather than complex (NIST SP 800-63B §5.1.1.2: at least 8; we ask 10). */
export const ZPassword = z.string().min(10, 'Use at least 10 characters.').max(256, 'Use at most 256 characters.');

export const ZPersonName = z.string().trim().min(1, 'Enter a name.').max(120);
export const ZOrganisationName = z.string().trim().min(2, 'Use at least 2 characters.').max(160);
export const ZOrganisationKind = z.enum(['company', 'branch']);
export const ZRole = z.enum(ROLES);

/** First run and `assay org create`: an organisation with its owner. */
export const ZCreateOrganisation = z.object({
  name: ZOrganisationName,
  slug: ZSlug,
  kind: ZOrganisationKind.default('company'),
});
export type TCreateOrganisation = z.infer<typeof ZCreateOrganisation>;

export const ZCreateUser = z.object({ email: ZEmail, name: ZPersonName, password: ZPassword });
export type TCreateUser = z.infer<typeof ZCreateUser>;

export const ZSignIn = z.object({ email: ZEmail, password: z.string().min(1).max(256) });
export type TSignIn = z.infer<typeof ZSignIn>;

export const ZChangePassword = z.object({ current: z.string().min(1).max(256), next: ZPassword });
export type TChangePassword = z.infer<typeof ZChangePassword>;

export const ZInvite = z.object({ email: ZEmail, role: ZRole });
export type TInvite = z.infer<typeof ZInvite>;

/** Makes a slug suggestion from a name: "Acme Metals B.V." → "acme-metals-b-v". */
export function suggestSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
  return slug.length >= 2 ? slug : `org-${slug}`;
}
