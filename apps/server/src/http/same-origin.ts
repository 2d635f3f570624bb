import { AppError } from '@assay/core';
import type { MiddlewareHandler } from 'hono';
import type { AppDeps, AppEnv } from './env.js';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** What {@link isForeignRequest} looks at: two headers of the request and the origins that are ours. */
export type OriginFacts = {
  /** `Sec-Fetch-Site`, as sent (browsers since 2020–2023; absent from CLI clients and curl). */
  readonly secFetchSite: string | undefined;
  /** `Origin`, as sent. */
  readonly origin: string | undefined;
  /** Hosts (`host[:port]`) this request was addressed to: its own Host, and the proxy's X-Forwarded-Host when trusted. */
  readonly ownHosts: readonly string[];
  /** The configured public URL (`ASSAY_PUBLIC_URL`), whose origin is ours too. */
  readonly publicUrl: string | undefined;
};

/**
 * Whether a state-changing request came from another site: the second line behind the CSRF token.
 *
 * - `Sec-Fetch-Site` other than `same-origin` or `none` (a user's own action) is refused: `cross-site`,
 *   and also `same-site`, since a sibling subdomain can set our CSRF cookie (cookie tossing) and
 *   SameSite=Lax does not keep our session cookie from it.
 * - `Origin`, when present, must be ours: the public URL's origin, or http(s) on the host the request
 *   was addressed to. `Origin: null` says nothing (a same-origin form under our
 *   `Referrer-Policy: no-referrer` sends exactly that), so then `Sec-Fetch-Site` decides alone.
 * - Neither header (CLI clients, curl, scripts with the API's session cookie): not a browser that
 *   another site could drive, so it passes to the CSRF check as before.
 */
export function isForeignRequest(facts: OriginFacts): boolean {
  const site = facts.secFetchSite?.trim().toLowerCase();
  if (site !== undefined && site !== '' && site !== 'same-origin' && site !== 'none') return true;
  const origin = facts.origin?.trim();
  if (origin === undefined || origin === '' || origin === 'null') return false;
  return !isOwnOrigin(origin, facts);
}

function isOwnOrigin(origin: string, facts: OriginFacts): boolean {
  let sent: URL;
  try {
    sent = new URL(origin);
  } catch {
    return false;
  }
  // An origin is scheme://host[:port] and nothing else.
  if (sent.origin !== origin.toLowerCase().replace(/\/$/, '')) return false;
  if (facts.publicUrl !== undefined) {
    try {
      if (new URL(facts.publicUrl).origin === sent.origin) return true;
    } catch {
      // a public URL that is no URL was refused by the configuration already
    }
  }
  if (sent.protocol !== 'http:' && sent.protocol !== 'https:') return false;
  // Either scheme: behind a proxy that ends TLS, the browser's https origin reaches us as http.
  return facts.ownHosts.some((host) => host !== '' && host.toLowerCase() === sent.host);
}

/**
 * Refuses a POST, PUT, PATCH or DELETE that {@link isForeignRequest} calls foreign with 403
 * (`csrf_failed`): a page in the page language, or the API's JSON error. Wired once in app.ts, right
 * after the CSRF check, for every path (the public grievance channel included: its forms are same-origin).
 */
export function sameOrigin(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (UNSAFE.has(c.req.method)) {
      const ownHosts = [new URL(c.req.url).host];
      if (deps.config.trustProxy) {
        const forwarded = (c.req.header('x-forwarded-host') ?? '').split(',').at(-1)?.trim();
        if (forwarded) ownHosts.push(forwarded);
      }
      const foreign = isForeignRequest({
        secFetchSite: c.req.header('sec-fetch-site'),
        origin: c.req.header('origin'),
        ownHosts,
        publicUrl: deps.config.publicUrl,
      });
      if (foreign) {
        throw new AppError(
          'csrf_failed',
          'This request was sent from another website (Origin or Sec-Fetch-Site), so it was refused. Send it from Assay itself.',
          { messageKey: 'error.crossSite' },
        );
      }
    }
    await next();
  };
}
