import { z } from 'zod';
import { resolveCountry } from './countries.js';

/**
 * A country as a person types it: an ISO 3166-1 code (alpha-2, alpha-3 or numeric) or the English or
 * Dutch name, accents and case ignored. The result is the alpha-2 code. Any other two letters are kept
 * upper-cased (format only, as before: user-assigned codes such as XK exist in the risk data).
 */
export const ZCountryInput = z
  .string()
  .trim()
  .transform((text, ctx) => {
    const found = resolveCountry(text);
    if (found) return found.alpha2;
    if (/^[A-Za-z]{2}$/.test(text)) return text.toUpperCase();
    ctx.addIssue({
      code: 'custom',
      message: `"${text}" is not a country: type its English or Dutch name, or its ISO code, e.g. DE.`,
      params: { key: 'validation.country', values: { text } },
    });
    return z.NEVER;
  });
