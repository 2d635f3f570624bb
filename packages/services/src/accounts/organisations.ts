import {
  AppError,
  type Role,
  type TCreateOrganisation,
  type TCreateUser,
  ZCreateOrganisation,
  ZCreateUser,
} from '@assay/core';
import type { Organisation, Repositories, User } from '@assay/storage';
import { z } from 'zod';
import type { ServiceContext } from '../context.js';
import { hashPassword } from '../security/passwords.js';
import { parseInput } from './parse-input.js';

/** A system or user actor for the audit log when no organisation role applies (setup, CLI). */
export type PlainActor = { userId: string | null; label: string };

const ZSetup = z.object({ organisation: ZCreateOrganisation, owner: ZCreateUser });

/** True until the first organisation exists: the web setup page is offered only then. */
export async function isSetupNeeded(ctx: ServiceContext): Promise<boolean> {
  return (await ctx.store.organisations.countReal()) === 0;
}

async function assertSlugFree(tx: Repositories, slug: string, path = 'slug'): Promise<void> {
  if (await tx.organisations.findBySlug(slug)) {
    throw new AppError('conflict', `The address name "${slug}" is already taken.`, {
      issues: [{ path, message: 'Already taken; choose another.' }],
    });
  }
}

async function assertEmailFree(tx: Repositories, email: string, path = 'email'): Promise<void> {
  if (await tx.users.findByEmail(email)) {
    throw new AppError('conflict', 'An account with this e-mail address already exists.', {
      issues: [{ path, message: 'Already registered; sign in instead.' }],
    });
  }
}

/**
 * First run: creates the first organisation and its owner in one transaction. Refused once any
 * organisation exists, so the setup page cannot be replayed to take over an installation.
 */
export async function completeSetup(
  ctx: ServiceContext,
  input: { organisation: unknown; owner: unknown; locale?: string },
): Promise<{ organisation: Organisation; user: User }> {
  const { organisation, owner } = parseInput(ZSetup, { organisation: input.organisation, owner: input.owner });
  const passwordHash = await hashPassword(owner.password);
  return ctx.store.transaction(async (tx) => {
    if ((await tx.organisations.countReal()) > 0) {
      throw new AppError('conflict', 'Assay is already set up. Sign in, or ask an owner for an invitation.');
    }
    await assertSlugFree(tx, organisation.slug, 'organisation.slug');
    await assertEmailFree(tx, owner.email, 'owner.email');
    return createOrganisationWithOwner(
      tx,
      organisation,
      { ...owner, passwordHash, locale: input.locale ?? null },
      {
        userId: null,
        label: 'setup',
      },
    );
  });
}

/**
 * `assay org create`: an organisation, optionally with a new owner account. Any number of
 * organisations can live in one installation; each is a separate tenant.
 */
export async function createOrganisation(
  ctx: ServiceContext,
  input: { organisation: unknown; owner?: unknown; isDemo?: boolean },
  actor: PlainActor,
): Promise<{ organisation: Organisation; user?: User }> {
  const organisation = parseInput(ZCreateOrganisation, input.organisation);
  const owner = input.owner === undefined ? undefined : parseInput(ZCreateUser, input.owner);
  const passwordHash = owner ? await hashPassword(owner.password) : undefined;
  return ctx.store.transaction(async (tx) => {
    if (owner && passwordHash) {
      return createOrganisationWithOwner(
        tx,
        organisation,
        { ...owner, passwordHash, locale: null },
        actor,
        input.isDemo,
      );
    }
    await assertSlugFree(tx, organisation.slug);
    const created = await tx.organisations.create({ ...organisation, isDemo: input.isDemo ?? false });
    await tx.audit.record({
      organisationId: created.id,
      actor,
      entity: 'organisation',
      entityId: created.id,
      action: 'create',
      summary: { slug: created.slug, kind: created.kind },
    });
    return { organisation: created };
  });
}

async function createOrganisationWithOwner(
  tx: Repositories,
  organisation: TCreateOrganisation,
  owner: Omit<TCreateUser, 'password'> & { passwordHash: string; locale: string | null },
  actor: PlainActor,
  isDemo = false,
): Promise<{ organisation: Organisation; user: User }> {
  await assertSlugFree(tx, organisation.slug);
  await assertEmailFree(tx, owner.email);
  const created = await tx.organisations.create({ ...organisation, isDemo });
  const user = await tx.users.create(owner);
  await tx.memberships.add(created.id, user.id, 'owner');
  const by = actor.userId === null && actor.label === 'setup' ? { userId: user.id, label: 'setup' } : actor;
  await tx.audit.record({
    organisationId: created.id,
    actor: by,
    entity: 'organisation',
    entityId: created.id,
    action: 'create',
    summary: { slug: created.slug, kind: created.kind },
  });
  await tx.audit.record({
    organisationId: created.id,
    actor: by,
    entity: 'membership',
    entityId: user.id,
    action: 'add',
    summary: { userId: user.id, role: 'owner' },
  });
  return { organisation: created, user };
}

/**
 * `assay user create`: a new account, optionally added to an organisation with a role.
 */
export async function createUser(
  ctx: ServiceContext,
  input: { user: unknown; organisationSlug?: string; role?: Role },
  actor: PlainActor,
): Promise<{ user: User; organisation?: Organisation }> {
  const data = parseInput(ZCreateUser, input.user);
  const passwordHash = await hashPassword(data.password);
  return ctx.store.transaction(async (tx) => {
    await assertEmailFree(tx, data.email);
    let organisation: Organisation | undefined;
    if (input.organisationSlug) {
      organisation = await tx.organisations.findBySlug(input.organisationSlug);
      if (!organisation)
        throw new AppError('not_found', `No organisation with the address name "${input.organisationSlug}".`);
    }
    const user = await tx.users.create({ email: data.email, name: data.name, passwordHash });
    if (organisation) {
      const role = input.role ?? 'viewer';
      await tx.memberships.add(organisation.id, user.id, role);
      await tx.audit.record({
        organisationId: organisation.id,
        actor,
        entity: 'membership',
        entityId: user.id,
        action: 'add',
        summary: { userId: user.id, role },
      });
    }
    return organisation ? { user, organisation } : { user };
  });
}

/** Renames an organisation (owners and admins). */
export async function renameOrganisation(
  ctx: ServiceContext,
  actor: { userId: string; label: string; organisationId: string },
  name: unknown,
): Promise<void> {
  const parsed = parseInput(ZCreateOrganisation.pick({ name: true }), { name }).name;
  await ctx.store.transaction(async (tx) => {
    await tx.organisations.rename(actor.organisationId, parsed);
    await tx.audit.record({
      organisationId: actor.organisationId,
      actor,
      entity: 'organisation',
      entityId: actor.organisationId,
      action: 'rename',
      summary: { name: parsed },
    });
  });
}
