import { AppError, decideSignIn, type FailureCount, type SignInPolicy } from '@assay/core';
import type { StoredThrottleCount, ThrottleEvent } from '@assay/storage';
import { hashToken } from './tokens.js';

/**
 * Where the throttles keep their counts (the port). The database's `store.throttleCounts` is the
 * implementation the app uses, so that every instance on one database counts together;
 * {@link memoryThrottleCounts} is one for a single process (tests, tools without a database).
 */
export type ThrottleCountStore = {
  read(keyHashes: readonly string[]): Promise<Map<string, StoredThrottleCount>>;
  /** One event for each key; returns the new counts. */
  record(keyHashes: readonly string[], event: ThrottleEvent): Promise<Map<string, number>>;
  clear(keyHash: string): Promise<void>;
};

/** One try of a secret: what it is for (an account, a case) and the client it comes from. */
export type FailureAttempt = { readonly subject: string; readonly client: string };

/** What a throttle of wrong secrets does with one kind of attempt. */
export type SecretThrottle<Attempt> = {
  /** Before the secret is checked: throws `rate_limited` (with `retryAfter`) or waits the slow-down. */
  admit(attempt: Attempt): Promise<void>;
  /** A wrong secret. */
  failed(attempt: Attempt): Promise<void>;
  /** The right secret: the pair's count is forgotten (the subject's and the client's are kept). */
  succeeded(attempt: Attempt): Promise<void>;
};

/**
 * A throttle of wrong secrets (passwords, passphrases): `decideSignIn` in the core is the policy,
 * docs/decisions/sign-in-throttle.md the reasons. The pair (subject, client) that keeps failing must
 * wait a growing delay; the client over all subjects (and, when asked, the subject over all
 * clients) only slows tries down, so no one is ever locked out by someone else's failures.
 */
export type FailureThrottle = SecretThrottle<FailureAttempt>;

export type FailureThrottleOptions = {
  /** The keys' namespace (`sign-in`, `follow-up`): throttles on one store never share a count. */
  readonly scope: string;
  readonly store: ThrottleCountStore;
  readonly policy: SignInPolicy;
  readonly now: () => Date;
  /** Whether the subject's failures over all clients slow every try on it down (sign-in: yes). */
  readonly slowSubject: boolean;
  /** The `rate_limited` message (an internal text; pages say their own). */
  readonly refusal: string;
  /** How a slow-down is waited (tests record it instead). */
  readonly sleep?: (ms: number) => Promise<void>;
};

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const toCount = (stored: StoredThrottleCount | undefined): FailureCount | undefined =>
  stored ? { failures: stored.count, lastFailureAt: Date.parse(stored.lastAt) } : undefined;

export function createFailureThrottle(options: FailureThrottleOptions): FailureThrottle {
  const { scope, store, policy, now, slowSubject } = options;
  const sleep = options.sleep ?? realSleep;
  /** The stored keys of one try: SHA-256 of the pair, the subject and the client, never the values. */
  const keysOf = (attempt: FailureAttempt) => ({
    pair: hashToken(`${scope}:pair:${attempt.subject}\n${attempt.client}`),
    subject: hashToken(`${scope}:subject:${attempt.subject}`),
    client: hashToken(`${scope}:client:${attempt.client}`),
  });
  return {
    async admit(attempt) {
      const keys = keysOf(attempt);
      const stored = await store.read([keys.pair, keys.subject, keys.client]);
      const subject = slowSubject ? toCount(stored.get(keys.subject)) : undefined;
      const decision = decideSignIn(
        {
          pair: toCount(stored.get(keys.pair)),
          client: toCount(stored.get(keys.client)),
          ...(subject ? { account: subject } : {}),
        },
        now().getTime(),
        policy,
      );
      if (decision.kind === 'refuse') {
        throw new AppError('rate_limited', options.refusal, { retryAfter: decision.retryAfterSeconds });
      }
      if (decision.delayMs > 0) await sleep(decision.delayMs);
    },
    async failed(attempt) {
      const keys = keysOf(attempt);
      const at = now().getTime();
      await store.record(slowSubject ? [keys.pair, keys.subject, keys.client] : [keys.pair, keys.client], {
        at: new Date(at).toISOString(),
        windowStart: new Date(at - policy.windowMs).toISOString(),
        expiresAt: new Date(at + policy.windowMs).toISOString(),
      });
    },
    async succeeded(attempt) {
      await store.clear(keysOf(attempt).pair);
    },
  };
}

/** A {@link ThrottleCountStore} in this process's memory. */
export function memoryThrottleCounts(): ThrottleCountStore {
  const rows = new Map<string, StoredThrottleCount & { readonly expiresAt: string }>();
  return {
    async read(keyHashes) {
      const found = new Map<string, StoredThrottleCount>();
      for (const key of keyHashes) {
        const row = rows.get(key);
        if (row) found.set(key, { count: row.count, lastAt: row.lastAt });
      }
      return found;
    },
    async record(keyHashes, event) {
      const counts = new Map<string, number>();
      for (const key of keyHashes) {
        const row = rows.get(key);
        const count = row && row.lastAt > event.windowStart ? row.count + 1 : 1;
        rows.set(key, { count, lastAt: event.at, expiresAt: event.expiresAt });
        counts.set(key, count);
      }
      for (const [key, row] of rows) if (row.expiresAt <= event.at) rows.delete(key);
      return counts;
    },
    async clear(keyHash) {
      rows.delete(keyHash);
    },
  };
}
