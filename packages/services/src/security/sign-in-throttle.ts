import { AppError, decideSignIn, type FailureCount, type SignInPolicy } from '@assay/core';
import type { StoredFailureCount } from '@assay/storage';
import { hashToken } from './tokens.js';

/**
 * Where the throttle keeps its counts (the port). The database's `store.signInFailures` is the
 * implementation the app uses, so that every instance on one database counts together;
 * {@link memorySignInFailures} is one for a single process (tests, tools without a database).
 */
export type SignInFailureStore = {
  read(keyHashes: readonly string[]): Promise<Map<string, StoredFailureCount>>;
  /** One failure at `at` for each key; counts last touched at or before `windowStart` restart. */
  recordFailure(keyHashes: readonly string[], at: string, windowStart: string): Promise<void>;
  clear(keyHash: string): Promise<void>;
};

/** One try to sign in: the account it names (as typed) and the client it comes from. */
export type SignInAttempt = { readonly email: string; readonly client: string };

/**
 * The one sign-in throttle every way to sign in goes through (form, JSON API, any later one): see
 * `decideSignIn` in the core for the policy and docs/decisions/sign-in-throttle.md for the reasons.
 */
export type SignInThrottle = {
  /** Before the password is checked: throws `rate_limited` (with `retryAfter`) or waits the slow-down. */
  admit(attempt: SignInAttempt): Promise<void>;
  /** A wrong e-mail address or password. */
  failed(attempt: SignInAttempt): Promise<void>;
  /** A correct password: the pair's count is forgotten (the account's and the client's are kept). */
  succeeded(attempt: SignInAttempt): Promise<void>;
};

export type SignInThrottleOptions = {
  readonly store: SignInFailureStore;
  readonly policy: SignInPolicy;
  readonly now: () => Date;
  /** How a slow-down is waited (tests record it instead). */
  readonly sleep?: (ms: number) => Promise<void>;
};

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The stored keys of one try: SHA-256 of the pair, the account and the client, never the values. */
function keysOf(attempt: SignInAttempt) {
  const email = attempt.email.trim().toLowerCase();
  return {
    pair: hashToken(`sign-in:pair:${email}\n${attempt.client}`),
    account: hashToken(`sign-in:account:${email}`),
    client: hashToken(`sign-in:client:${attempt.client}`),
  };
}

const toCount = (stored: StoredFailureCount | undefined): FailureCount | undefined =>
  stored ? { failures: stored.failures, lastFailureAt: Date.parse(stored.lastFailureAt) } : undefined;

export function createSignInThrottle(options: SignInThrottleOptions): SignInThrottle {
  const { store, policy, now } = options;
  const sleep = options.sleep ?? realSleep;
  return {
    async admit(attempt) {
      const keys = keysOf(attempt);
      const stored = await store.read([keys.pair, keys.account, keys.client]);
      const decision = decideSignIn(
        {
          pair: toCount(stored.get(keys.pair)),
          account: toCount(stored.get(keys.account)),
          client: toCount(stored.get(keys.client)),
        },
        now().getTime(),
        policy,
      );
      if (decision.kind === 'refuse') {
        throw new AppError('rate_limited', 'Too many failed sign-ins from here for this account.', {
          retryAfter: decision.retryAfterSeconds,
        });
      }
      if (decision.delayMs > 0) await sleep(decision.delayMs);
    },
    async failed(attempt) {
      const keys = keysOf(attempt);
      const at = now();
      const windowStart = new Date(at.getTime() - policy.windowMs).toISOString();
      await store.recordFailure([keys.pair, keys.account, keys.client], at.toISOString(), windowStart);
    },
    async succeeded(attempt) {
      await store.clear(keysOf(attempt).pair);
    },
  };
}

/** A {@link SignInFailureStore} in this process's memory. */
export function memorySignInFailures(): SignInFailureStore {
  const counts = new Map<string, StoredFailureCount>();
  return {
    async read(keyHashes) {
      const found = new Map<string, StoredFailureCount>();
      for (const key of keyHashes) {
        const count = counts.get(key);
        if (count) found.set(key, count);
      }
      return found;
    },
    async recordFailure(keyHashes, at, windowStart) {
      for (const key of keyHashes) {
        const count = counts.get(key);
        const failures = count && count.lastFailureAt > windowStart ? count.failures + 1 : 1;
        counts.set(key, { failures, lastFailureAt: at });
      }
      for (const [key, count] of counts) if (count.lastFailureAt <= windowStart) counts.delete(key);
    },
    async clear(keyHash) {
      counts.delete(keyHash);
    },
  };
}
