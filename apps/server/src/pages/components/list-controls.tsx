import type { PageContext } from '../page-context.js';

/** Where a paginated list is and how it is searched, sorted and cut into pages. */
export type ListState = {
  readonly q?: string | undefined;
  readonly sort: string;
  readonly dir: 'asc' | 'desc';
  readonly offset: number;
  readonly limit: number;
};

/**
 * A paginated list page: its path, the state it shows, and the state of a plain link to it (left
 * out of the links it builds, so they stay short), with the number of matches.
 */
export type ListView = {
  readonly base: string;
  readonly state: ListState;
  readonly defaults: Omit<ListState, 'q' | 'offset'>;
  readonly total: number;
};

/** The link to the list in `state`, without the parameters that have their default value. */
export function listHref(view: Pick<ListView, 'base' | 'defaults'>, state: ListState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.sort !== view.defaults.sort) params.set('sort', state.sort);
  if (state.dir !== view.defaults.dir) params.set('dir', state.dir);
  if (state.limit !== view.defaults.limit) params.set('limit', String(state.limit));
  if (state.offset > 0) params.set('offset', String(state.offset));
  const query = params.toString();
  return query ? `${view.base}?${query}` : view.base;
}

const hidden = (name: string, value: string | undefined) =>
  value === undefined ? null : <input type="hidden" name={name} value={value} />;

/**
 * The search form of a list: a GET form (works without JavaScript) that keeps the sort and page
 * size and starts at the first page; with a search given, a link that clears it.
 */
export function ListSearch({ page, view, label }: { page: PageContext; view: ListView; label: string }) {
  const { t } = page;
  const { state, defaults } = view;
  return (
    <search>
      <form class="list-search" method="get" action={view.base}>
        <label for="list-q">{label}</label>
        <input type="search" id="list-q" name="q" value={state.q ?? ''} maxlength={200} />
        {hidden('sort', state.sort !== defaults.sort ? state.sort : undefined)}
        {hidden('dir', state.dir !== defaults.dir ? state.dir : undefined)}
        {hidden('limit', state.limit !== defaults.limit ? String(state.limit) : undefined)}
        <button type="submit" class="small">
          {t('list.search')}
        </button>
        {state.q ? <a href={listHref(view, { ...state, q: undefined, offset: 0 })}>{t('list.clear')}</a> : null}
      </form>
    </search>
  );
}

/**
 * A column header that sorts the list: a link to the first page sorted by `column` (ascending, or
 * the other way round when it is the sorted column already), with `aria-sort` on the sorted one.
 */
export function SortHeader({ view, column, label }: { view: ListView; column: string; label: string }) {
  const { state } = view;
  const active = state.sort === column;
  const dir = active && state.dir === 'asc' ? 'desc' : 'asc';
  return (
    <th scope="col" aria-sort={active ? (state.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <a href={listHref(view, { ...state, sort: column, dir, offset: 0 })}>
        {label}
        {active ? <span aria-hidden="true">{state.dir === 'asc' ? ' ▲' : ' ▼'}</span> : null}
      </a>
    </th>
  );
}

/**
 * Where the page is in the list ("1–50 of 1,234", numbers in the page's locale) with links to the
 * previous and next pages that keep the search and sort. Nothing when the list is empty.
 */
export function Pager({ page, view }: { page: PageContext; view: ListView }) {
  const { t } = page;
  const { state, total } = view;
  if (total === 0) return null;
  const number = new Intl.NumberFormat(page.locale);
  const from = Math.min(state.offset + 1, total);
  const to = Math.min(state.offset + state.limit, total);
  const lastStart = Math.floor((total - 1) / state.limit) * state.limit;
  const previous =
    state.offset === 0 ? null : state.offset > lastStart ? lastStart : Math.max(0, state.offset - state.limit);
  const next = state.offset + state.limit < total ? state.offset + state.limit : null;
  return (
    <nav class="pager" aria-label={t('list.pager')}>
      {state.offset < total ? (
        <p>{t('list.range', { from: number.format(from), to: number.format(to), total: number.format(total) })}</p>
      ) : (
        <p>
          {t('list.beyondEnd')} <a href={listHref(view, { ...state, offset: 0 })}>{t('list.first')}</a>
        </p>
      )}
      {previous !== null ? (
        <a rel="prev" href={listHref(view, { ...state, offset: previous })}>
          {t('list.previous')}
        </a>
      ) : null}
      {next !== null ? (
        <a rel="next" href={listHref(view, { ...state, offset: next })}>
          {t('list.next')}
        </a>
      ) : null}
    </nav>
  );
}

/** The message of a search that found nothing, with a link that clears the search. */
export function NoMatches({ page, view }: { page: PageContext; view: ListView }) {
  const { t } = page;
  return (
    <p class="card">
      {t('list.noMatches')} <a href={listHref(view, { ...view.state, q: undefined, offset: 0 })}>{t('list.clear')}</a>
    </p>
  );
}
