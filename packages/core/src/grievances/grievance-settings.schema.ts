import { z } from 'zod';

/**
 * Per-channel settings of the grievance procedure. The defaults follow the EU Whistleblower
 * Directive (EU) 2019/1937 Art. 9(1)(b) and (f) — confirm receipt within 7 days, give feedback
 * within three months — a benchmark the LkSG §8 and CSDDD Art. 14 procedures do not fix in days.
 */
export const grievanceSettingsSchema = z.object({
  /** Days within which receipt must be confirmed to the reporter. */
  acknowledgeWithinDays: z.number().int().min(1).max(90).default(7),
  /**
   * Days within which the reporter must hear from an officer, counted from the confirmation of
   * receipt (or from the acknowledgement deadline if it was missed) and again from each later
   * message to the reporter while the case is open. 90 days approximates "three months".
   */
  followUpWithinDays: z.number().int().min(1).max(365).default(90),
  /**
   * Days a closed case is kept before deletion. Default seven years: LkSG §10(1) keeps due-diligence
   * documentation for at least seven years (⚠ confirm against the storage-limitation duty of GDPR
   * Art. 5(1)(e) for the personal data in a case; the organisation's procedure decides).
   */
  retentionDays: z
    .number()
    .int()
    .min(30)
    .max(3650 * 2)
    .default(7 * 365 + 2),
});

/** Settings of the grievance procedure, with defaults filled in. */
export type GrievanceSettings = z.infer<typeof grievanceSettingsSchema>;

/** The defaults. */
export const DEFAULT_GRIEVANCE_SETTINGS: GrievanceSettings = grievanceSettingsSchema.parse({});
