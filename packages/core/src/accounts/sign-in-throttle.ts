/**
 * The sign-in throttle's policy (pure; the counts live behind a port in services). Every way to sign
 * in asks it before a password is checked. See docs/decisions/sign-in-throttle.md.
 *
 * Failures are counted three ways, each for {@link SignInPolicy.windowMs} after its latest failure:
 * - the pair (account, client): after `freeFailures` failures each further try must wait a delay
 *   that doubles with every failure (1 s, 2 s, 4 s … at most `maxPairDelayMs`); a try inside the
 *   delay is refused with the seconds to wait, and the password is not checked;
 * - the account, over all clients, and the client, over all accounts: these only slow a try down
 *   (a wait before the password is checked, at most `maxSharedDelayMs`) and never refuse it. So a
 *   known e-mail address, or one proxy address shared by many people, cannot lock anyone out: a
 *   correct password from a pair that has not failed itself is always checked.
 */

export type SignInPolicy = {
  /** Failures of one (account, client) pair before its delay starts. */
  readonly freeFailures: number;
  /** How long a count is kept after its latest failure. */
  readonly windowMs: number;
  /** The longest delay of one pair. */
  readonly maxPairDelayMs: number;
  /** Failures of one account (or one client) before every try on it (from it) is slowed down. */
  readonly freeSharedFailures: number;
  /** The longest slow-down of a try that is not refused. */
  readonly maxSharedDelayMs: number;
};

/** One count as stored: failures, and the instant (ms since the epoch) of the latest. */
export type FailureCount = { readonly failures: number; readonly lastFailureAt: number };

/** The counts of one try: its pair, its account over all clients, its client over all accounts. */
export type SignInCounts = {
  readonly pair?: FailureCount;
  readonly account?: FailureCount;
  readonly client?: FailureCount;
};

/** Refuse (the pair must wait `retryAfterSeconds`), or check the password after `delayMs`. */
export type SignInDecision =
  | { readonly kind: 'refuse'; readonly retryAfterSeconds: number }
  | { readonly kind: 'check'; readonly delayMs: number };

/** The policy with `freeFailures` per pair (ASSAY_LOGIN_ATTEMPTS) and the documented defaults. */
export function signInPolicy(freeFailures = 5): SignInPolicy {
  return {
    freeFailures,
    windowMs: 60 * 60 * 1000,
    maxPairDelayMs: 15 * 60 * 1000,
    freeSharedFailures: Math.max(10, 2 * freeFailures),
    maxSharedDelayMs: 3000,
  };
}

/** Failures still counted at `now` (0 once the window after the latest has passed). */
export function liveFailures(
  count: FailureCount | undefined,
  now: number,
  policy: { readonly windowMs: number },
): number {
  if (!count || now - count.lastFailureAt >= policy.windowMs) return 0;
  return count.failures;
}

/**
 * A delay that doubles with every event past the free ones: 0 below `free`, then `firstMs`,
 * `2 × firstMs` … at most `maxMs`. The one growth rule of the throttles (sign-in, grievance channel).
 */
export function doublingDelayMs(events: number, free: number, firstMs: number, maxMs: number): number {
  if (events < free) return 0;
  return Math.min(firstMs * 2 ** Math.min(events - free, 30), maxMs);
}

/** The delay a pair must keep after its latest failure, given its failures so far. */
export function pairDelayMs(failures: number, policy: SignInPolicy): number {
  return doublingDelayMs(failures, policy.freeFailures, 1000, policy.maxPairDelayMs);
}

/** The slow-down of a try from the account's and the client's failures (never a refusal). */
export function sharedDelayMs(failures: number, policy: SignInPolicy): number {
  return doublingDelayMs(failures, policy.freeSharedFailures, 100, policy.maxSharedDelayMs);
}

/** What to do with one try at `now`. */
export function decideSignIn(counts: SignInCounts, now: number, policy: SignInPolicy): SignInDecision {
  const pair = liveFailures(counts.pair, now, policy);
  if (counts.pair && pair > 0) {
    const until = counts.pair.lastFailureAt + pairDelayMs(pair, policy);
    if (until > now) return { kind: 'refuse', retryAfterSeconds: Math.max(1, Math.ceil((until - now) / 1000)) };
  }
  const shared = Math.max(liveFailures(counts.account, now, policy), liveFailures(counts.client, now, policy));
  return { kind: 'check', delayMs: sharedDelayMs(shared, policy) };
}
