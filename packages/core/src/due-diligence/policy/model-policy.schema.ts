import { z } from 'zod';

const partialText = z.object({
  en: z.string().trim().max(20_000).optional(),
  nl: z.string().trim().max(20_000).optional(),
});

/**
 * A company's edit of one section. `body` is plain text per language: a blank line starts a new
 * paragraph, lines starting with "- " form a list. A missing language keeps the model text.
 */
export const policySectionOverrideSchema = z.object({
  title: partialText.optional(),
  body: partialText.optional(),
  /** Leave the section out of the policy. */
  omit: z.boolean().default(false),
});

/** Version, approval and section edits for {@link buildModelPolicy}. */
export const policySettingsSchema = z.object({
  /** Increases with every approved change. */
  version: z.number().int().positive().default(1),
  /** Date of approval by management; `null` while the policy is a draft. */
  approvedOn: z.iso.date().nullable().default(null),
  approvedBy: z.string().trim().max(200).optional(),
  sections: z.record(z.string(), policySectionOverrideSchema).default({}),
});

/** A company's edit of one policy section. */
export type PolicySectionOverride = z.infer<typeof policySectionOverrideSchema>;
/** Version, approval and section edits of a company policy. */
export type PolicySettings = z.infer<typeof policySettingsSchema>;
/** Policy settings as a caller may send them (defaults not yet applied). */
export type PolicySettingsInput = z.input<typeof policySettingsSchema>;
