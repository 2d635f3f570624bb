import { z } from 'zod';
import { THEMES, type ThemeId } from '../../risk/themes.js';
import { OWNER_ROLES } from '../owner-roles.js';

/**
 * The four responses of OECD RBC DDG 2018: prevent and mitigate potential impacts, cease own
 * contribution (step 3.1–3.2), and remediate actual impacts (step 6.1).
 */
export const ACTION_TYPES = ['prevent', 'mitigate', 'cease', 'remediate'] as const;

/** A kind of response to an impact. */
export type ActionType = (typeof ACTION_TYPES)[number];

/** The life cycle of an action; `verified` means an effectiveness review found it worked (OECD step 4). */
export const ACTION_STATUSES = ['planned', 'in_progress', 'on_hold', 'done', 'verified', 'cancelled'] as const;

/** Where an action stands. */
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Statuses in which an action needs no more work. */
export const CLOSED_ACTION_STATUSES: readonly ActionStatus[] = ['done', 'verified', 'cancelled'];

const themeIds = new Set<string>(THEMES.map((t) => t.id));
const isoDate = z.iso.date();

/** One recorded status change. */
export const actionHistoryEntrySchema = z.object({
  from: z.enum(ACTION_STATUSES),
  to: z.enum(ACTION_STATUSES),
  on: isoDate,
  note: z.string().max(2000).optional(),
});

/** An action of the due-diligence action plan. */
export const actionSchema = z.object({
  id: z.string().min(1).max(100),
  type: z.enum(ACTION_TYPES),
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(5000).optional(),
  /** The risk it addresses (id from the risk register), when there is one. */
  riskId: z.string().max(100).optional(),
  supplierId: z.string().max(100).optional(),
  themeId: z.custom<ThemeId>((v) => typeof v === 'string' && themeIds.has(v), 'unknown theme').optional(),
  ownerRole: z.enum(OWNER_ROLES),
  /** The person, once the company fills in the role. */
  ownerName: z.string().trim().max(200).optional(),
  createdOn: isoDate,
  dueDate: isoDate,
  status: z.enum(ACTION_STATUSES).default('planned'),
  completedOn: isoDate.optional(),
  history: z.array(actionHistoryEntrySchema).default([]),
});

/** An action of the action plan, after validation. */
export type Action = z.infer<typeof actionSchema>;
/** An action as a caller may send it (defaults not yet applied). */
export type ActionInput = z.input<typeof actionSchema>;

/** The OECD step an action type belongs to: remediation is step 6, the rest step 3. */
export function actionStep(type: ActionType): 3 | 6 {
  return type === 'remediate' ? 6 : 3;
}
