import { z } from 'zod';

/** The columns the supplier register can be sorted by (each backed by a stored column). */
export const SUPPLIER_SORTS = ['name', 'country', 'tier', 'updated'] as const;
export type SupplierSort = (typeof SUPPLIER_SORTS)[number];

/** The most rows one page or API response holds, so no response grows with the register. */
export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

/**
 * One page of the supplier register: an optional search on the name (case-insensitive, a part of
 * the name is enough), a sort column and direction, and an offset and size.
 */
export const ZSupplierListQuery = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((q) => (q ? q : undefined))
    .describe('A part of the supplier name (case-insensitive)'),
  sort: z.enum(SUPPLIER_SORTS).default('name').describe('The column to sort by'),
  dir: z.enum(['asc', 'desc']).default('asc').describe('Sort direction'),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0).describe('How many matches to skip'),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE)
    .default(DEFAULT_PAGE_SIZE)
    .describe(`Page size (at most ${MAX_PAGE_SIZE})`),
});
export type SupplierListQuery = z.output<typeof ZSupplierListQuery>;

/** A page of a list: its items, how many match in all, and where it starts. */
export type PageOf<T> = { items: T[]; total: number; offset: number; limit: number };

/** The offset of the next page, or null on the last one. */
export function nextOffset(page: Pick<PageOf<unknown>, 'total' | 'offset' | 'limit'>): number | null {
  const next = page.offset + page.limit;
  return next < page.total ? next : null;
}

/** The offset of the previous page, or null on the first one. */
export function previousOffset(page: Pick<PageOf<unknown>, 'offset' | 'limit'>): number | null {
  return page.offset > 0 ? Math.max(0, page.offset - page.limit) : null;
}

/**
 * Reads a list query from a page's query string: each field on its own, and a field that does not
 * pass its schema (`limit=abc`, `sort=evil`) takes its default, so a hand-edited or stale link
 * shows a list instead of an error. Fields the schema does not name are ignored.
 */
export function readListQuery<S extends z.ZodObject>(
  schema: S,
  raw: Readonly<Record<string, string | undefined>>,
): z.output<S> {
  const read: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const given = field.safeParse(raw[key]);
    read[key] = given.success ? given.data : field.parse(undefined);
  }
  return read as z.output<S>;
}

/** The supplier list query of a page's query string; invalid values take their defaults. */
export const readSupplierListQuery = (raw: Readonly<Record<string, string | undefined>>): SupplierListQuery =>
  readListQuery(ZSupplierListQuery, raw);
