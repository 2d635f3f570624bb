import {
  type GrievanceMessageKey,
  grievanceMessage,
  type MessageParams,
  PUBLIC_LOCALES,
  type PublicLocale,
} from '@assay/core';

/** What every page of the public channel needs: its language, texts, CSRF token and channel. */
export type PublicPage = {
  readonly locale: PublicLocale;
  readonly m: (key: GrievanceMessageKey, params?: MessageParams) => string;
  readonly csrfToken: string;
  /** The channel's slug and the name reporters know it by. */
  readonly channel: string;
  readonly organisationName: string;
  /** The path of this page, without the query (for the language switch). */
  readonly path: string;
};

/** The public channel's language: `?lang=`, else the browser's first public language, else English. */
export function negotiatePublicLocale(query: string | undefined, acceptLanguage: string | undefined): PublicLocale {
  if (PUBLIC_LOCALES.includes(query as PublicLocale)) return query as PublicLocale;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (ranked.find((entry) => PUBLIC_LOCALES.includes(entry.lang as PublicLocale))?.lang as PublicLocale) ?? 'en';
}

/** Builds the page context for one request. */
export function publicPage(fields: Omit<PublicPage, 'm'>): PublicPage {
  return { ...fields, m: (key, params) => grievanceMessage(fields.locale, key, params) };
}

/** A path of the channel with the language kept, so every link and form stays in it without cookies. */
export function channelHref(page: Pick<PublicPage, 'channel' | 'locale'>, suffix = ''): string {
  return `/report/${encodeURIComponent(page.channel)}${suffix}?lang=${page.locale}`;
}

/** A date as the reporter reads it. */
export function formatDate(page: Pick<PublicPage, 'locale'>, iso: string): string {
  return new Intl.DateTimeFormat(page.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
}
