import type { LocalizedText } from '../../i18n/locales.js';
import type { ProfileCondition } from '../profile-traits.js';

/** A block of policy text: a paragraph or a bulleted list. */
export type PolicyBlock = { readonly p: LocalizedText } | { readonly ul: readonly LocalizedText[] };

/** A section of the model policy, as data. Placeholders are filled from the profile. */
export type PolicySectionTemplate = {
  readonly id: string;
  readonly title: LocalizedText;
  readonly blocks: readonly PolicyBlock[];
  /** Included only when the profile meets the condition. */
  readonly when?: ProfileCondition;
  readonly source: string;
};
