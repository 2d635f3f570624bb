import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
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
