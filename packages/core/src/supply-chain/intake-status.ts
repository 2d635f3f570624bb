/** The status of a received template on the intake board, from its findings. */
import type { Finding } from '../templates/index.js';

export const SUBMISSION_STATUSES = ['valid', 'needs_correction', 'unreadable'] as const;
/** `valid`: no error-level finding; `needs_correction`: at least one; `unreadable`: not a template at all. */
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** Counts and status of a read template. */
export function submissionStatus(findings: readonly Pick<Finding, 'severity'>[], readable: boolean) {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const status: SubmissionStatus = !readable ? 'unreadable' : errors > 0 ? 'needs_correction' : 'valid';
  return { status, errors, warnings };
}
