import type { Kysely } from 'kysely';
import { fromFlag, isoNow, newId, toCount, toFlag } from '../columns.js';
import type { Database, OrganisationKind, Role } from '../schema.js';

export type Organisation = {
  id: string;
  slug: string;
  name: string;
  kind: OrganisationKind;
  isDemo: boolean;
  createdAt: string;
};

export type NewOrganisation = { slug: string; name: string; kind: OrganisationKind; isDemo?: boolean };

type Row = Database['organisations'];

function toOrganisation(row: Row): Organisation {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    isDemo: fromFlag(row.is_demo),
    createdAt: row.created_at,
  };
}

/**
 * Organisations are the tenants. Lookups by slug are the only unscoped reads: they resolve the
 * tenant from a URL before anything of it is shown, and callers then check membership.
 */
export function organisationsRepository(db: Kysely<Database>) {
  return {
    async create(input: NewOrganisation): Promise<Organisation> {
      const row: Row = {
        id: newId(),
        slug: input.slug,
        name: input.name,
        kind: input.kind,
        is_demo: toFlag(input.isDemo ?? false),
        created_at: isoNow(),
      };
      await db.insertInto('organisations').values(row).execute();
      return toOrganisation(row);
    },

    async findBySlug(slug: string): Promise<Organisation | undefined> {
      const row = await db.selectFrom('organisations').selectAll().where('slug', '=', slug).executeTakeFirst();
      return row ? toOrganisation(row) : undefined;
    },

    async findById(id: string): Promise<Organisation | undefined> {
      const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toOrganisation(row) : undefined;
    },

    /** The id of every organisation, for maintenance that runs over all of them (housekeeping). */
    async listIds(): Promise<string[]> {
      const rows = await db.selectFrom('organisations').select('id').orderBy('id').execute();
      return rows.map((row) => row.id);
    },

    /** Real (non-demo) organisations: first-run setup is offered while there are none. */
    async countReal(): Promise<number> {
      const { n } = await db
        .selectFrom('organisations')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('is_demo', '=', 0)
        .executeTakeFirstOrThrow();
      return toCount(n);
    },

    /** The organisations a user belongs to, with the user's role in each. */
    async listForUser(userId: string): Promise<(Organisation & { role: Role })[]> {
      const rows = await db
        .selectFrom('organisations')
        .innerJoin('memberships', 'memberships.organisation_id', 'organisations.id')
        .selectAll('organisations')
        .select('memberships.role')
        .where('memberships.user_id', '=', userId)
        .orderBy('organisations.name')
        .execute();
      return rows.map((row) => ({ ...toOrganisation(row), role: row.role }));
    },

    async rename(organisationId: string, name: string): Promise<void> {
      await db.updateTable('organisations').set({ name }).where('id', '=', organisationId).execute();
    },

    /** Records that a company is a member of a branch organisation (idempotent). */
    async addBranchMember(branchId: string, memberId: string): Promise<void> {
      await db
        .insertInto('branch_members')
        .values({ branch_id: branchId, member_id: memberId, created_at: isoNow() })
        .onConflict((oc) => oc.columns(['branch_id', 'member_id']).doNothing())
        .execute();
    },

    /** The member companies of a branch organisation. */
    async listBranchMembers(branchId: string): Promise<Organisation[]> {
      const rows = await db
        .selectFrom('organisations')
        .innerJoin('branch_members', 'branch_members.member_id', 'organisations.id')
        .selectAll('organisations')
        .where('branch_members.branch_id', '=', branchId)
        .orderBy('organisations.name')
        .execute();
      return rows.map(toOrganisation);
    },
  };
}
