import { signInPolicy } from '@assay/core';
import { forEachDialect } from '@assay/storage/test-support';
import { expect, it } from 'vitest';
import { serviceContext } from '../context.js';
import { createSignInThrottle } from '../security/sign-in-throttle.js';
import { addBranchMember } from './branch-members.js';
import { acceptInvitation, changeMemberRole, inviteMember, removeMember } from './members.js';
import { completeSetup, createOrganisation, createUser, isSetupNeeded } from './organisations.js';
import { changePassword, resolveSession, signIn } from './sessions.js';

const owner = { email: 'owner@example.org', name: 'Olga Owner', password: 'correct horse battery' };

forEachDialect('accounts use cases', (store) => {
  const ctx = () => serviceContext(store());
  const from = () => ({
    client: 'test client',
    throttle: createSignInThrottle({ store: store().throttleCounts, policy: signInPolicy(), now: () => new Date() }),
  });

  it('sets up the first organisation once, and refuses a second setup', async () => {
    expect(await isSetupNeeded(ctx())).toBe(true);
    const { organisation, user } = await completeSetup(ctx(), {
      organisation: { name: 'Acme Metals', slug: 'acme' },
      owner,
    });
    expect(organisation.kind).toBe('company');
    expect(await store().memberships.roleOf(organisation.id, user.id)).toBe('owner');
    expect(await isSetupNeeded(ctx())).toBe(false);
    await expect(
      completeSetup(ctx(), {
        organisation: { name: 'Other', slug: 'other' },
        owner: { ...owner, email: 'x@example.org' },
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(await store().organisations.findBySlug('other')).toBeUndefined();
  });

  it('signs in with the right password only, with one message for every failure', async () => {
    const session = await signIn(ctx(), { email: 'OWNER@example.org', password: owner.password }, from());
    expect((await resolveSession(ctx(), session.token))?.user.email).toBe(owner.email);
    const wrong = await signIn(ctx(), { email: owner.email, password: 'wrong password!' }, from()).catch(
      (e: unknown) => e,
    );
    const unknown = await signIn(ctx(), { email: 'nobody@example.org', password: 'wrong password!' }, from()).catch(
      (e: unknown) => e,
    );
    expect(wrong).toMatchObject({ code: 'unauthenticated' });
    expect((unknown as Error).message).toBe((wrong as Error).message);
  });

  it('changes the password and ends the other sessions', async () => {
    const first = await signIn(ctx(), { email: owner.email, password: owner.password }, from());
    const second = await signIn(ctx(), { email: owner.email, password: owner.password }, from());
    const current = await resolveSession(ctx(), first.token);
    await changePassword(ctx(), first.user.id, current!.sessionHash, {
      current: owner.password,
      next: 'a new long password',
    });
    expect(await resolveSession(ctx(), first.token)).toBeDefined();
    expect(await resolveSession(ctx(), second.token)).toBeUndefined();
    await signIn(ctx(), { email: owner.email, password: 'a new long password' }, from());
    owner.password = 'a new long password';
  });

  it('invites by link; the link works once and grants the invited role', async () => {
    const org = (await store().organisations.findBySlug('acme'))!;
    const ownerUser = (await store().users.findByEmail(owner.email))!;
    const actor = { userId: ownerUser.id, label: 'user', organisationId: org.id, role: 'owner' as const };
    const { token } = await inviteMember(ctx(), actor, { email: 'ed@example.org', role: 'editor' });
    const { user } = await acceptInvitation(ctx(), token, {
      newUser: { email: 'ed@example.org', name: 'Ed', password: 'editor password' },
    });
    expect(await store().memberships.roleOf(org.id, user.id)).toBe('editor');
    await expect(acceptInvitation(ctx(), token, { signedInUserId: user.id })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('lets only the invited address accept: another account and another address are refused, with nothing joined', async () => {
    const org = (await store().organisations.findBySlug('acme'))!;
    const ownerUser = (await store().users.findByEmail(owner.email))!;
    const editor = (await store().users.findByEmail('ed@example.org'))!;
    const actor = { userId: ownerUser.id, label: 'user', organisationId: org.id, role: 'owner' as const };
    const other = await createOrganisation(
      ctx(),
      {
        organisation: { name: 'Other Metals', slug: 'other-metals' },
        owner: { email: 'otto@other.example', name: 'Otto', password: 'other owner password' },
      },
      { userId: null, label: 'cli' },
    );
    const otherActor = {
      userId: other.user!.id,
      label: 'user',
      organisationId: other.organisation.id,
      role: 'owner' as const,
    };
    const { token } = await inviteMember(ctx(), otherActor, { email: 'vera.viewer@example.org', role: 'viewer' });

    // Signed in as someone else (the editor of acme, who got the forwarded link).
    const wrongAccount = await acceptInvitation(ctx(), token, { signedInUserId: editor.id }).catch((e: unknown) => e);
    expect(wrongAccount).toMatchObject({
      code: 'forbidden',
      details: { messageKey: 'invite.wrongAccount', params: { email: 'v***@example.org' } },
    });
    expect((wrongAccount as Error).message).not.toContain('vera.viewer');
    expect(await store().memberships.roleOf(other.organisation.id, editor.id)).toBeUndefined();

    // Registering through the link with another address.
    await expect(
      acceptInvitation(ctx(), token, {
        newUser: { email: 'mallory@example.org', name: 'Mallory', password: 'mallory password' },
      }),
    ).rejects.toMatchObject({
      code: 'forbidden',
      details: { messageKey: 'invite.wrongAddress', issues: [{ path: 'email', key: 'invite.useInvitedAddress' }] },
    });
    expect(await store().users.findByEmail('mallory@example.org')).toBeUndefined();

    // The link still works for the invited address, typed in another case and with spaces.
    const { user } = await acceptInvitation(ctx(), token, {
      newUser: { email: '  Vera.Viewer@Example.ORG ', name: 'Vera', password: 'viewer password' },
    });
    expect(user.email).toBe('vera.viewer@example.org');
    expect(await store().memberships.roleOf(other.organisation.id, user.id)).toBe('viewer');

    // A signed-in account whose address the inviter typed in another case.
    const second = await inviteMember(ctx(), actor, { email: ' Vera.VIEWER@example.org', role: 'editor' });
    await acceptInvitation(ctx(), second.token, { signedInUserId: user.id });
    expect(await store().memberships.roleOf(org.id, user.id)).toBe('editor');
  });

  it('never leaves an organisation without an owner, and editors cannot grant roles', async () => {
    const org = (await store().organisations.findBySlug('acme'))!;
    const ownerUser = (await store().users.findByEmail(owner.email))!;
    const editor = (await store().users.findByEmail('ed@example.org'))!;
    const asOwner = { userId: ownerUser.id, label: 'user', organisationId: org.id, role: 'owner' as const };
    const asEditor = { userId: editor.id, label: 'user', organisationId: org.id, role: 'editor' as const };
    await expect(changeMemberRole(ctx(), asOwner, ownerUser.id, 'viewer')).rejects.toMatchObject({ code: 'conflict' });
    await expect(removeMember(ctx(), asOwner, ownerUser.id)).rejects.toMatchObject({ code: 'conflict' });
    await expect(inviteMember(ctx(), asEditor, { email: 'v@example.org', role: 'viewer' })).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('creates a user in an organisation from the CLI, and refuses a duplicate e-mail', async () => {
    const { user, organisation } = await createUser(
      ctx(),
      {
        user: { email: 'cli@example.org', name: 'Cli', password: 'cli password 1' },
        organisationSlug: 'acme',
        role: 'admin',
      },
      { userId: null, label: 'cli' },
    );
    expect(await store().memberships.roleOf(organisation!.id, user.id)).toBe('admin');
    await expect(
      createUser(
        ctx(),
        { user: { email: 'cli@example.org', name: 'Cli', password: 'cli password 1' } },
        { userId: null, label: 'cli' },
      ),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('records every mutation in the audit log', async () => {
    const org = (await store().organisations.findBySlug('acme'))!;
    const actions = (await store().audit.list(org.id)).map((e) => `${e.entity}.${e.action}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        'organisation.create',
        'membership.add',
        'invitation.create',
        'membership.accept_invitation',
      ]),
    );
  });
});

forEachDialect('branch organisations', (store) => {
  it('adds a company to a branch organisation, and refuses the wrong kinds', async () => {
    const ctx = serviceContext(store());
    const cli = { userId: null, label: 'cli' };
    await createOrganisation(ctx, { organisation: { name: 'Metal Branch', slug: 'branch', kind: 'branch' } }, cli);
    await createOrganisation(ctx, { organisation: { name: 'Member Co', slug: 'member' } }, cli);
    await addBranchMember(ctx, { branchSlug: 'branch', memberSlug: 'member' }, cli);
    const branch = (await store().organisations.findBySlug('branch'))!;
    expect((await store().organisations.listBranchMembers(branch.id)).map((o) => o.slug)).toEqual(['member']);
    await expect(addBranchMember(ctx, { branchSlug: 'member', memberSlug: 'branch' }, cli)).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(addBranchMember(ctx, { branchSlug: 'branch', memberSlug: 'nope' }, cli)).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
