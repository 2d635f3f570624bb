/**
 * The canonical declaration model read from any RMI template (CMRT, EMRT, CRT, AMRT), as zod
 * schemas so the TypeScript types are inferred and the JSON shape is documented in one place.
 *
 * Conventions: text fields are trimmed (tabs, ideographic and no-break spaces removed at the
 * ends) and `null` when empty; answers use the template's own English drop-down spelling
 * (`Yes`, `100%`, `Yes, with the SEC`), whatever language the file was saved in; dates are ISO
 * `YYYY-MM-DD`; countries are ISO 3166-1 alpha-2 codes plus the original text.
 */
import { z } from 'zod';
import { TEMPLATE_FAMILIES } from './layout-types.js';

const text = z.string().min(1).nullable();

/** A template family: CMRT, EMRT, CRT or AMRT. */
export const templateFamilySchema = z.enum(TEMPLATE_FAMILIES);

/** One answer (Declaration column D) with its comment (column G). */
export const answerSchema = z.object({
  /** Canonical answer, or the trimmed text as written when it is not one of the drop-down values. */
  value: text,
  comment: text,
});
/** One answer with its comment. */
export type Answer = z.infer<typeof answerSchema>;

/** A mineral of the declaration with its per-mineral answers (CMRT Q1–Q8, EMRT Q1–Q7, CRT Q1–Q6, AMRT Q1–Q2). */
export const mineralSchema = z.object({
  /** Canonical English name: Tantalum, Tin, Gold, Tungsten, Cobalt, Mica, Copper, … */
  name: z.string().min(1),
  /** The name as written in the file when it differs (AMRT minerals typed in Chinese, "Other" names). */
  label: text,
  /**
   * True when the answers put this mineral in scope of smelter reporting: Q1 = Yes and, where
   * the family gates on Q2 (CMRT, EMRT), Q2 is not No/Unknown (the Checker's gating).
   */
  inScope: z.boolean(),
  /** Answers keyed by question id (`Q1` …). */
  answers: z.record(z.string(), answerSchema),
});
/** A mineral with its answers. */
export type Mineral = z.infer<typeof mineralSchema>;

/** A company-level question (CMRT A–H, EMRT A–G, CRT A–I). */
export const companyQuestionSchema = z.object({
  id: z.string().min(1),
  value: text,
  comment: text,
  /** Per-mineral answers (EMRT question C). */
  perMineral: z.array(z.object({ mineral: z.string().min(1), value: text })).optional(),
});
/** A company-level question. */
export type CompanyQuestion = z.infer<typeof companyQuestionSchema>;

/** ISO 3166-1 alpha-2 code. */
const alpha2 = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .nullable();

/** A Smelter List row. */
export const smelterSchema = z.object({
  /** Source row in the Smelter List (provenance; the writer packs rows from row 5). */
  row: z.number().int().positive().optional(),
  metal: text,
  /** Column C: the Look-up name chosen (an alias, or `Smelter not listed` / `Smelter not yet identified`). */
  lookupName: text,
  /** Column D: the smelter name typed for a not-listed smelter. */
  name: text,
  /** ISO alpha-2 of the smelter country, when the text could be matched. */
  country: alpha2,
  /** The country as written. */
  countryName: text,
  /** Smelter id (CID…) from column F, or the CID typed in column A. */
  smelterId: text,
  idSource: text,
  street: text,
  city: text,
  state: text,
  contactName: text,
  contactEmail: text,
  nextSteps: text,
  mineNames: text,
  mineCountry: text,
  /** "Does 100% of the feedstock come from recycled or scrap sources?": Yes / No / Unknown, or the text. */
  recycled: text,
  comments: text,
});
/** A Smelter List row. */
export type Smelter = z.infer<typeof smelterSchema>;

/** A Smelter List row of `metal` with every other column empty, then `fields` (for rows Assay writes). */
export function smelterRow(metal: string, fields: Partial<Smelter> = {}): Smelter {
  return {
    metal,
    lookupName: null,
    name: null,
    country: null,
    countryName: null,
    smelterId: null,
    idSource: null,
    street: null,
    city: null,
    state: null,
    contactName: null,
    contactEmail: null,
    nextSteps: null,
    mineNames: null,
    mineCountry: null,
    recycled: null,
    comments: null,
    ...fields,
  };
}

