import type { LocalizedText, UiLocale } from '../../i18n/locales.js';
import type { ModelPolicy, PolicyText } from './build-policy.js';

const MONTHS: Readonly<Record<UiLocale, readonly string[]>> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
};

const LABELS = {
  version: { en: 'Version', nl: 'Versie' },
  approvedOn: { en: 'Approved on', nl: 'Goedgekeurd op' },
  approvedBy: { en: 'by', nl: 'door' },
  draft: { en: 'Draft, not yet approved', nl: 'Concept, nog niet goedgekeurd' },
  draftMark: { en: 'DRAFT', nl: 'CONCEPT' },
  page: { en: 'Page {page} of {pages}', nl: 'Pagina {page} van {pages}' },
} as const satisfies Record<string, LocalizedText>;

/** A long date in the locale's words ("3 March 2025" / "3 maart 2025"), without relying on Intl data. */
export function formatLongDate(iso: string, locale: UiLocale): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = MONTHS[locale][(m ?? 1) - 1] ?? '';
  return `${d} ${month} ${y}`;
}

/** One section of the policy document in one language. */
export type PolicyDocumentSection = {
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly PolicyText[];
};

/**
 * The policy as a neutral document in one language: plain (unescaped) texts that a renderer turns
 * into HTML, PDF or anything else. Every output format shows the same texts in the same order.
 */
export type PolicyDocument = {
  readonly locale: UiLocale;
  readonly companyName: string;
  /** The policy's title ("Responsible sourcing policy"). */
  readonly title: string;
  readonly version: number;
  /** "Version 2". */
  readonly versionLabel: string;
  readonly approved: boolean;
  /** "Approved on 3 March 2025 by the board" or "Draft, not yet approved". */
  readonly approval: string;
  /** A word to stamp across the pages of a draft ("DRAFT" / "CONCEPT"); `null` once approved. */
  readonly draftMark: string | null;
  /** "Company · Version 2 · Approved on …": the line under the title. */
  readonly metaLine: string;
  readonly sections: readonly PolicyDocumentSection[];
  /** Document properties: title ("Company: Responsible sourcing policy"), author (the company), language. */
  readonly metadata: { readonly title: string; readonly author: string; readonly language: UiLocale };
};

/** The policy in one language as a {@link PolicyDocument}. */
export function policyDocument(policy: ModelPolicy, locale: UiLocale): PolicyDocument {
  const approved = policy.approvedOn !== null;
  const approval = policy.approvedOn
    ? `${LABELS.approvedOn[locale]} ${formatLongDate(policy.approvedOn, locale)}${
        policy.approvedBy ? ` ${LABELS.approvedBy[locale]} ${policy.approvedBy}` : ''
      }`
    : LABELS.draft[locale];
  const versionLabel = `${LABELS.version[locale]} ${policy.version}`;
  const title = policy.title[locale];
  return {
    locale,
    companyName: policy.companyName,
    title,
    version: policy.version,
    versionLabel,
    approved,
    approval,
    draftMark: approved ? null : LABELS.draftMark[locale],
    metaLine: `${policy.companyName} · ${versionLabel} · ${approval}`,
    sections: policy.sections.map((s) => ({ id: s.id, title: s.title[locale], blocks: s.body[locale] })),
    metadata: { title: `${policy.companyName}: ${title}`, author: policy.companyName, language: locale },
  };
}

/** "Page 2 of 5" / "Pagina 2 van 5", for paged renderings of the policy. */
export function policyPageLabel(page: number, pages: number, locale: UiLocale): string {
  return LABELS.page[locale].replace('{page}', String(page)).replace('{pages}', String(pages));
}
