import type { UiMessageKey } from '@assay/core';
import type { PageContext } from '../page-context.js';

/** The supply-chain sub-navigation shown on each of its pages. */
export function ScNav({ page }: { page: PageContext }) {
  const base = `/o/${page.organisation?.slug ?? ''}`;
  const items: [string, UiMessageKey][] = [
    [`${base}/intake`, 'sc.nav.intake'],
    [`${base}/smelters`, 'sc.nav.smelters'],
    [`${base}/rollup`, 'sc.nav.rollup'],
    [`${base}/own-declaration`, 'sc.nav.own'],
    [`${base}/suppliers/import`, 'sc.nav.import'],
  ];
  return (
    <nav aria-label={page.t('sc.nav.label')} class="subnav">
      <ul class="sc-subnav">
        {items.map(([href, key]) => (
          <li>
            <a href={href} aria-current={page.path === href ? 'page' : undefined}>
              {page.t(key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A status tag (valid, needs correction, unreadable, duplicate). */
export function StatusTag({ page, status }: { page: PageContext; status: string }) {
  const cls = status === 'valid' ? 'tag' : status === 'needs_correction' ? 'tag warn' : 'tag overdue';
  return <span class={cls}>{page.t(`sc.status.${status}` as UiMessageKey)}</span>;
}

/** A notice line (role=status) when there is something to announce. */
export function Notice({ text }: { text: string | undefined }) {
  return text ? (
    <p class="notice" role="status">
      {text}
    </p>
  ) : null;
}
