import type { UiLocale } from '../../i18n/locales.js';
import type { ModelPolicy, PolicyText } from './build-policy.js';
import { escapeHtml } from './escape-html.js';
import { policyDocument } from './policy-document.js';

export { formatLongDate } from './policy-document.js';

/** Print-friendly styles; inline so the file stands alone (and converts to PDF as is). */
const STYLE = [
  'body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;color:#1a1a1a;max-width:46rem;margin:2rem auto;padding:0 1rem}',
  'h1{font-size:1.6rem;margin:0 0 .25rem}',
  'h2{font-size:1.15rem;margin:1.75rem 0 .5rem}',
  '.meta{color:#555;margin:0 0 1.5rem}',
  '@media print{body{margin:0;max-width:none}h2{break-after:avoid}}',
].join('');

/**
 * The policy as one self-contained HTML document in one language. Every text, the company's own edits
 * included, is escaped; there are no scripts, external styles or images.
 */
export function renderPolicyHtml(policy: ModelPolicy, locale: UiLocale): string {
  const doc = policyDocument(policy, locale);
  const sections = doc.sections
    .map(
      (s) =>
        `<section id="policy-${escapeHtml(s.id)}"><h2>${escapeHtml(s.title)}</h2>${s.blocks.map(renderBlock).join('')}</section>`,
    )
    .join('\n');
  return [
    '<!doctype html>',
    `<html lang="${doc.locale}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(doc.metadata.title)}</title><style>${STYLE}</style></head>`,
    '<body><article>',
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<p class="meta">${escapeHtml(doc.metaLine)}</p>`,
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
