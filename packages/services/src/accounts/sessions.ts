import { AppError, ZChangePassword, ZSignIn } from '@assay/core';
import type { User } from '@assay/storage';
import { withoutSecret } from '@assay/storage';
import type { ServiceContext } from '../context.js';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../security/passwords.js';
import type { SignInThrottle } from '../security/sign-in-throttle.js';
import { hashToken, newToken } from '../security/tokens.js';
import { parseInput } from './parse-input.js';

/** Sessions last 14 days and slide forward with use; an idle fortnight signs the user out. */
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;
/** Sliding refresh is written at most this often, to keep reads cheap. */
const TOUCH_INTERVAL_MS = 10 * 60 * 1000;

export type SignedIn = { token: string; user: User; expiresAt: Date };

/** Where a sign-in comes from, and the throttle every way to sign in shares (see sign-in-throttle.ts). */
export type SignInFrom = { readonly client: string; readonly throttle: SignInThrottle };

/**
 * Checks e-mail and password and opens a session. The same message for every failure. The
 * throttle is asked first (it may refuse with `rate_limited`, or slow the try down) and is told
 * the outcome; there is no way to sign in around it.
 */
export async function signIn(ctx: ServiceContext, input: unknown, from: SignInFrom): Promise<SignedIn> {
  const typed = typeof input === 'object' && input !== null ? (input as { email?: unknown }).email : undefined;
  const attempt = { email: typeof typed === 'string' ? typed : '', client: from.client };
  await from.throttle.admit(attempt);
  const { email, password } = parseInput(ZSignIn, input);
  const user = await ctx.store.users.findByEmail(email);
  const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !ok) {
    await from.throttle.failed(attempt);
    throw new AppError('unauthenticated', 'The e-mail address or password is not correct.');
  }
  await from.throttle.succeeded(attempt);
  return openSession(ctx, withoutSecret(user));
}

/** Opens a session for a user who has just proven who they are (sign-in, setup, invitation). */
export async function openSession(ctx: ServiceContext, user: User): Promise<SignedIn> {
  const token = newToken();
  const expiresAt = new Date(ctx.now().getTime() + SESSION_TTL_MS);
  await ctx.store.sessions.create({ idHash: hashToken(token), userId: user.id, expiresAt: expiresAt.toISOString() });
  return { token, user, expiresAt };
}

/** The user behind a session token, or undefined when the token is unknown or expired. */
export async function resolveSession(
  ctx: ServiceContext,
  token: string,
): Promise<{ user: User; sessionHash: string } | undefined> {
  const idHash = hashToken(token);
  const now = ctx.now();
  const session = await ctx.store.sessions.findValid(idHash, now.toISOString());
  if (!session) return undefined;
  const user = await ctx.store.users.findById(session.userId);
  if (!user) return undefined;
  if (now.getTime() - Date.parse(session.lastSeenAt) > TOUCH_INTERVAL_MS) {
    await ctx.store.sessions.touch(idHash, new Date(now.getTime() + SESSION_TTL_MS).toISOString());
  }
  return { user: withoutSecret(user), sessionHash: idHash };
}

/** Ends the session behind a token (unknown tokens are ignored). */
export async function signOut(ctx: ServiceContext, token: string): Promise<void> {
  await ctx.store.sessions.delete(hashToken(token));
}

/** Changes the password after checking the current one, and ends the user's other sessions. */
export async function changePassword(
  ctx: ServiceContext,
  userId: string,
  currentSessionHash: string,
  input: unknown,
): Promise<void> {
  const { current, next } = parseInput(ZChangePassword, input);
  const user = await ctx.store.users.findById(userId);
  if (!user || !(await verifyPassword(user.passwordHash, current))) {
    throw new AppError('invalid_input', 'The current password is not correct.', {
      issues: [{ path: 'current', message: 'Not correct.' }],
    });
  }
  const passwordHash = await hashPassword(next);
  await ctx.store.transaction(async (tx) => {
    await tx.users.setPassword(userId, passwordHash);
    await tx.sessions.deleteForUser(userId, currentSessionHash);
    await tx.audit.record({
      organisationId: null,
      actor: { userId, label: 'user' },
      entity: 'user',
      entityId: userId,
      action: 'change_password',
      summary: {},
    });
  });
}
