import { describe, expect, it } from 'vitest';
import { decideSignIn, pairDelayMs, sharedDelayMs, signInPolicy } from './sign-in-throttle.js';

const policy = signInPolicy(5);
const at = Date.parse('2026-12-05T10:00:00Z');

describe('decideSignIn', () => {
  it('checks a fresh pair at once', () => {
    expect(decideSignIn({}, at, policy)).toEqual({ kind: 'check', delayMs: 0 });
  });

  it('refuses a pair inside its delay, which doubles with each failure past the free ones', () => {
    expect([4, 5, 6, 7, 8].map((n) => pairDelayMs(n, policy))).toEqual([0, 1000, 2000, 4000, 8000]);
    expect(pairDelayMs(40, policy)).toBe(15 * 60 * 1000);
    const pair = { failures: 7, lastFailureAt: at - 1500 };
    expect(decideSignIn({ pair }, at, policy)).toEqual({ kind: 'refuse', retryAfterSeconds: 3 });
    expect(decideSignIn({ pair }, at + 2500, policy)).toEqual({ kind: 'check', delayMs: 0 });
  });

  it('only slows down, never refuses, a pair that has not failed, however often its account or client has', () => {
    const many = { failures: 500, lastFailureAt: at - 10 };
    expect(decideSignIn({ account: many }, at, policy)).toEqual({ kind: 'check', delayMs: policy.maxSharedDelayMs });
    expect(decideSignIn({ client: many }, at, policy)).toEqual({ kind: 'check', delayMs: policy.maxSharedDelayMs });
    expect(sharedDelayMs(9, policy)).toBe(0);
    expect(sharedDelayMs(11, policy)).toBe(200);
  });

  it('forgets counts whose latest failure is a window old', () => {
    const old = { failures: 50, lastFailureAt: at - policy.windowMs };
    expect(decideSignIn({ pair: old, account: old, client: old }, at, policy)).toEqual({ kind: 'check', delayMs: 0 });
  });
});
