import type { ErrorCode } from '@assay/core';

/**
 * The one table from error code to process exit code. 1 is reserved for "ran, and found errors"
 * (e.g. `template check` with error-level findings); 2 for input that cannot be read at all.
 * The others follow BSD sysexits.h where one fits.
 */
export const EXIT_CODES: Readonly<Record<ErrorCode, number>> = {
  invalid_input: 2,
  malformed_request: 2,
  unreadable_file: 2,
  unsupported_media_type: 2,
  payload_too_large: 2,
  not_found: 3,
  conflict: 4,
  unauthenticated: 77,
  forbidden: 77,
  csrf_failed: 77,
  rate_limited: 75,
  config_invalid: 78,
  unavailable: 69,
  internal: 70,
};

/** Exit code when a command ran correctly but its result contains errors (e.g. findings). */
export const EXIT_FINDINGS = 1;
