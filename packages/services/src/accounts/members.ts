import {
  AppError,
  assignableRoles,
  maskEmailAddress,
  type Role,
  sameEmailAddress,
  ZCreateUser,
  ZInvite,
  ZRole,
} from '@assay/core';
import type { Invitation, Member, User } from '@assay/storage';
import type { OrgActor, ServiceContext } from '../context.js';
import { hashPassword } from '../security/passwords.js';
import { hashToken, newToken } from '../security/tokens.js';
import { parseInput } from './parse-input.js';

/** Invitation links are valid for 7 days. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

function assertMayAssign(actor: OrgActor, role: Role): void {
  if (!assignableRoles(actor.role).includes(role)) {
    throw new AppError('forbidden', `Your role (${actor.role}) cannot give the role ${role}.`);
  }
}

export function listMembers(ctx: ServiceContext, actor: OrgActor): Promise<Member[]> {
  return ctx.store.memberships.list(actor.organisationId);
}

export function listOpenInvitations(ctx: ServiceContext, actor: OrgActor): Promise<Invitation[]> {
  return ctx.store.invitations.listOpen(actor.organisationId);
}

/** Creates an invitation; the returned token goes into the link and is not stored. */
export async function inviteMember(
  ctx: ServiceContext,
  actor: OrgActor,
  input: unknown,
): Promise<{ invitation: Invitation; token: string }> {
  const { email, role } = parseInput(ZInvite, input);
  assertMayAssign(actor, role);
  const token = newToken();
  return ctx.store.transaction(async (tx) => {
    const invitation = await tx.invitations.create({
      organisationId: actor.organisationId,
      email,
      role,
      tokenHash: hashToken(token),
      createdBy: actor.userId,
      expiresAt: new Date(ctx.now().getTime() + INVITATION_TTL_MS).toISOString(),
    });
    await tx.audit.record({
      organisationId: actor.organisationId,
      actor,
      entity: 'invitation',
      entityId: invitation.id,
      action: 'create',
      summary: { role },
    });
    return { invitation, token };
  });
}

/** The open, unexpired invitation behind a link token, with its organisation. */
export async function findInvitation(ctx: ServiceContext, token: string) {
  const invitation = await ctx.store.invitations.findByTokenHash(hashToken(token));
  if (
    !invitation ||
    invitation.acceptedAt ||
    invitation.revokedAt ||
    Date.parse(invitation.expiresAt) <= ctx.now().getTime()
  ) {
    throw new AppError('not_found', 'This invitation link is not valid any more. Ask for a new one.');
  }
  const organisation = await ctx.store.organisations.findById(invitation.organisationId);
  if (!organisation) throw new AppError('not_found', 'This invitation link is not valid any more. Ask for a new one.');
  return { invitation, organisation };
}

/**
 * Refuses an account whose address is not the invited one (compared trimmed, case-insensitively): a
 * link that leaked, or was forwarded, must not let another account join. The message names the
 * invited address masked (`j***@example.com`) and says what to do.
 */
export function invitedAddressRefusal(
  invitation: Invitation,
  email: string,
  how: 'signed_in' | 'register',
): AppError | undefined {
  if (sameEmailAddress(invitation.email, email)) return undefined;
  const masked = maskEmailAddress(invitation.email);
  if (how === 'signed_in') {
    return new AppError(
      'forbidden',
      `This invitation was sent to ${masked}; you are signed in with another account. Sign out, then sign in or create an account with ${masked} and open the link again.`,
      { messageKey: 'invite.wrongAccount', params: { email: masked } },
    );
  }
  return new AppError(
    'forbidden',
    `This invitation was sent to ${masked} and can only be accepted with that address. Create your account with ${masked}, or sign in with it if you already have an account.`,
    {
      messageKey: 'invite.wrongAddress',
      params: { email: masked },
      issues: [
        {
          path: 'email',
          message: `Use the invited address (${masked}).`,
          key: 'invite.useInvitedAddress',
          params: { email: masked },
        },
      ],
    },
  );
}

function assertInvitedAddress(invitation: Invitation, email: string, how: 'signed_in' | 'register'): void {
  const refusal = invitedAddressRefusal(invitation, email, how);
  if (refusal) throw refusal;
}

/**
 * Accepts an invitation: an existing signed-in user joins, or a new account is created with the
 * invited e-mail address. Only the invited address may accept ({@link invitedAddressRefusal}). One
 * transaction: the link cannot be used twice.
 */
