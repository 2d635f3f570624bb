/**
 * The one error type of Assay. Every failure that reaches a user carries a code from
 * {@link ErrorCode}; the server maps the code to an HTTP status and the CLI to an exit code,
 * each in one table (apps/server/src/http/on-error.ts, apps/cli/src/exit-codes.ts).
 *
 * Expected outcomes (a template with findings, a high-risk supplier) are data, not errors.
 */
import type { UiMessageKey } from './i18n/ui/en.js';

export const ERROR_CODES = [
  /** Input failed validation: a field, a row, a cell. `details.issues` says where. */
  'invalid_input',
  /** The request body is not well-formed (e.g. malformed JSON). */
  'malformed_request',
  /** The request body is larger than the configured limit. */
  'payload_too_large',
  /** The media type of the body is not accepted by this endpoint. */
  'unsupported_media_type',
  /** A file could not be read as what it claims to be (not a workbook, encrypted, truncated). */
  'unreadable_file',
  /** Not signed in, or the session ended. */
  'unauthenticated',
  /** Signed in, but the role does not allow this. */
  'forbidden',
  /** The CSRF token is missing or wrong. */
  'csrf_failed',
  /** Not found, or not visible to this organisation (the two are indistinguishable on purpose). */
  'not_found',
  /** The change conflicts with existing data (duplicate slug, stale version). */
  'conflict',
  /** Too many attempts; try again later. */
  'rate_limited',
  /** Configuration is missing or invalid. */
  'config_invalid',
  /** A required external tool or service is not available (pg_dump, the database). */
  'unavailable',
  /** A bug: something that should not happen. Never shown with a stack trace. */
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Values filled into a message's `{placeholders}`. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Where in the input a problem sits: a field path, or a file/sheet/cell/row. `message` is English
 * (for the API and logs); `key` and `params`, when present, give the same message in every UI language.
 */
export type ErrorIssue = {
  readonly path?: string;
  readonly file?: string;
  readonly sheet?: string;
  readonly cell?: string;
  readonly row?: number;
  /** A part of a package (`xl/sharedStrings.xml`), for a damaged file. */
  readonly part?: string;
  readonly message: string;
  readonly key?: UiMessageKey;
  readonly params?: MessageParams;
};

export type AppErrorDetails = {
  readonly issues?: readonly ErrorIssue[];
  /** Seconds to wait, for `rate_limited`. */
  readonly retryAfter?: number;
  /**
   * For `rate_limited` on the public grievance channel: the signed second step, to send back with
   * the same report once `retryAfter` seconds have passed.
   */
  readonly secondStep?: string;
  /** What the user can do about it. */
  readonly hint?: string;
  /** The message in each UI language, where the code that refused the input wrote them (the file readers). */
  readonly messages?: { readonly en: string; readonly nl: string };
  /** The message in every UI language: a catalogue key and its parameters (pages show this, never `message`). */
  readonly messageKey?: UiMessageKey;
  readonly params?: MessageParams;
};

/** An error with a stable code, a message fit for users, and optional structured details. */
export class AppError extends Error {
  override readonly name = 'AppError';
  readonly code: ErrorCode;
  readonly details: AppErrorDetails;

  constructor(code: ErrorCode, message: string, details: AppErrorDetails = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.details = details;
  }
}

/** True when `value` is an {@link AppError} (also across bundle copies). */
export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError || (value instanceof Error && value.name === 'AppError' && 'code' in value);
}

/** Shorthand for the most common error: something the caller named does not exist here. */
export function notFound(what: string): AppError {
  return new AppError('not_found', `${what} was not found.`);
}
