import { AppError, can, negotiateLocale, type Permission, translator, UI_LOCALES, type UiLocale } from '@assay/core';
import { newToken, resolveSession, safeEqual, sessionCsrfToken } from '@assay/services';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { CSRF_COOKIE, isHttps, LANG_COOKIE, SESSION_COOKIE, servedOverHttps, setAppCookie } from './cookies.js';
import type { AppDeps, AppEnv } from './env.js';
import { publicChannelLogFields } from './public-channel-log.js';
import { seeOther } from './redirect.js';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Request id, and one structured log line per request (route pattern, status, duration; nothing
 * personal). Lines of the public grievance channel carry only a coarse time (public-channel-log.ts).
 */
export function requestLog(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    c.set('requestId', newToken().slice(0, 12));
    await next();
    const route = c.req.routePath;
    deps.logger.info(
      'request',
      publicChannelLogFields(route, {
        requestId: c.get('requestId'),
        method: c.req.method,
        route,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      }),
    );
  };
}

/**
 * Security headers for every response. `Cache-Control: no-store` on everything a signed-in user
 * gets (but our static assets) and on the whole JSON API, so no shared or back-button cache keeps
 * tenant data; HSTS only on responses served over https ({@link servedOverHttps}), never plain http.
 */
export function securityHeaders(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const path = new URL(c.req.url).pathname;
    if ((c.get('user') && !path.startsWith('/assets/')) || path.startsWith('/api/')) {
      c.header('Cache-Control', 'no-store');
    }
    if (servedOverHttps(c, deps.config.trustProxy, deps.config.publicUrl)) {
      c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    }
    // 'wasm-unsafe-eval' lets the in-browser template check compile its WebAssembly byte search
    // (it allows WebAssembly only, not eval); without it the check still runs, in JavaScript.
    c.header(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    );
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    // Invitation links carry tokens: never send our URLs to other sites.
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
  };
}

/** The UI language: the switch's cookie, else the signed-in user's choice, else the browser's. */
export function locale(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const cookie = getCookie(c, LANG_COOKIE);
    const chosen: UiLocale = UI_LOCALES.includes(cookie as UiLocale)
      ? (cookie as UiLocale)
      : negotiateLocale(c.req.header('accept-language'));
    c.set('locale', chosen);
    c.set('t', translator(chosen));
    await next();
  };
}

/** Resolves the session cookie to a user (or none). */
export function session(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token && token.length <= 128) {
      const found = await resolveSession(deps.ctx, token);
      if (found) {
        c.set('user', found.user);
        c.set('sessionHash', found.sessionHash);
        if (!getCookie(c, LANG_COOKIE) && found.user.locale && UI_LOCALES.includes(found.user.locale as UiLocale)) {
          const userLocale = found.user.locale as UiLocale;
          c.set('locale', userLocale);
          c.set('t', translator(userLocale));
        }
      }
    }
    await next();
  };
}

/** Paths that take no cookies and need no CSRF token (the public JSON API for people without an account). */
function isCsrfExempt(path: string): boolean {
  return path.startsWith('/api/v1/public/');
}

/**
 * CSRF protection. Signed in, the token is the session's own ({@link sessionCsrfToken}: derived from
 * the session token, so it changes at every sign-in and no token from before sign-in, or from another
 * session, is accepted). Not signed in, by double submit: a random token in an httpOnly, SameSite=Lax
 * cookie. Either way it sits in the cookie and in every form (`_csrf`), and unsafe requests must send
 * it (`_csrf` or the `X-CSRF-Token` header). JSON requests without any session (API sign-in) cannot
 * be forged cross-site without a CORS preflight, which Assay never grants, so they only need the
 * header once a session exists.
 */
export function csrf(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const cookie = getCookie(c, CSRF_COOKIE);
    const sessionToken = c.get('user') ? getCookie(c, SESSION_COOKIE) : undefined;
    let token: string;
    if (sessionToken) token = sessionCsrfToken(sessionToken);
    else token = cookie?.length === 43 ? cookie : newToken();
    if (token !== cookie) setAppCookie(c, CSRF_COOKIE, token, isHttps(c, deps.config.trustProxy));
    c.set('csrfToken', token);
    const path = new URL(c.req.url).pathname;
    if (UNSAFE.has(c.req.method) && !isCsrfExempt(path)) {
      const jsonWithoutSession =
        (c.req.header('content-type') ?? '').startsWith('application/json') && !getCookie(c, SESSION_COOKIE);
      if (!jsonWithoutSession) {
        const sent = c.req.header('x-csrf-token') ?? (await formField(c, '_csrf'));
        // Signed in: the session's token, whatever the cookie says. Not signed in: the cookie's.
        const expected = sessionToken ? token : cookie;
        if (!sent || !expected || !safeEqual(sent, expected)) {
          throw new AppError(
            'csrf_failed',
            'The security token of this request is missing or wrong. Reload the page and try again.',
          );
        }
      }
    }
    await next();
  };
}

async function formField(c: Context<AppEnv>, name: string): Promise<string | undefined> {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data'))
    return undefined;
  const body = await c.req.parseBody();
  const value = body[name];
  return typeof value === 'string' ? value : undefined;
}

/** Requires a signed-in user: pages redirect to sign-in, the API answers 401. */
export function requireUser(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!c.get('user')) {
      if (new URL(c.req.url).pathname.startsWith('/api/')) {
        throw new AppError('unauthenticated', 'Sign in first.');
      }
      const back = new URL(c.req.url).pathname;
      return seeOther(c, `/login?return=${encodeURIComponent(back)}`);
    }
    await next();
  };
}

/**
 * Resolves the organisation named by `:org` and the user's role in it. A user who is not a member
 * gets 404, exactly as for an organisation that does not exist, so slugs cannot be probed.
 */
export function organisationScope(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = c.get('user');
    const slug = c.req.param('org');
    if (!user || !slug) throw new AppError('not_found', 'Organisation was not found.');
    const organisation = await deps.ctx.store.organisations.findBySlug(slug);
    const role = organisation ? await deps.ctx.store.memberships.roleOf(organisation.id, user.id) : undefined;
    if (!organisation || !role) throw new AppError('not_found', 'Organisation was not found.');
    c.set('organisation', organisation);
    c.set('actor', { userId: user.id, label: 'user', organisationId: organisation.id, role });
    await next();
  };
}

/** Authorize: the member's role must grant `permission`. */
export function requirePermission(permission: Permission): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.get('actor');
    if (!actor || !can(actor.role, permission)) {
      throw new AppError('forbidden', 'Your role does not allow this.');
    }
    await next();
  };
}

/** The organisation actor set by {@link organisationScope}; throws when a route is wired without it. */
export function actorOf(c: Context<AppEnv>) {
  const actor = c.get('actor');
  if (!actor) throw new AppError('internal', 'Route is missing the organisation scope.');
  return actor;
}