export async function acceptInvitation(
  ctx: ServiceContext,
  token: string,
  who: { signedInUserId: string } | { newUser: unknown },
): Promise<{ user: User; organisationSlug: string }> {
  const { invitation, organisation } = await findInvitation(ctx, token);
  const newUser = 'newUser' in who ? parseInput(ZCreateUser, who.newUser) : undefined;
  if (newUser) assertInvitedAddress(invitation, newUser.email, 'register');
  const passwordHash = newUser ? await hashPassword(newUser.password) : undefined;
  return ctx.store.transaction(async (tx) => {
    let user: User | undefined;
    if (newUser && passwordHash) {
      if (await tx.users.findByEmail(newUser.email)) {
        throw new AppError(
          'conflict',
          'An account with this e-mail address exists. Sign in first, then open the link again.',
        );
      }
      user = await tx.users.create({ email: newUser.email, name: newUser.name, passwordHash });
    } else if ('signedInUserId' in who) {
      const found = await tx.users.findById(who.signedInUserId);
      if (found) {
        assertInvitedAddress(invitation, found.email, 'signed_in');
        const { passwordHash: _omit, ...rest } = found;
        user = rest;
      }
    }
    if (!user) throw new AppError('unauthenticated', 'Sign in to accept this invitation.');
    if (!(await tx.invitations.markAccepted(organisation.id, invitation.id))) {
      throw new AppError('conflict', 'This invitation has already been used.');
    }
    if (!(await tx.memberships.roleOf(organisation.id, user.id))) {
      await tx.memberships.add(organisation.id, user.id, invitation.role);
    }
    await tx.audit.record({
      organisationId: organisation.id,
      actor: { userId: user.id, label: 'invitation' },
      entity: 'membership',
      entityId: user.id,
      action: 'accept_invitation',
      summary: { invitationId: invitation.id, role: invitation.role },
    });
    return { user, organisationSlug: organisation.slug };
  });
}

export async function revokeInvitation(ctx: ServiceContext, actor: OrgActor, invitationId: string): Promise<void> {
  await ctx.store.transaction(async (tx) => {
    if (!(await tx.invitations.revoke(actor.organisationId, invitationId)))
      throw new AppError('not_found', 'Invitation was not found.');
    await tx.audit.record({
      organisationId: actor.organisationId,
      actor,
      entity: 'invitation',
      entityId: invitationId,
      action: 'revoke',
      summary: {},
    });
  });
}

/** Changes a member's role. The last owner cannot be demoted. */
export async function changeMemberRole(
  ctx: ServiceContext,
  actor: OrgActor,
  userId: string,
  roleInput: unknown,
): Promise<void> {
  const role = parseInput(ZRole, roleInput);
  assertMayAssign(actor, role);
  await ctx.store.transaction(async (tx) => {
    const current = await tx.memberships.roleOf(actor.organisationId, userId);
    if (!current) throw new AppError('not_found', 'Member was not found.');
    if (current === 'owner' && actor.role !== 'owner')
      throw new AppError('forbidden', 'Only an owner can change an owner.');
    if (current === 'owner' && role !== 'owner' && (await tx.memberships.countOwners(actor.organisationId)) <= 1) {
      throw new AppError('conflict', 'An organisation needs at least one owner. Make someone else owner first.');
    }
    await tx.memberships.changeRole(actor.organisationId, userId, role);
    await tx.audit.record({
      organisationId: actor.organisationId,
      actor,
      entity: 'membership',
      entityId: userId,
      action: 'change_role',
      summary: { from: current, to: role },
    });
  });
}

/** Removes a member. The last owner cannot be removed. */
export async function removeMember(ctx: ServiceContext, actor: OrgActor, userId: string): Promise<void> {
  await ctx.store.transaction(async (tx) => {
    const current = await tx.memberships.roleOf(actor.organisationId, userId);
    if (!current) throw new AppError('not_found', 'Member was not found.');
    if (current === 'owner' && actor.role !== 'owner')
      throw new AppError('forbidden', 'Only an owner can remove an owner.');
    if (current === 'owner' && (await tx.memberships.countOwners(actor.organisationId)) <= 1) {
      throw new AppError('conflict', 'An organisation needs at least one owner.');
    }
    await tx.memberships.remove(actor.organisationId, userId);
    await tx.audit.record({
      organisationId: actor.organisationId,
      actor,
      entity: 'membership',
      entityId: userId,
      action: 'remove',
      summary: { role: current },
    });
  });
}
