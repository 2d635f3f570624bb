import type { ErrorCode } from '@assay/core';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The one table from error code to HTTP status. */
export const HTTP_STATUS: Readonly<Record<ErrorCode, ContentfulStatusCode>> = {
  invalid_input: 400,
  malformed_request: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unreadable_file: 422,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  config_invalid: 500,
  unavailable: 503,
  internal: 500,
};
