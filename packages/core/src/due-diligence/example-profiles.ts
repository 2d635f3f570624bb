import { type CompanyProfile, companyProfileSchema } from './company-profile.schema.js';

/**
 * Two worked examples, used by tests, documentation and demo pages: a small aluminium extruder that buys
 * metal from Guinea bauxite chains plus scrap, and a mid-sized trader that imports tin into the EU.
 * Company names are fictional.
 */
export const EXAMPLE_PROFILES = {
  aluminiumExtruder: companyProfileSchema.parse({
    name: 'Voorbeeld Profielen B.V.',
    country: 'NL',
    positions: ['semi_finished'],
    size: { band: 'small', employees: 42, turnoverEur: 9_500_000 },
    materials: [
      { materialId: 'aluminium', originCountries: ['GN', 'IS'], volumeKgPerYear: 1_800_000 },
      { materialId: 'aluminium_scrap', originCountries: ['NL', 'BE'], volumeKgPerYear: 600_000 },
    ],
    customerRequests: [{ kind: 'questionnaire', customer: 'a construction customer' }],
  }),
  tinImporter: companyProfileSchema.parse({
    name: 'Example Tin Trading Ltd',
    country: 'NL',
    positions: ['trading'],
    size: { band: 'medium', employees: 80, turnoverEur: 40_000_000 },
    materials: [
      { materialId: 'tin', originCountries: ['ID', 'MM'], volumeKgPerYear: 250_000, importsIntoEu: true },
      { materialId: 'tin_scrap', originCountries: ['DE'], volumeKgPerYear: 20_000 },
    ],
    customerRequests: [{ kind: 'cmrt', customer: 'an electronics customer' }],
    grievanceChannelUrl: 'https://example.org/concerns',
  }),
} as const satisfies Record<string, CompanyProfile>;
