import { z } from 'zod';
import { PUBLIC_LOCALES, type PublicLocale } from '../i18n/locales.js';
import { GRIEVANCE_CATEGORIES, type GrievanceCategory } from './categories.js';

/**
 * The grievance form and the JSON API share this schema. Everything except the category, the
 * description and the language is optional: a mechanism must be accessible to people who know
 * little and fear much (UNGP 31 (b); CSDDD Art. 14(1) and (6) allow anonymous notifications).
 * Messages are catalogue keys (`grievances.error.*`), translated by `parseSubmission`.
 */

/** Length limits of the free-text fields. */
export const SUBMISSION_LIMITS = {
  descriptionMin: 10,
  descriptionMax: 10_000,
  shortText: 200,
  email: 254,
} as const;

/** Name of the honeypot field: hidden from people, filled in by form-filling robots. */
export const HONEYPOT_FIELD = 'website';

/** HTML forms send empty strings for untouched fields; treat them as absent. */
const blankToUndefined = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};

/** Like `blankToUndefined`, then re-cased, for codes people type in either case. */
const blankToCased =
  (recase: (text: string) => string) =>
  (value: unknown): unknown => {
    const text = blankToUndefined(value);
    return typeof text === 'string' ? recase(text) : text;
  };

const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, z.string().max(max, 'grievances.error.text_too_long').optional());

/** A checked checkbox arrives as `on` from a form, `true` from JSON. */
const checkbox = z.preprocess(
  (value) => value === true || value === 'on' || value === 'true' || value === '1',
  z.boolean(),
);

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A validated submission, as stored on the case. The contact address exists only with consent. */
export type GrievanceSubmission = {
  readonly category: GrievanceCategory;
  /** ISO 3166-1 alpha-2, upper case. */
  readonly country?: string;
  readonly place?: string;
  /** The company or supplier concerned, in the reporter's words. */
  readonly concerned?: string;
  /** On a branch organisation's shared channel: the slug of the member concerned. */
  readonly member?: string;
  readonly description: string;
  /** The language the reporter wants answers in. */
  readonly language: PublicLocale;
  /** Present only when the reporter gave an address and consented to its use. */
  readonly contact?: { readonly email: string };
};

/** Options that depend on the channel. */
export type SubmissionSchemaOptions = {
  /** Slugs of the members of a branch organisation's shared channel; absent for a single company's channel. */
  readonly memberSlugs?: readonly string[];
};

/** The submission schema for one channel. Input: form fields or JSON; output: `GrievanceSubmission`. */
export function createSubmissionSchema(options: SubmissionSchemaOptions = {}) {
  return z
    .object({
      category: z.enum(GRIEVANCE_CATEGORIES, 'grievances.error.category'),
      country: z.preprocess(
        blankToCased((text) => text.toUpperCase()),
        z
          .string()
          .regex(/^[A-Z]{2}$/, 'grievances.error.country')
          .optional(),
      ),
      place: optionalText(SUBMISSION_LIMITS.shortText),
      concerned: optionalText(SUBMISSION_LIMITS.shortText),
      member: z.preprocess(
        blankToCased((text) => text.toLowerCase()),
        z.string().max(64, 'grievances.error.member').regex(SLUG, 'grievances.error.member').optional(),
      ),
      description: z
        .string('grievances.error.description_too_short')
        .trim()
        .min(SUBMISSION_LIMITS.descriptionMin, 'grievances.error.description_too_short')
        .max(SUBMISSION_LIMITS.descriptionMax, 'grievances.error.description_too_long'),
      contactEmail: z.preprocess(
        blankToUndefined,
        z.email('grievances.error.email').max(SUBMISSION_LIMITS.email, 'grievances.error.email').optional(),
      ),
      contactConsent: checkbox,
      language: z.enum(PUBLIC_LOCALES, 'grievances.error.language'),
      [HONEYPOT_FIELD]: z.preprocess(blankToUndefined, z.undefined('grievances.error.honeypot')),
    })
    .superRefine((value, ctx) => {
      // Contact data is personal data: keep it only with explicit consent (GDPR Art. 6(1)(a)).
      if (value.contactEmail !== undefined && !value.contactConsent) {
        ctx.addIssue({ code: 'custom', path: ['contactConsent'], message: 'grievances.error.consent_required' });
      }
      if (value.member !== undefined && !options.memberSlugs?.includes(value.member)) {
        ctx.addIssue({ code: 'custom', path: ['member'], message: 'grievances.error.member' });
      }
    })
    .transform(
      (value): GrievanceSubmission => ({
        category: value.category,
        ...(value.country === undefined ? {} : { country: value.country }),
        ...(value.place === undefined ? {} : { place: value.place }),
        ...(value.concerned === undefined ? {} : { concerned: value.concerned }),
        ...(value.member === undefined ? {} : { member: value.member }),
        description: value.description,
        language: value.language,
        ...(value.contactEmail === undefined ? {} : { contact: { email: value.contactEmail } }),
      }),
    );
}

/** The submission schema of a single company's channel (no members), e.g. for generating API docs. */
export const grievanceSubmissionSchema = createSubmissionSchema();

/** The raw input the schema accepts. */
export type GrievanceSubmissionInput = z.input<typeof grievanceSubmissionSchema>;
