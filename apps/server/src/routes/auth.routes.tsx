import { AppError, UI_LOCALES, type UiLocale } from '@assay/core';
import {
  acceptInvitation,
  completeSetup,
  createDemoOrganisation,
  findInvitation,
  invitedAddressRefusal,
  isSetupNeeded,
  openSession,
  signIn,
  signOut,
} from '@assay/services';
import { type Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { readForm } from '../http/body.js';
import {
  endSession,
  isHttps,
  LANG_COOKIE,
  SESSION_COOKIE,
  setAppCookie,
  startSession as startBrowserSession,
} from '../http/cookies.js';
import type { AppDeps, AppEnv } from '../http/env.js';
import { nestFields, tryForm } from '../http/form-result.js';
import { isLocalPath, seeOther } from '../http/redirect.js';
import { signInFrom } from '../http/sign-in.js';
import { HTTP_STATUS } from '../http/status.js';
import { InvitePage, LoginPage, SetupPage } from '../pages/auth.pages.js';
import { errorText } from '../pages/error-text.js';
import { fieldErrors } from '../pages/form.js';
import { pageContext } from '../pages/page-context.js';

/** Sign-in, sign-out, first-run setup, demo, language switch and invitation links. */
export function authRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  // Signing in rotates the CSRF token (cookies.ts).
  const startSession = (c: Context<AppEnv>, token: string, expiresAt: Date) =>
    startBrowserSession(c, deps.config.trustProxy, token, expiresAt);

  app.get('/', async (c) => {
    if (await isSetupNeeded(deps.ctx)) {
      const user = c.get('user');
      const orgs = user ? await deps.ctx.store.organisations.listForUser(user.id) : [];
      if (!orgs[0]) return seeOther(c, '/setup');
      return seeOther(c, `/o/${orgs[0].slug}`);
    }
    const user = c.get('user');
    if (!user) return seeOther(c, '/login');
    const orgs = await deps.ctx.store.organisations.listForUser(user.id);
    if (!orgs[0])
      throw new AppError('not_found', 'You are not a member of any organisation yet. Ask an owner for an invitation.');
    return seeOther(c, `/o/${orgs[0].slug}`);
  });

  app.get('/setup', async (c) => {
    if (!(await isSetupNeeded(deps.ctx))) return seeOther(c, '/login');
    return c.html(<SetupPage page={pageContext(c)} />);
  });

  app.post('/setup', async (c) => {
    const fields = await readForm(c);
    const nested = nestFields(fields);
    const result = await tryForm(() =>
      completeSetup(deps.ctx, {
        organisation: nested.organisation ?? {},
        owner: nested.owner ?? {},
        locale: c.get('locale'),
      }),
    );
    if (!result.ok) {
      const { ['owner.password']: _pw, ...values } = fields;
      return c.html(
        <SetupPage
          page={pageContext(c)}
          values={values}
          errors={fieldErrors(pageContext(c), result.error.details.issues)}
          message={errorText(pageContext(c), result.error)}
        />,
        result.error.code === 'conflict' ? 409 : 400,
      );
    }
    const session = await openSession(deps.ctx, result.value.user);
    startSession(c, session.token, session.expiresAt);
    return seeOther(c, `/o/${result.value.organisation.slug}`);
  });

  app.post('/setup/demo', async (c) => {
    if (!(await isSetupNeeded(deps.ctx))) throw new AppError('not_found', 'Demo data is offered on first start only.');
    const { session, slug } = await createDemoOrganisation(deps.ctx, c.get('locale'));
    startSession(c, session.token, session.expiresAt);
    return seeOther(c, `/o/${slug}`);
  });

  app.get('/login', async (c) => {
    if (c.get('user')) return seeOther(c, '/');
    const notice = c.req.query('signedOut') !== undefined ? c.get('t')('login.signedOut') : undefined;
    const back = c.req.query('return');
    return c.html(
      <LoginPage page={pageContext(c)} notice={notice} {...(isLocalPath(back) ? { returnTo: back } : {})} />,
    );
  });

  app.post('/login', async (c) => {
    const fields = await readForm(c);
    try {
      const session = await signIn(
        deps.ctx,
        { email: fields.email ?? '', password: fields.password ?? '' },
        signInFrom(c, deps),
      );
      startSession(c, session.token, session.expiresAt);
      return seeOther(c, fields.return, '/');
    } catch (error) {
      if (error instanceof AppError && (error.code === 'unauthenticated' || error.code === 'invalid_input')) {
        return c.html(
          <LoginPage
            page={pageContext(c)}
            email={fields.email}
            failed={c.get('t')('login.failed')}
            {...(isLocalPath(fields.return) ? { returnTo: fields.return } : {})}
          />,
          401,
        );
      }
      throw error;
    }
  });

  // `return` (a local path) brings whoever signed out of the wrong account back to an invitation link.
  app.post('/logout', async (c) => {
    const fields = await readForm(c);
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await signOut(deps.ctx, token);
    endSession(c, deps.config.trustProxy);
    return seeOther(c, fields.return, '/login?signedOut');
  });

  /** The language named by `:locale`, or 404. */
  const wantedLocale = (c: Context<AppEnv>): UiLocale => {
    const wanted = c.req.param('locale') as UiLocale;
    if (!UI_LOCALES.includes(wanted)) throw new AppError('not_found', 'Unknown language.');
    return wanted;
  };
  const setLangCookie = (c: Context<AppEnv>, locale: UiLocale) =>
    setAppCookie(c, LANG_COOKIE, locale, isHttps(c, deps.config.trustProxy), { maxAge: 365 * 24 * 3600 });

  // The language switch of every page (layout.tsx): a form, so it works without JavaScript, and a
  // POST with the CSRF token, since it writes the signed-in user's stored preference.
  app.post('/lang/:locale', async (c) => {
    const wanted = wantedLocale(c);
    const fields = await readForm(c);
    setLangCookie(c, wanted);
    const user = c.get('user');
    if (user) await deps.ctx.store.users.setLocale(user.id, wanted);
    return seeOther(c, fields.return, '/');
  });

  // Old links: a GET changes no data (another site can send anyone here), so it sets only this
  // browser's language cookie, never the stored preference.
  app.get('/lang/:locale', (c) => {
    setLangCookie(c, wantedLocale(c));
    return seeOther(c, c.req.query('return'), '/');
  });

  app.get('/invite/:token', async (c) => {
    const { invitation, organisation } = await findInvitation(deps.ctx, c.req.param('token'));
    const t = c.get('t');
    const user = c.get('user');
    // Signed in with another account: say so before the user tries (accepting would be refused).
    const refusal = user ? invitedAddressRefusal(invitation, user.email, 'signed_in') : undefined;
    return c.html(
      <InvitePage
        page={pageContext(c)}
        token={c.req.param('token')}
        organisationName={organisation.name}
        role={t(`settings.role.${invitation.role}`)}
        email={invitation.email}
        wrongAccount={refusal !== undefined}
        {...(refusal ? { message: errorText(pageContext(c), refusal) } : {})}
      />,
    );
  });

  app.post('/invite/:token', async (c) => {
    const token = c.req.param('token');
    const fields = await readForm(c);
    const user = c.get('user');
    const result = await tryForm(
      () => acceptInvitation(deps.ctx, token, user ? { signedInUserId: user.id } : { newUser: fields }),
      ['forbidden'],
    );
    if (!result.ok) {
      const { invitation, organisation } = await findInvitation(deps.ctx, token);
      return c.html(
        <InvitePage
          page={pageContext(c)}
          token={token}
          organisationName={organisation.name}
          role={c.get('t')(`settings.role.${invitation.role}`)}
          email={fields.email ?? invitation.email}
          wrongAccount={user !== undefined && result.error.code === 'forbidden'}
          errors={fieldErrors(pageContext(c), result.error.details.issues)}
          message={errorText(pageContext(c), result.error)}
        />,
        HTTP_STATUS[result.error.code],
      );
    }
    if (!user) {
      const session = await openSession(deps.ctx, result.value.user);
      startSession(c, session.token, session.expiresAt);
    }
    return seeOther(c, `/o/${result.value.organisationSlug}`);
  });

  return app;
}
