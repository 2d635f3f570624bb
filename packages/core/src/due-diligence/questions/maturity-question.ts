import type { LocalizedText } from '../../i18n/locales.js';
import type { OecdStepId } from '../oecd-steps.js';
import type { OwnerRole } from '../owner-roles.js';
import type { ProfileCondition } from '../profile-traits.js';

/** How much a question counts within its step: 3 = core requirement, 2 = important, 1 = good practice. */
export type QuestionWeight = 1 | 2 | 3;

/** What closing the gap on a question looks like, used by the improvement plan. */
export type ImprovementTemplate = {
  /** The specific goal; `{company}` and `{materials}` are filled from the profile. */
  readonly action: LocalizedText;
  /** How achievement is measured. */
  readonly measure: LocalizedText;
  readonly owner: OwnerRole;
  /** Suggested months from today to the deadline. */
  readonly months: number;
};

/** One question of the maturity self-assessment. Questions are data; ids are stable and stored with answers. */
export type MaturityQuestion = {
  readonly id: string;
  readonly step: OecdStepId;
  readonly weight: QuestionWeight;
  readonly text: LocalizedText;
  /** What "fully" looks like, so answers are comparable between companies. */
  readonly fully: LocalizedText;
  /** Shown only when the profile meets the condition (minerals, importers, smelters, recyclers). */
  readonly when?: ProfileCondition;
  readonly source: string;
  readonly improvement: ImprovementTemplate;
};
