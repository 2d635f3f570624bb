import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from './env.js';

/**
 * The client's network address, used only as a key of the sign-in throttle (which stores a hash
 * of it, never the address; it is never logged).
 *
 * Directly on the network it is the connection's address; `X-Forwarded-For` is ignored, since anyone
 * can send it. Behind a trusted reverse proxy (`ASSAY_TRUST_PROXY=true`) every connection comes from
 * the proxy, so the client is the last address of `X-Forwarded-For`: the one the proxy itself added
 * (addresses before it were sent by the client and prove nothing). One proxy hop is assumed.
 */
export function clientKey(c: Context<AppEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '');
    const last = forwarded.at(-1);
    if (last) return last.slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
