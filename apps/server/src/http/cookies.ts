import { newToken, sessionCsrfToken } from '@assay/services';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { CookieOptions } from 'hono/utils/cookie';
import type { AppEnv } from './env.js';

export const SESSION_COOKIE = 'assay_session';
export const CSRF_COOKIE = 'assay_csrf';
export const LANG_COOKIE = 'assay_lang';

/** True when the request reached us over https (directly, or via a trusted proxy). */
export function isHttps(c: Context<AppEnv>, trustProxy: boolean): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return trustProxy && (c.req.header('x-forwarded-proto') ?? '').split(',')[0]?.trim() === 'https';
}

/**
 * True when the browser reached us over https, for HSTS: {@link isHttps}, or a request addressed to
 * the host of an https public URL (`ASSAY_PUBLIC_URL`), which a proxy that ends TLS forwards as http.
 * Never when a trusted proxy says the request came over plain http.
 */
export function servedOverHttps(c: Context<AppEnv>, trustProxy: boolean, publicUrl: string | undefined): boolean {
  if (isHttps(c, trustProxy)) return true;
  if (trustProxy && c.req.header('x-forwarded-proto') !== undefined) return false;
  if (publicUrl === undefined) return false;
  try {
    const pub = new URL(publicUrl);
    return pub.protocol === 'https:' && pub.host === new URL(c.req.url).host;
  } catch {
    return false;
  }
}

/** Sets a cookie with Assay's defaults: httpOnly, SameSite=Lax, path /, Secure behind https. */
export function setAppCookie(
  c: Context<AppEnv>,
  name: string,
  value: string,
  secure: boolean,
  options: Partial<CookieOptions> = {},
): void {
  setCookie(c, name, value, { httpOnly: true, sameSite: 'Lax', path: '/', secure, ...options });
}

/**
 * Signs the browser in: the session cookie, and the CSRF token rotated to the session's own
 * ({@link sessionCsrfToken}), so the token of the page before sign-in is refused from now on.
 * Every way to sign in (form, JSON API, setup, demo, invitation) goes through here.
 */
export function startSession(c: Context<AppEnv>, trustProxy: boolean, token: string, expiresAt: Date): void {
  const secure = isHttps(c, trustProxy);
  setAppCookie(c, SESSION_COOKIE, token, secure, { expires: expiresAt });
  const csrfToken = sessionCsrfToken(token);
  setAppCookie(c, CSRF_COOKIE, csrfToken, secure);
  c.set('csrfToken', csrfToken);
}

/** Signs the browser out: no session cookie, and a fresh CSRF token (the session's is worthless now). */
export function endSession(c: Context<AppEnv>, trustProxy: boolean): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
  const csrfToken = newToken();
  setAppCookie(c, CSRF_COOKIE, csrfToken, isHttps(c, trustProxy));
  c.set('csrfToken', csrfToken);
}
