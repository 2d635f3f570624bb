import { z } from 'zod';

/** Whether a higher or a lower value is better (e.g. share of suppliers audited vs. number of incidents). */
export const INDICATOR_DIRECTIONS = ['increase', 'decrease'] as const;

/** A tracking indicator with baseline, target and the value measured at review. */
export const trackingIndicatorSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(300),
  unit: z.string().trim().max(40).optional(),
  direction: z.enum(INDICATOR_DIRECTIONS),
  baseline: z.number(),
  target: z.number(),
  actual: z.number().optional(),
  /** Qualitative sources behind the figure: supplier visits, worker interviews, grievances. */
  evidence: z.string().trim().max(4000).optional(),
});

/** Outcomes of an effectiveness review. */
export const REVIEW_CONCLUSIONS = ['effective', 'partly_effective', 'not_effective'] as const;

/**
 * An effectiveness review of one or more actions (OECD RBC DDG 2018, step 4.1: track implementation and
 * results, using qualitative and quantitative indicators and feedback from affected stakeholders).
 */
export const effectivenessReviewSchema = z.object({
  id: z.string().min(1).max(100),
  actionIds: z.array(z.string().min(1)).min(1),
  reviewedOn: z.iso.date(),
  indicators: z.array(trackingIndicatorSchema).default([]),
  conclusion: z.enum(REVIEW_CONCLUSIONS),
  lessons: z.string().trim().max(10_000).default(''),
  stakeholderInput: z.string().trim().max(10_000).optional(),
  nextReviewOn: z.iso.date().optional(),
});

/** A tracking indicator. */
export type TrackingIndicator = z.infer<typeof trackingIndicatorSchema>;
/** An effectiveness review, after validation. */
export type EffectivenessReview = z.infer<typeof effectivenessReviewSchema>;
/** The conclusion of a review. */
export type ReviewConclusion = (typeof REVIEW_CONCLUSIONS)[number];
