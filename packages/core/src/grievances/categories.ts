import { THEMES, type ThemeGroupId, type ThemeId } from '../risk/themes.js';

/**
 * What a grievance is about. The categories are the risk themes (so a grievance feeds the risk
 * register of the same theme, OECD RBC Guidance step 6 and CSDDD Art. 14(1) "adverse impacts"),
 * plus `other` for everything a reporter cannot or does not want to classify.
 */
export const GRIEVANCE_CATEGORIES = [...THEMES.map((theme) => theme.id), 'other'] as const satisfies readonly (
  | ThemeId
  | 'other'
)[];

/** A grievance category: a risk theme id or `other`. */
export type GrievanceCategory = ThemeId | 'other';

/** The theme group a category belongs to, or `other`, for grouping statistics. */
export function themeGroupOfCategory(category: GrievanceCategory): ThemeGroupId | 'other' {
  return THEMES.find((theme) => theme.id === category)?.group ?? 'other';
}
