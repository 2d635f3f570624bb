import { signInPolicy } from '@assay/core';
import { createSignInThrottle, type SignInFrom, type SignInThrottle } from '@assay/services';
import type { Context } from 'hono';
import { clientKey } from './client-key.js';
import type { AppDeps, AppEnv } from './env.js';

const throttles = new WeakMap<AppDeps, SignInThrottle>();

/**
 * The sign-in throttle of one app: its counts are in the database (`throttle_counts`), so every
 * instance on the same database, and every way to sign in (form, API), counts together.
 */
export function signInThrottleOf(deps: AppDeps): SignInThrottle {
  if (deps.signInThrottle) return deps.signInThrottle;
  let throttle = throttles.get(deps);
  if (!throttle) {
    throttle = createSignInThrottle({
      store: deps.ctx.store.throttleCounts,
      policy: signInPolicy(deps.config.loginAttempts),
      now: deps.ctx.now,
    });
    throttles.set(deps, throttle);
  }
  return throttle;
}

/** Where this request's sign-in comes from: the client (see client-key.ts) and the shared throttle. */
export function signInFrom(c: Context<AppEnv>, deps: AppDeps): SignInFrom {
  return { client: clientKey(c, deps.config.trustProxy), throttle: signInThrottleOf(deps) };
}
