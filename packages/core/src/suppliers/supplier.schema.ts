import { z } from 'zod';
import { ZCountryInput } from '../reference/country-input.js';

/** A country by code or English/Dutch name, stored as its ISO 3166-1 alpha-2 code. */
export const ZCountryCode = ZCountryInput;

/** Comma- or semicolon-separated material names from a form, or an array from JSON. */
const ZMaterials = z
  .union([z.array(z.string()), z.string()])
  .transform((value) =>
    (Array.isArray(value) ? value : value.split(/[,;]/)).map((m) => m.trim().toLowerCase()).filter((m) => m.length > 0),
  )
  .pipe(z.array(z.string().max(80)).max(50));

/** A supplier as entered in a form or sent to the API. */
export const ZSupplierInput = z.object({
  name: z.string().trim().min(1, 'Enter the supplier’s name.').max(200),
  country: z
    .union([z.literal('').transform(() => null), ZCountryCode])
    .nullable()
    .default(null),
  materials: ZMaterials.default([]),
  tier: z.coerce.number().int().min(1).max(10).default(1),
  recycled: z
    .union([z.boolean(), z.enum(['on', 'true', 'false', '1', '0'])])
    .transform((v) => v === true || v === 'on' || v === 'true' || v === '1')
    .default(false),
});
export type TSupplierInput = z.infer<typeof ZSupplierInput>;
