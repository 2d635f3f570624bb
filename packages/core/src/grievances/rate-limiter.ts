import { AppError } from '../errors.js';

/**
 * Rate limiting for the public channel as a token bucket: each key holds up to `capacity` tokens,
 * one comes back every `refillSeconds`, each attempt takes one.
 *
 * The key is opaque and chosen by the server, and on the public channel it must never be an IP
 * address or anything else that tracks a person: reporters may be in danger, and a stored IP
 * address can identify them (LkSG §8(4), CSDDD Art. 14(3)). Use instead:
 * - `submit:<channel slug>` — caps the submissions a channel accepts, protecting officers from floods.
 * Wrong passphrases are not counted here but by the shared failure throttle (services), per (case,
 * client) with a growing delay, so that guessing never locks the reporter out.
 * The limiter refuses keys that look like IPv4 or IPv6 addresses, so the mistake cannot slip in.
 */

/** How many attempts a key gets and how fast they come back. */
export type RateLimitPolicy = {
  /** Attempts allowed in a burst. */
  readonly capacity: number;
  /** Seconds until one more attempt is allowed. */
  readonly refillSeconds: number;
};

/** The stored state of one key; keep it wherever suits (memory, database) and pass it back. */
export type TokenBucket = { readonly tokens: number; readonly updatedAtMs: number };

/** Whether the attempt may go ahead, and if not, when to try again. */
export type RateLimitDecision =
  | { readonly allowed: true; readonly remaining: number }
  | { readonly allowed: false; readonly retryAfterSeconds: number };

/** Suggested policies for the public channel. */
export const PUBLIC_CHANNEL_POLICIES = {
  /** Per channel: bursts of 30 reports, then one every 2 minutes (≈ 720 a day). */
  submit: { capacity: 30, refillSeconds: 120 },
} as const satisfies Record<string, RateLimitPolicy>;

/**
 * One attempt against a bucket: pure, so the server can keep buckets in a database shared by
 * several processes. `bucket` is `undefined` for a key seen for the first time.
 */
export function takeToken(
  bucket: TokenBucket | undefined,
  policy: RateLimitPolicy,
  nowMs: number,
): { readonly bucket: TokenBucket; readonly decision: RateLimitDecision } {
  const refillMs = policy.refillSeconds * 1000;
  const elapsed = bucket === undefined ? 0 : Math.max(0, nowMs - bucket.updatedAtMs);
  const tokens = Math.min(policy.capacity, (bucket?.tokens ?? policy.capacity) + elapsed / refillMs);
  if (tokens >= 1) {
    return {
      bucket: { tokens: tokens - 1, updatedAtMs: nowMs },
      decision: { allowed: true, remaining: Math.floor(tokens - 1) },
    };
  }
  const retryAfterSeconds = Math.max(1, Math.ceil(((1 - tokens) * refillMs) / 1000));
  return { bucket: { tokens, updatedAtMs: nowMs }, decision: { allowed: false, retryAfterSeconds } };
}

const IPV4 = /(?:^|[^\d.])(?:\d{1,3}\.){3}\d{1,3}(?:$|[^\d.])/;
const IPV6 = /(?:^|[^\da-f:])[\da-f]{0,4}(?::[\da-f]{0,4}){2,7}(?:$|[^\da-f:])/i;

/** True when `key` contains something shaped like an IPv4 or IPv6 address. */
export function looksLikeIpAddress(key: string): boolean {
  return IPV4.test(key) || IPV6.test(key);
}

/** An in-memory rate limiter; one per policy. */
export type RateLimiter = {
  /** Takes one attempt for `key`. */
  take(key: string): RateLimitDecision;
  /** Like `take`, but throws `rate_limited` with `retryAfter` when refused. */
  consume(key: string): void;
  /** Forgets `key`, e.g. after a successful sign-in. */
  reset(key: string): void;
  /** Number of keys held (full buckets are dropped as they are met). */
  readonly size: number;
};

/** Options of `createRateLimiter`. */
export type RateLimiterOptions = {
  /** The source of "now"; injected so tests control time. */
  readonly clock: { readonly now: () => Date };
  /** Most keys kept in memory; the oldest are dropped first. Default 10 000. */
  readonly maxKeys?: number;
};

/** A rate limiter keeping its buckets in memory (one process). */
export function createRateLimiter(policy: RateLimitPolicy, options: RateLimiterOptions): RateLimiter {
  const buckets = new Map<string, TokenBucket>();
  const maxKeys = options.maxKeys ?? 10_000;

  const take = (key: string): RateLimitDecision => {
    if (looksLikeIpAddress(key)) {
      throw new AppError('internal', 'Rate-limit keys of the public channel must not contain IP addresses.');
    }
    const nowMs = options.clock.now().getTime();
    const result = takeToken(buckets.get(key), policy, nowMs);
    buckets.delete(key); // re-insert so Map order is least recently used first
    buckets.set(key, result.bucket);
    while (buckets.size > maxKeys) {
      const oldest = buckets.keys().next().value;
      if (oldest === undefined) break;
      buckets.delete(oldest);
    }
    return result.decision;
  };

  return {
    take,
    consume(key) {
      const decision = take(key);
      if (!decision.allowed) {
        throw new AppError('rate_limited', 'Too many attempts; try again later.', {
          retryAfter: decision.retryAfterSeconds,
        });
      }
    },
    reset(key) {
      buckets.delete(key);
    },
    get size() {
      return buckets.size;
    },
  };
}
