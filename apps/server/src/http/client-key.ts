import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from './env.js';

/**
 * A key for the client's network address, used only as an in-memory rate-limit key for sign-in
 * (see rate-limit.ts). It is never logged or stored. Forwarded headers are ignored: anyone can set them.
 */
export function clientKey(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
