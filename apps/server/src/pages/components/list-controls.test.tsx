import { translator, type UiLocale } from '@assay/core';
import { describe, expect, it } from 'vitest';
import type { PageContext } from '../page-context.js';
import { type ListView, listHref, Pager } from './list-controls.js';

const page = (locale: UiLocale): PageContext => ({ t: translator(locale), locale, csrfToken: '', path: '/' });
const view = (offset: number, total: number, q?: string): ListView => ({
  base: '/o/acme/suppliers',
  state: { q, sort: 'country', dir: 'desc', offset, limit: 50 },
  defaults: { sort: 'name', dir: 'asc', limit: 50 },
  total,
});
const render = async (node: unknown) => String(await node);

describe('the list controls', () => {
  it('formats the pager numbers in the page locale', async () => {
    expect(await render(<Pager page={page('en')} view={view(1200, 1234)} />)).toContain('1,201–1,234 of 1,234');
    expect(await render(<Pager page={page('nl')} view={view(1200, 1234)} />)).toContain('1.201–1.234 van 1.234');
  });

  it('links the neighbouring pages with the search and sort, and shows nothing for an empty list', async () => {
    const html = await render(<Pager page={page('en')} view={view(50, 1234, 'tin & co')} />);
    expect(html).toContain('51–100 of 1,234');
    expect(html).toContain(
      '<a rel="prev" href="/o/acme/suppliers?q=tin+%26+co&amp;sort=country&amp;dir=desc">Previous</a>',
    );
    expect(html).toContain(
      '<a rel="next" href="/o/acme/suppliers?q=tin+%26+co&amp;sort=country&amp;dir=desc&amp;offset=100">Next</a>',
    );
    expect(await render(<Pager page={page('en')} view={view(0, 0)} />)).toBe('');
  });

  it('leaves default values out of links', () => {
    const defaults = { sort: 'name', dir: 'asc', limit: 50 } as const;
    expect(listHref({ base: '/x', defaults }, { sort: 'name', dir: 'asc', offset: 0, limit: 50 })).toBe('/x');
    expect(listHref({ base: '/x', defaults }, { q: 'a b', sort: 'tier', dir: 'asc', offset: 50, limit: 20 })).toBe(
      '/x?q=a+b&sort=tier&limit=20&offset=50',
    );
  });
});
