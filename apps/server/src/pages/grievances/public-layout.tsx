import { PUBLIC_LOCALES, type PublicLocale } from '@assay/core';
import type { Child } from 'hono/jsx';
import type { PublicPage } from './public-page.js';

const NATIVE_NAMES: Readonly<Record<PublicLocale, string>> = {
  nl: 'Nederlands',
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
};

/** Links to the same page in each language: plain links, so they work without JavaScript or cookies. */
function LanguageSwitch({ page }: { page: PublicPage }) {
  return (
    <nav class="language-switch" aria-label="Taal · Language · Sprache · Langue">
      <ul>
        {PUBLIC_LOCALES.map((locale) => (
          <li>
            {locale === page.locale ? (
              <span aria-current="true" lang={locale}>
                {NATIVE_NAMES[locale]}
              </span>
            ) : (
              <a href={`${page.path}?lang=${locale}`} lang={locale} hreflang={locale}>
                {NATIVE_NAMES[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The frame of the public reporting channel: no account, no script, no side navigation; the
 * organisation's name and the language switch. Works with JavaScript turned off.
 */
export function PublicLayout({
  page,
  title,
  children,
  languageSwitch = true,
}: {
  page: PublicPage;
  title: string;
  children?: Child;
  /** Off on the receipt: it is shown once, and following a link would lose it. */
  languageSwitch?: boolean;
}) {
  return (
    <html lang={page.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${title} · ${page.organisationName}`}</title>
        <link rel="stylesheet" href="/assets/app.css" />
      </head>
      <body>
        <header class="topbar">
          <span class="brand">{page.organisationName}</span>
          <span class="spacer" />
          {languageSwitch ? <LanguageSwitch page={page} /> : null}
        </header>
        <main id="main" class="narrow public-channel">
          {children}
        </main>
      </body>
    </html>
  );
}

/** The errors of a public form: a summary that screen readers announce, with one line per field. */
export function PublicErrorSummary({
  title,
  errors,
}: {
  title: string | undefined;
  errors: Readonly<Record<string, string>>;
}) {
  if (!title) return null;
  const entries = Object.entries(errors);
  return (
    <div class="error-summary" role="alert">
      <strong>{title}</strong>
      {entries.length > 0 ? (
        <ul>
          {entries.map(([field, message]) => (
            <li>
              <a href={`#f-${field}`}>{message}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A field's error line, referenced by the field's `aria-describedby`. */
export function FieldError({ field, error }: { field: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <span class="field-error" id={`f-${field}-error`}>
      {error}
    </span>
  );
}
