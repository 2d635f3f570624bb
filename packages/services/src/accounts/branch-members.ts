import { AppError } from '@assay/core';
import type { Organisation } from '@assay/storage';
import type { ServiceContext } from '../context.js';
import type { PlainActor } from './organisations.js';

/**
 * Records that a company is a member of a branch organisation (idempotent). The branch serves its
 * members (shared grievance channel, member overviews); it never gains access to their data by this.
 */
export async function addBranchMember(
  ctx: ServiceContext,
  input: { branchSlug: string; memberSlug: string },
  actor: PlainActor,
): Promise<{ branch: Organisation; member: Organisation }> {
  return ctx.store.transaction(async (tx) => {
    const branch = await tx.organisations.findBySlug(input.branchSlug);
    const member = await tx.organisations.findBySlug(input.memberSlug);
    if (!branch) throw new AppError('not_found', `No organisation with the address name "${input.branchSlug}".`);
    if (!member) throw new AppError('not_found', `No organisation with the address name "${input.memberSlug}".`);
    if (branch.kind !== 'branch') {
      throw new AppError('invalid_input', `${branch.name} is a company, not a branch organisation.`, {
        issues: [{ path: 'branch', message: 'Must be an organisation of kind "branch".' }],
      });
    }
    if (member.kind !== 'company') {
      throw new AppError('invalid_input', `${member.name} is a branch organisation; only companies can be members.`, {
        issues: [{ path: 'member', message: 'Must be an organisation of kind "company".' }],
      });
    }
    await tx.organisations.addBranchMember(branch.id, member.id);
    for (const organisationId of [branch.id, member.id]) {
      await tx.audit.record({
        organisationId,
        actor,
        entity: 'branch_membership',
        entityId: member.id,
        action: 'add',
        summary: { branch: branch.slug, member: member.slug },
      });
    }
    return { branch, member };
  });
}
