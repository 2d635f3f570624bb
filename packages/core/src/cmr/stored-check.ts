import { z } from 'zod';
import { DECIMAL_MARKS } from './figures.js';

/**
 * What Assay keeps of an importer check: the lines as read (kg) and how they were read. The verdict
 * is not kept; it is recomputed with the current rules whenever the check is shown.
 */
export const storedCmrCheckSchema = z.object({
  version: z.literal(1),
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('form') }),
    z.object({ kind: z.literal('file'), fileName: z.string().max(255) }),
  ]),
  convention: z.object({
    mark: z.enum(DECIMAL_MARKS as ['comma', 'point']).nullable(),
    basis: z.enum(['declared', 'delimiter', 'figures', 'none', 'conflict']),
    commaRows: z.array(z.number().int()),
    pointRows: z.array(z.number().int()),
  }),
  lines: z.array(
    z.object({
      row: z.number().int().positive(),
      cnCode: z.string().max(40),
      annualKg: z.number().nonnegative(),
      recycled: z.boolean(),
      goldRefined: z.boolean().optional(),
      originCountry: z.string().max(60).optional(),
      originRegion: z.string().max(200).optional(),
    }),
  ),
  readings: z.array(z.object({ row: z.number().int(), figure: z.string(), unit: z.string(), kg: z.number() })),
});

export type StoredCmrCheckData = z.infer<typeof storedCmrCheckSchema>;
