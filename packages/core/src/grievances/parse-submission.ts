import type { z } from 'zod';
import { AppError, type ErrorIssue } from '../errors.js';
import type { PublicLocale } from '../i18n/locales.js';
import { grievanceMessage } from './messages.js';
import {
  createSubmissionSchema,
  type GrievanceSubmission,
  SUBMISSION_LIMITS,
  type SubmissionSchemaOptions,
} from './submission.schema.js';

/** Options for `parseSubmission`: the channel's members and the language of error messages. */
export type ParseSubmissionOptions = SubmissionSchemaOptions & {
  /** Language of the messages in the error; the page's language, not necessarily the submission's. */
  readonly locale?: PublicLocale;
};

/** Values for the placeholders of the schema's messages. */
const PARAMS = {
  min: SUBMISSION_LIMITS.descriptionMin,
  max: SUBMISSION_LIMITS.descriptionMax,
} as const;

function toIssue(issue: z.core.$ZodIssue, locale: PublicLocale): ErrorIssue {
  const key = issue.message.startsWith('grievances.') ? issue.message : 'grievances.error.invalid';
  const max = issue.code === 'too_big' ? Number(issue.maximum) : PARAMS.max;
  return { path: issue.path.join('.'), message: grievanceMessage(locale, key, { ...PARAMS, max }) };
}

/**
 * Validates a submission from the form or the API. Throws `invalid_input` with one translated issue
 * per field (`details.issues[].path` is the field name), so the page can show each next to its field.
 */
export function parseSubmission(input: unknown, options: ParseSubmissionOptions = {}): GrievanceSubmission {
  const locale = options.locale ?? 'en';
  const result = createSubmissionSchema(options).safeParse(input);
  if (result.success) return result.data;
  throw new AppError('invalid_input', grievanceMessage(locale, 'grievances.error.invalid'), {
    issues: result.error.issues.map((issue) => toIssue(issue, locale)),
  });
}
