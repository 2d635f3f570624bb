import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.js';
import { createRateLimiter, looksLikeIpAddress, takeToken } from './rate-limiter.js';

function manualClock(startMs = 0) {
  let nowMs = startMs;
  return {
    now: () => new Date(nowMs),
    advance(seconds: number) {
      nowMs += seconds * 1000;
    },
  };
}

describe('takeToken', () => {
  it('allows a burst up to the capacity, then says when to retry', () => {
    const policy = { capacity: 2, refillSeconds: 60 };
    const first = takeToken(undefined, policy, 0);
    const second = takeToken(first.bucket, policy, 0);
    const third = takeToken(second.bucket, policy, 0);
    expect([first.decision, second.decision, third.decision]).toEqual([
      { allowed: true, remaining: 1 },
      { allowed: true, remaining: 0 },
      { allowed: false, retryAfterSeconds: 60 },
    ]);
    expect(takeToken(third.bucket, policy, 45_000).decision).toEqual({ allowed: false, retryAfterSeconds: 15 });
    expect(takeToken(third.bucket, policy, 60_000).decision).toEqual({ allowed: true, remaining: 0 });
  });
});

describe('createRateLimiter', () => {
  it('refills over time on the injected clock', () => {
    const clock = manualClock();
    const limiter = createRateLimiter({ capacity: 3, refillSeconds: 600 }, { clock });
    const key = 'follow-up:G-7KQ2-M9XW-4RP';
    expect([limiter.take(key), limiter.take(key), limiter.take(key)].every((d) => d.allowed)).toBe(true);
    expect(limiter.take(key)).toEqual({ allowed: false, retryAfterSeconds: 600 });
    clock.advance(600);
    expect(limiter.take(key).allowed).toBe(true);
  });

  it('keeps keys apart', () => {
    const limiter = createRateLimiter({ capacity: 1, refillSeconds: 60 }, { clock: manualClock() });
    expect(limiter.take('submit:acme').allowed).toBe(true);
    expect(limiter.take('submit:other-channel').allowed).toBe(true);
    expect(limiter.take('submit:acme').allowed).toBe(false);
    limiter.reset('submit:acme');
    expect(limiter.take('submit:acme').allowed).toBe(true);
  });

  it('throws rate_limited with the seconds to wait from consume', () => {
    const limiter = createRateLimiter({ capacity: 1, refillSeconds: 90 }, { clock: manualClock() });
    limiter.consume('submit:acme');
    try {
      limiter.consume('submit:acme');
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && [error.code, error.details.retryAfter]).toEqual(['rate_limited', 90]);
    }
  });

  it('holds at most maxKeys keys, forgetting the least recently used', () => {
    const limiter = createRateLimiter({ capacity: 1, refillSeconds: 60 }, { clock: manualClock(), maxKeys: 2 });
    limiter.take('submit:a');
    limiter.take('submit:b');
    limiter.take('submit:a');
    limiter.take('submit:c');
    expect(limiter.size).toBe(2);
    expect(limiter.take('submit:a').allowed).toBe(false); // still remembered
    expect(limiter.take('submit:b').allowed).toBe(true); // forgotten
  });

  it('refuses keys that contain an IP address', () => {
    const limiter = createRateLimiter({ capacity: 1, refillSeconds: 60 }, { clock: manualClock() });
    for (const key of ['203.0.113.7', 'submit:203.0.113.7', 'ip:2001:db8::1', '::1', 'fe80::a1b2:3c4d']) {
      expect(() => limiter.take(key), key).toThrow(/IP address/);
    }
  });
});

describe('looksLikeIpAddress', () => {
  it('does not mistake channel slugs and case numbers for addresses', () => {
    for (const key of ['submit:acme-metals', 'follow-up:G-7KQ2-M9XW-4RP', 'submit:vnmi', 'submit:cafe-2024']) {
      expect(looksLikeIpAddress(key), key).toBe(false);
    }
  });
});
