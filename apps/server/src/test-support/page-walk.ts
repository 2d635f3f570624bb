/**
 * Test-only: walks the pages of a running app the way a curious user would — every link reached
 * from the start pages, and every POST form submitted once empty and once with nonsense — and hands
 * each HTML answer to a check.
 */
import type { Client } from './test-app.js';

/** One answer of the walk: `text` is the page's text in its own language (see {@link ownLanguageText}). */
export type WalkedPage = { readonly label: string; readonly status: number; readonly text: string };

const ENTITIES: Record<string, string> = { quot: '"', '#39': "'", lt: '<', gt: '>', amp: '&', nbsp: ' ' };
const decode = (s: string) => s.replace(/&(quot|#39|lt|gt|amp|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '');

/** The visible text of an HTML page (scripts and styles dropped), one element's text a line. */
export function visibleText(html: string): string {
  return decode(html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, '\n'));
}

/**
 * The page's text in its own language: what is marked as another language (`lang="en"` on a cited
 * title or a licensor's attribution, quoted as published) is left out, as a screen reader switches voice.
 */
export function ownLanguageText(html: string, locale: string): string {
  const marked = new RegExp(`<(\\w+)\\b[^>]*\\slang="(?!${locale})[a-z-]+"[^>]*>[\\s\\S]*?<\\/\\1>`, 'g');
  return visibleText(html.replace(marked, ' '));
}

const attr = (tag: string, name: string) => decode(new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? '');

type Form = { action: string; fields: { name: string; type: string; value: string }[] };

function formsOf(html: string): Form[] {
  const out: Form[] = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const open = m[1] ?? '';
    if (!/method="post"/i.test(open)) continue;
    const fields: Form['fields'] = [];
    for (const f of (m[2] ?? '').matchAll(/<(input|select|textarea)\b([^>]*)>/g)) {
      const tag = f[2] ?? '';
      const name = attr(tag, 'name');
      if (name)
        fields.push({
          name,
          type: f[1] === 'input' ? attr(tag, 'type') || 'text' : (f[1] ?? ''),
          value: attr(tag, 'value'),
        });
    }
    out.push({ action: attr(open, 'action'), fields });
  }
  return out;
}

/** What the nonsense round types into a field of this type. */
function nonsense(type: string): string {
  switch (type) {
    case 'email':
      return 'geen-adres';
    case 'url':
      return 'javascript:alert(1)';
    case 'number':
      return '-1,5,3';
    case 'date':
      return '31/31/2026';
    default:
      return 'zzz';
  }
}

/** Links and forms that would end the walk or destroy what it walks through. */
const AVOID = /logout|delete|remove|revoke|approve|\/lang\/|\/setup|propose|export|download|attachments/;

/**
 * Visits every same-site page reachable from `start`, then submits every POST form it saw twice
 * (empty, nonsense). Calls `check` with each HTML answer; returns the visited paths.
 */
export async function walkPages(
  client: Client,
  start: readonly string[],
  check: (page: WalkedPage) => void,
  options: { locale?: string; limit?: number; skip?: (path: string) => boolean } = {},
): Promise<string[]> {
  const { locale = 'nl', limit = 400, skip = () => false } = options;
  const queue = [...start];
  const seen = new Set(queue);
  const forms = new Map<string, Form>();
  const visited: string[] = [];
  while (queue.length > 0 && visited.length < limit) {
    const path = queue.shift() as string;
    const response = await client.request(path);
    const body = await response.text();
    visited.push(path);
    if (!(response.headers.get('content-type') ?? '').includes('text/html')) continue;
    check({ label: `GET ${path}`, status: response.status, text: ownLanguageText(body, locale) });
    for (const m of body.matchAll(/<a\b[^>]*\shref="([^"#]+)/g)) {
      const href = decode(m[1] ?? '');
      const target = href.startsWith('/') && !href.startsWith('//') ? href.split('#')[0] : undefined;
      if (target && !AVOID.test(target) && !skip(target) && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
    for (const form of formsOf(body))
      if (!AVOID.test(form.action) && !forms.has(form.action)) forms.set(form.action, form);
  }
  for (const form of forms.values()) {
    for (const round of ['empty', 'nonsense'] as const) {
      const fields: Record<string, string> = {};
      for (const f of form.fields) {
        const keep = f.type === 'hidden' || f.type === 'submit' || f.name === '_csrf';
        fields[f.name] = keep ? f.value : round === 'empty' ? '' : nonsense(f.type);
      }
      const response = await client.form(form.action, fields);
      const body = await response.text();
      if ((response.headers.get('content-type') ?? '').includes('text/html') || response.status >= 500)
        check({
          label: `POST ${form.action} (${round})`,
          status: response.status,
          text: ownLanguageText(body, locale),
        });
    }
  }
  return visited;
}
