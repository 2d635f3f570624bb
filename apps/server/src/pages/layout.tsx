import type { Child } from 'hono/jsx';
import type { PageContext } from './page-context.js';

type LayoutProps = { page: PageContext; title: string; children?: Child; narrow?: boolean };

/**
 * The language switch: a small form (POST with the CSRF field, so another site cannot change the
 * stored preference; it works without JavaScript) that returns to this page.
 */
function LanguageSwitch({ page }: { page: PageContext }) {
  const other = page.locale === 'nl' ? 'en' : 'nl';
  return (
    <form method="post" action={`/lang/${other}`}>
      <Csrf page={page} />
      <input type="hidden" name="return" value={page.path} />
      <button type="submit" class="linklike" lang={other}>
        {page.t('app.switchTo')}
      </button>
    </form>
  );
}

/** A hidden CSRF field for every form that changes something. */
export function Csrf({ page }: { page: PageContext }) {
  return <input type="hidden" name="_csrf" value={page.csrfToken} />;
}

function SideNav({ page }: { page: PageContext }) {
  const org = page.organisation;
  if (!org) return null;
  const base = `/o/${org.slug}`;
  const link = (href: string, label: string) => (
    <li>
      <a href={href} aria-current={page.path === href ? 'page' : undefined}>
        {label}
      </a>
    </li>
  );
  return (
    <nav class="sidenav" aria-label={page.t('nav.main')}>
      <ul>{link(base, page.t('nav.dashboard'))}</ul>
      <h2 id="nav-steps">{page.t('nav.steps')}</h2>
      <ul aria-labelledby="nav-steps">
        {link(`${base}/steps/1`, page.t('nav.step1'))}
        {link(`${base}/steps/2`, page.t('nav.step2'))}
        {link(`${base}/steps/3`, page.t('nav.step3'))}
        {link(`${base}/steps/4`, page.t('nav.step4'))}
        {link(`${base}/steps/5`, page.t('nav.step5'))}
        {link(`${base}/steps/6`, page.t('nav.step6'))}
        {link(`${base}/cases`, page.t('cases.nav'))}
      </ul>
      <h2 id="nav-more">{page.t('app.name')}</h2>
      <ul aria-labelledby="nav-more">
        {link(`${base}/suppliers`, page.t('nav.suppliers'))}
        {link(`${base}/templates`, page.t('nav.templates'))}
        {link(`${base}/intake`, page.t('sc.nav.intake'))}
        {link(`${base}/settings`, page.t('nav.settings'))}
      </ul>
    </nav>
  );
}

/** The page frame: landmarks, skip link, top bar with language switch and sign-out, side navigation. */
export function Layout({ page, title, children, narrow }: LayoutProps) {
  return (
    <html lang={page.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="csrf-token" content={page.csrfToken} />
        <title>{`${title} · ${page.t('app.name')}`}</title>
        <link rel="stylesheet" href="/assets/app.css" />
        <script src="/assets/htmx.min.js" defer></script>
      </head>
      <body>
        <a class="skip" href="#main">
          {page.t('app.skip')}
        </a>
        <header class="topbar">
          <a class="brand" href="/">
            {page.t('app.name')}
            <small>{page.t('app.tagline')}</small>
          </a>
          {page.organisation ? <span class="org">{page.organisation.name}</span> : null}
          <span class="spacer" />
          <a href="/scan">{page.t('risk.nav')}</a>
          <LanguageSwitch page={page} />
          {page.user ? (
            <>
              <a href="/account/password">{page.t('nav.account')}</a>
              <form method="post" action="/logout">
                <Csrf page={page} />
                <button type="submit" class="linklike">
                  {page.t('nav.signOut')}
                </button>
              </form>
            </>
          ) : null}
        </header>
        <div class={page.organisation ? 'shell' : ''}>
          <SideNav page={page} />
          <main id="main" tabindex={-1} class={narrow ? 'narrow' : undefined}>
            {children}
          </main>
        </div>
        <footer class="site">{page.t('app.footer')}</footer>
      </body>
    </html>
  );
}