/** A Mine List row (EMRT 2.x, AMRT). */
export const mineSchema = z.object({
  row: z.number().int().positive().optional(),
  metal: text,
  smelterName: text,
  name: text,
  mineId: text,
  idSource: text,
  country: alpha2,
  countryName: text,
  street: text,
  city: text,
  state: text,
  contactName: text,
  contactEmail: text,
  nextSteps: text,
  comments: text,
});
/** A Mine List row. */
export type Mine = z.infer<typeof mineSchema>;

/** A Product List row. */
export const productSchema = z.object({
  row: z.number().int().positive().optional(),
  number: text,
  name: text,
  requesterNumber: text,
  requesterName: text,
  comments: text,
});
/** A Product List row. */
export type Product = z.infer<typeof productSchema>;

/** A row of the template's own Smelter Look-up sheet (the reference list embedded in it). */
export const lookupEntrySchema = z.object({
  metal: z.string().min(1),
  /** Column B: the look-up name (an alias or the standard name). */
  alias: z.string().min(1),
  standardName: text,
  /** ISO alpha-2 of the Look-up country, when it could be matched. */
  country: alpha2,
  countryName: text,
  smelterId: text,
});
/** A Look-up row. */
export type LookupEntry = z.infer<typeof lookupEntrySchema>;

/** Declaration scope letter: A company, B products, C user defined. */
export const scopeCodeSchema = z.enum(['A', 'B', 'C']);

/** The canonical declaration. */
export const declarationSchema = z.object({
  family: templateFamilySchema,
  /** Version as written in `Declaration!J3`, e.g. `6.4`. */
  version: z.string().regex(/^\d+(\.\d+)*$/),
  /** UI language the file was saved with (cached `Declaration!D3`). */
  language: text,
  company: z.object({
    name: text,
    uniqueId: text,
    uniqueIdAuthority: text,
    address: text,
    contact: z.object({ name: text, email: text, phone: text }),
    authorizer: z.object({ name: text, title: text, email: text, phone: text }),
  }),
  scope: z.object({ code: scopeCodeSchema.nullable(), text, description: text }),
  /** Effective date, ISO `YYYY-MM-DD`. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  minerals: z.array(mineralSchema),
  companyQuestions: z.array(companyQuestionSchema),
  products: z.array(productSchema),
  smelters: z.array(smelterSchema),
  mines: z.array(mineSchema),
  /** The template's embedded Smelter Look-up (empty for AMRT 1.2, which has none). */
  lookup: z.array(lookupEntrySchema),
});
/** The canonical declaration. */
export type Declaration = z.infer<typeof declarationSchema>;

/** A text in the two languages Assay ships. */
export const bilingualSchema = z.object({ en: z.string(), nl: z.string() });
/** A text in English and Dutch. */
export type Bilingual = z.infer<typeof bilingualSchema>;

/** Finding severities. */
export const FINDING_SEVERITIES = ['error', 'warning', 'info'] as const;

/** A problem (or note) found in a template: data, never an exception. */
export const findingSchema = z.object({
  severity: z.enum(FINDING_SEVERITIES),
  /** Stable rule code, listed in docs/TEMPLATE-RULES.md. */
  code: z.string().min(1),
  sheet: z.string().nullable(),
  cell: z.string().nullable(),
  message: bilingualSchema,
  /** A suggested fix the customer can send to the supplier. */
  fix: bilingualSchema,
  /**
   * Only on the summary line of a stored submission's findings: how many more findings of this
   * code were not stored one by one (docs/decisions/template-read-limits.md). The submission's
   * error and warning counts include them.
   */
  omitted: z.number().int().positive().optional(),
});
/** A finding. */
export type Finding = z.infer<typeof findingSchema>;

/** What {@link readTemplate} returns. */
export const templateReadResultSchema = z.object({
  declaration: declarationSchema.optional(),
  findings: z.array(findingSchema),
});
/** The result of reading a template. */
export type TemplateReadResult = z.infer<typeof templateReadResultSchema>;
