import { createFailureThrottle, type FailureThrottleOptions, type SecretThrottle } from './failure-throttle.js';

/** One try to sign in: the account it names (as typed) and the client it comes from. */
export type SignInAttempt = { readonly email: string; readonly client: string };

/**
 * The one sign-in throttle every way to sign in goes through (form, JSON API, any later one): the
 * shared failure throttle (failure-throttle.ts) with the account as its subject, slowed down over
 * all clients too. See docs/decisions/sign-in-throttle.md.
 */
export type SignInThrottle = SecretThrottle<SignInAttempt>;

/** The store, policy, clock (and, for tests, the sleep) of the sign-in throttle. */
export type SignInThrottleOptions = Omit<FailureThrottleOptions, 'scope' | 'slowSubject' | 'refusal'>;

export function createSignInThrottle(options: SignInThrottleOptions): SignInThrottle {
  const throttle = createFailureThrottle({
    ...options,
    scope: 'sign-in',
    slowSubject: true,
    refusal: 'Too many failed sign-ins from here for this account.',
  });
  const attemptOf = (attempt: SignInAttempt) => ({
    subject: attempt.email.trim().toLowerCase(),
    client: attempt.client,
  });
  return {
    admit: (attempt) => throttle.admit(attemptOf(attempt)),
    failed: (attempt) => throttle.failed(attemptOf(attempt)),
    succeeded: (attempt) => throttle.succeeded(attemptOf(attempt)),
  };
}
