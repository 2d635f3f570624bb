import type { Context } from 'hono';
import type { AppEnv } from './env.js';

/** The longest redirect target accepted; longer ones are no page of ours. */
const MAX_PATH_LENGTH = 2048;

/**
 * Visible ASCII only, starting with one `/` that is not followed by `/` or `\`. This refuses control
 * characters (TAB, CR, LF: browsers drop TAB and LF from a URL, so `/\t/evil.example` would become
 * `//evil.example`; CR/LF cannot go into a header), spaces, non-ASCII text, every backslash (browsers
 * read `\` as `/`), scheme-relative `//host` and every absolute URL (`https:`, `javascript:`), which
 * cannot start with `/`.
 */
const LOCAL_PATH = /^\/(?![/\\])[\x21-\x5b\x5d-\x7e]*$/;

/** The one judge of a redirect target: whether `value` is a path on this site. Never throws. */
export function isLocalPath(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_PATH_LENGTH && LOCAL_PATH.test(value);
}

/**
 * `value` when it is a path on this site ({@link isLocalPath}), otherwise `fallback` (itself judged,
 * so `/` at worst). Never throws, whatever it is given (a missing field, a repeated one, any text).
 */
export function localPath(value: unknown, fallback = '/'): string {
  if (isLocalPath(value)) return value;
  return isLocalPath(fallback) ? fallback : '/';
}

/**
 * The only way a route redirects: 303 See Other to `target` after it passed {@link localPath}, so no
 * redirect can leave the site or put a control character into a header. `fallback` is where a target
 * from the request (`?return=`) goes when it is refused. `redirect.test.ts` fails on any other
 * call of `c.redirect` in the server.
 */
export function seeOther(c: Context<AppEnv>, target: unknown, fallback = '/'): Response {
  return c.redirect(localPath(target, fallback), 303);
}
