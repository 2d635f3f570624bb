import { isIPv4, isIPv6 } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from './env.js';

/**
 * The network one client is on, as the throttles count it: an IPv4 address (also when written as
 * IPv4-mapped IPv6), or the /64 prefix of an IPv6 address, since one subscriber gets a whole /64 and
 * could otherwise take a fresh address for every try. Anything else is kept as it is.
 */
export function clientNetwork(address: string): string {
  const bare = address.trim().replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(bare)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (!isIPv6(bare)) return bare;
  const [head = '', tail = ''] = bare.toLowerCase().split('::');
  const left = head === '' ? [] : head.split(':');
  const right = bare.includes('::') ? (tail === '' ? [] : tail.split(':')) : [];
  const groups = bare.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * The client's network (see {@link clientNetwork}), used only as a key of the throttles (which store
 * a hash of it, never the address; it is never logged).
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
    if (last) return clientNetwork(last.slice(0, 64));
  }
  try {
    return clientNetwork(getConnInfo(c).remote.address ?? 'unknown');
  } catch {
    return 'unknown';
  }
}
