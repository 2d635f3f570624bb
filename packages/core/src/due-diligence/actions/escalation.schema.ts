import { z } from 'zod';

/**
 * The three risk-management options for a supplier linked to an impact: continue while mitigation
 * goes on, suspend temporarily, or disengage (OECD minerals DDG 3rd ed., step 3B; OECD RBC DDG 2018,
 * step 3.2; Regulation (EU) 2017/821, Art. 5(1)(b)).
 */
export const ESCALATION_DECISIONS = ['continue_with_mitigation', 'suspend', 'disengage'] as const;

/** An escalation option. */
export type EscalationDecisionType = (typeof ESCALATION_DECISIONS)[number];

/** Reasons a decision can rest on; the free-text explanation says more. */
export const ESCALATION_REASONS = [
  'mitigation_progressing',
  'supplier_engaged',
  'leverage_available',
  'no_measurable_improvement',
  'supplier_refuses',
  'mitigation_not_feasible',
  'severe_impact',
  /** Serious abuses or support to non-state armed groups: Annex II asks to suspend or end at once. */
  'annex_ii_immediate',
  'other',
] as const;

/** A reason behind an escalation decision. */
export type EscalationReason = (typeof ESCALATION_REASONS)[number];

const isoDate = z.iso.date();

/** A recorded escalation decision about a business relationship. */
export const escalationDecisionSchema = z
  .object({
    id: z.string().min(1).max(100),
    supplierId: z.string().max(100).optional(),
    riskId: z.string().max(100).optional(),
    decision: z.enum(ESCALATION_DECISIONS),
    reasons: z.array(z.enum(ESCALATION_REASONS)).min(1),
    explanation: z.string().trim().min(10).max(10_000),
    decidedOn: isoDate,
    /** Who decided; the minerals guidance asks that findings go to designated senior management (step 3A). */
    decidedBy: z.string().trim().min(1).max(200),
    /** When progress is checked again; required unless the relationship ends. */
    reviewBy: isoDate.optional(),
    /** How ending the relationship could itself harm workers or communities, and how that is limited. */
    disengagementImpact: z.string().trim().max(10_000).optional(),
  })
  .superRefine((d, ctx) => {
    // Continuing or suspending is conditional on measurable improvement, so a review date is required.
    if (d.decision !== 'disengage' && d.reviewBy === undefined) {
      ctx.addIssue({ code: 'custom', path: ['reviewBy'], message: 'a review date is required' });
    }
    if (d.reviewBy !== undefined && d.reviewBy < d.decidedOn) {
      ctx.addIssue({ code: 'custom', path: ['reviewBy'], message: 'the review date is before the decision' });
    }
    // OECD RBC DDG 2018, step 3.2: weigh the adverse impacts of disengaging before doing it.
    if (d.decision === 'disengage' && !d.disengagementImpact) {
      ctx.addIssue({
        code: 'custom',
        path: ['disengagementImpact'],
        message: 'describe the impact of disengaging',
      });
    }
    // Annex II: serious abuses and support to armed groups do not allow continuing during mitigation.
    if (d.decision === 'continue_with_mitigation' && d.reasons.includes('annex_ii_immediate')) {
      ctx.addIssue({
        code: 'custom',
        path: ['decision'],
        message: 'Annex II requires suspending or ending engagement at once for this reason',
      });
    }
  });

/** An escalation decision, after validation. */
export type EscalationDecision = z.infer<typeof escalationDecisionSchema>;
