import { AppError } from '../../errors.js';
import type { LocalizedText, UiLocale } from '../../i18n/locales.js';
import { CHAIN_POSITION_INFO } from '../chain-positions.js';
import type { CompanyProfile } from '../company-profile.schema.js';
import { fillText, listText, type TextVars } from '../localized-text.js';
import { classifyMaterial, type MaterialResolver, metalLabel } from '../material-families.js';
import { meetsCondition, profileTraits } from '../profile-traits.js';
import { sizeBandLimits } from '../size-bands.js';
import { type PolicySettingsInput, policySettingsSchema } from './model-policy.schema.js';
import type { PolicyBlock } from './policy-section.js';
import { POLICY_SECTIONS } from './policy-sections.js';

/** A rendered block in one language: a paragraph or a list. */
export type PolicyText = { readonly p: string } | { readonly ul: readonly string[] };

/** A section of a company's policy, ready to render; each language has its own blocks, so edits stay per language. */
export type PolicySection = {
  readonly id: string;
  readonly title: LocalizedText;
  readonly body: Readonly<Record<UiLocale, readonly PolicyText[]>>;
  readonly source: string;
  /** True when the company changed the model text of this section. */
  readonly edited: boolean;
};

/** A company's responsible-sourcing policy: versioned, approved or draft, in Dutch and English. */
export type ModelPolicy = {
  readonly companyName: string;
  readonly title: LocalizedText;
  readonly version: number;
  readonly approvedOn: string | null;
  readonly approvedBy: string | null;
  readonly sections: readonly PolicySection[];
};

/** Shown where the profile has no grievance channel yet, so the gap is visible in the draft. */
export const GRIEVANCE_URL_PLACEHOLDER: LocalizedText = {
  en: '[link to our grievance channel]',
  nl: '[link naar ons klachtenkanaal]',
};

const POLICY_TITLE: LocalizedText = { en: 'Responsible sourcing policy', nl: 'Beleid voor verantwoord inkopen' };

/**
 * The model policy filled from the profile, with the company's section edits applied. Sections that
 * do not fit the profile (minerals, scrap) are left out. Unknown section ids are an input error.
 */
export function buildModelPolicy(
  profile: CompanyProfile,
  settingsInput: PolicySettingsInput = {},
  resolve?: MaterialResolver,
): ModelPolicy {
  const settings = policySettingsSchema.parse(settingsInput);
  const known = new Set(POLICY_SECTIONS.map((s) => s.id));
  const unknown = Object.keys(settings.sections).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new AppError('invalid_input', 'The policy has edits for sections that do not exist.', {
      issues: unknown.map((id) => ({ path: `sections.${id}`, message: 'unknown policy section' })),
    });
  }
  const traits = profileTraits(profile, resolve);
  const vars = policyVars(profile, resolve);
  const sections = POLICY_SECTIONS.filter((s) => meetsCondition(s.when, traits)).flatMap((s): PolicySection[] => {
    const edit = settings.sections[s.id];
    if (edit?.omit) return [];
    const title = { en: edit?.title?.en || s.title.en, nl: edit?.title?.nl || s.title.nl };
    const bodyOf = (locale: UiLocale) => {
      const text = edit?.body?.[locale];
      return text ? parsePolicyText(text) : inLocale(s.blocks, vars, locale);
    };
    const edited = Boolean(edit?.title?.en || edit?.title?.nl || edit?.body?.en || edit?.body?.nl);
    return [{ id: s.id, title, body: { en: bodyOf('en'), nl: bodyOf('nl') }, source: s.source, edited }];
  });
  return {
    companyName: profile.name,
    title: POLICY_TITLE,
    version: settings.version,
    approvedOn: settings.approvedOn,
    approvedBy: settings.approvedBy ?? null,
    sections,
  };
}

function policyVars(profile: CompanyProfile, resolve: MaterialResolver | undefined): TextVars {
  const metals = [...new Set(profile.materials.map((m) => classifyMaterial(m.materialId, resolve).metal))];
  return {
    company: profile.name,
    size: sizeBandLimits(profile.size.band).label,
    positions: listText(profile.positions.map((p) => CHAIN_POSITION_INFO[p].label)),
    materials: metals.length > 0 ? listText(metals.map(metalLabel)) : { en: 'metals', nl: 'metalen' },
    grievanceUrl: profile.grievanceChannelUrl ?? GRIEVANCE_URL_PLACEHOLDER,
  };
}

/** The blocks of one language of a section. */
function inLocale(blocks: readonly PolicyBlock[], vars: TextVars, locale: UiLocale): PolicyText[] {
  return blocks.map((b) =>
    'p' in b ? { p: fillText(b.p, vars)[locale] } : { ul: b.ul.map((item) => fillText(item, vars)[locale]) },
  );
}

/** Plain text to blocks: a blank line separates paragraphs; a chunk of "- " lines is a list. */
export function parsePolicyText(text: string): PolicyText[] {
  return text
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk): PolicyText => {
      const lines = chunk.split('\n').map((l) => l.trim());
      if (lines.every((l) => l.startsWith('- '))) return { ul: lines.map((l) => l.slice(2).trim()) };
      return { p: lines.join(' ') };
    });
}
