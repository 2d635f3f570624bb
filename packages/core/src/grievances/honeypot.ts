import { HONEYPOT_FIELD } from './submission.schema.js';

/**
 * Spam defence that tracks nobody: the form has a field people do not see (hidden with CSS, labelled
 * "leave this field empty" for screen readers, `autocomplete="off"`, `tabindex="-1"`), which
 * form-filling robots fill in. Call this before validating; when it returns true, answer exactly as
 * for a successful submission but store nothing, so robots learn nothing. No IP address, cookie or
 * fingerprint is involved, which keeps the channel usable for people who must stay anonymous.
 */
export function isHoneypotTripped(input: unknown): boolean {
  if (typeof input !== 'object' || input === null) return false;
  const value = (input as Record<string, unknown>)[HONEYPOT_FIELD];
  if (value === undefined || value === null) return false;
  return typeof value !== 'string' || value.trim() !== '';
}
