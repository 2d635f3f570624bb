import type { LocalizedText, UiLocale } from '../../i18n/locales.js';
import type { ModelPolicy, PolicyText } from './build-policy.js';
import { escapeHtml } from './escape-html.js';

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
} as const satisfies Record<string, LocalizedText>;

/** Print-friendly styles; inline so the file stands alone (and converts to PDF as is). */
const STYLE = [
  'body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;color:#1a1a1a;max-width:46rem;margin:2rem auto;padding:0 1rem}',
  'h1{font-size:1.6rem;margin:0 0 .25rem}',
  'h2{font-size:1.15rem;margin:1.75rem 0 .5rem}',
  '.meta{color:#555;margin:0 0 1.5rem}',
  '@media print{body{margin:0;max-width:none}h2{break-after:avoid}}',
].join('');

/** A long date in the locale's words ("3 March 2025" / "3 maart 2025"), without relying on Intl data. */
export function formatLongDate(iso: string, locale: UiLocale): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = MONTHS[locale][(m ?? 1) - 1] ?? '';
  return `${d} ${month} ${y}`;
}

/**
 * The policy as one self-contained HTML document in one language. Every text, the company's own edits
 * included, is escaped; there are no scripts, external styles or images.
 */
export function renderPolicyHtml(policy: ModelPolicy, locale: UiLocale): string {
  const t = (text: LocalizedText) => escapeHtml(text[locale]);
  const approval = policy.approvedOn
    ? `${t(LABELS.approvedOn)} ${escapeHtml(formatLongDate(policy.approvedOn, locale))}${
        policy.approvedBy ? ` ${t(LABELS.approvedBy)} ${escapeHtml(policy.approvedBy)}` : ''
      }`
    : t(LABELS.draft);
  const sections = policy.sections
    .map(
      (s) =>
        `<section id="policy-${escapeHtml(s.id)}"><h2>${t(s.title)}</h2>${s.body[locale].map(renderBlock).join('')}</section>`,
    )
    .join('\n');
  const title = `${escapeHtml(policy.companyName)}: ${t(policy.title)}`;
  return [
    '<!doctype html>',
    `<html lang="${locale}">`,
    `<head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style></head>`,
    '<body><article>',
    `<h1>${t(policy.title)}</h1>`,
    `<p class="meta">${escapeHtml(policy.companyName)} · ${t(LABELS.version)} ${policy.version} · ${approval}</p>`,
    sections,
    '</article></body>',
    '</html>',
    '',
  ].join('\n');
}

function renderBlock(block: PolicyText): string {
  if ('p' in block) return `<p>${escapeHtml(block.p)}</p>`;
  return `<ul>${block.ul.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
}
