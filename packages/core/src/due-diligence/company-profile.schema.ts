import { z } from 'zod';
import { ZCountryInput } from '../reference/country-input.js';
import { CHAIN_POSITIONS } from './chain-positions.js';
import { SIZE_BANDS } from './size-bands.js';

/** A country by code or English/Dutch name, as its ISO 3166-1 alpha-2 code. */
export const countryCodeSchema = ZCountryInput;

/** A position in the metal chain. */
export const chainPositionSchema = z.enum(CHAIN_POSITIONS);

/** A size band of the EU SME definition (Recommendation 2003/361/EC). */
export const sizeBandSchema = z.enum(SIZE_BANDS);

/** A material the company buys, processes or sells, with where it comes from. */
export const materialSourcingSchema = z.object({
  /** Catalogue id, e.g. 'bauxite', 'aluminium_scrap', 'tin'. Any id is accepted. */
  materialId: z.string().trim().min(1).max(80),
  /** Known countries of origin (mine, or scrap collection) as ISO alpha-2 codes; may be empty when unknown. */
  originCountries: z.array(countryCodeSchema).max(250).default([]),
  /** Yearly volume in kilograms, when known. */
  volumeKgPerYear: z.number().nonnegative().optional(),
  /** The company itself declares it for release into free circulation in the EU (Reg. 2017/821, Art. 2, "Union importer"). */
  importsIntoEu: z.boolean().default(false),
  /** Overrides the recycled flag derived from the id (e.g. a 'tin' line that is all post-consumer scrap). */
  recycled: z.boolean().optional(),
});

/** Kinds of requests customers send about responsible sourcing. */
export const CUSTOMER_REQUEST_KINDS = [
  'cmrt',
  'emrt',
  'amrt',
  'questionnaire',
  'code_of_conduct',
  'audit',
  'policy',
  'other',
] as const;

/** A request a customer made, e.g. "send a CMRT", "sign our supplier code". */
export const customerRequestSchema = z.object({
  kind: z.enum(CUSTOMER_REQUEST_KINDS),
  customer: z.string().trim().max(200).optional(),
  note: z.string().trim().max(2000).optional(),
});

/** The company profile that drives the plan of approach, the questionnaire and the model policy. */
export const companyProfileSchema = z.object({
  name: z.string().trim().min(1).max(200),
  /** Country of the head office (ISO alpha-2). */
  country: countryCodeSchema.optional(),
  positions: z
    .array(chainPositionSchema)
    .min(1)
    .refine((list) => new Set(list).size === list.length, 'positions must be unique'),
  size: z.object({
    band: sizeBandSchema,
    employees: z.number().int().nonnegative().optional(),
    turnoverEur: z.number().nonnegative().optional(),
  }),
  materials: z.array(materialSourcingSchema).max(500).default([]),
  customerRequests: z.array(customerRequestSchema).max(200).default([]),
  /**
   * Public page where anyone can raise a concern; a placeholder is used in the policy when absent.
   * Only http: and https: with a domain name (never `javascript:`, `data:` or `file:`): it is shown as a link.
   */
  grievanceChannelUrl: z.httpUrl().optional(),
});

/** A material the company sources, after validation. */
export type MaterialSourcing = z.infer<typeof materialSourcingSchema>;
/** A customer request, after validation. */
export type CustomerRequest = z.infer<typeof customerRequestSchema>;
/** The validated company profile. */
export type CompanyProfile = z.infer<typeof companyProfileSchema>;
/** The company profile as a caller may send it (defaults not yet applied). */
export type CompanyProfileInput = z.input<typeof companyProfileSchema>;
