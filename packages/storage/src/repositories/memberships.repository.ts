import type { Kysely } from 'kysely';
import { isoNow, toCount } from '../columns.js';
import type { Database, Role } from '../schema.js';

export type Member = { userId: string; email: string; name: string; role: Role; createdAt: string };

/** Memberships of one organisation. Every call names the organisation: tenant scoping lives here. */
export function membershipsRepository(db: Kysely<Database>) {
  return {
    async add(organisationId: string, userId: string, role: Role): Promise<void> {
      await db
        .insertInto('memberships')
        .values({ organisation_id: organisationId, user_id: userId, role, created_at: isoNow() })
        .execute();
    },

    /** The user's role in the organisation, or undefined when not a member. */
    async roleOf(organisationId: string, userId: string): Promise<Role | undefined> {
      const row = await db
        .selectFrom('memberships')
        .select('role')
        .where('organisation_id', '=', organisationId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row?.role;
    },

    async list(organisationId: string): Promise<Member[]> {
      const rows = await db
        .selectFrom('memberships')
        .innerJoin('users', 'users.id', 'memberships.user_id')
        .select(['users.id as userId', 'users.email', 'users.name', 'memberships.role', 'memberships.created_at'])
        .where('memberships.organisation_id', '=', organisationId)
        .orderBy('users.name')
        .execute();
      return rows.map((r) => ({
        userId: r.userId,
        email: r.email,
        name: r.name,
        role: r.role,
        createdAt: r.created_at,
      }));
    },

    async countOwners(organisationId: string): Promise<number> {
      const { n } = await db
        .selectFrom('memberships')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('organisation_id', '=', organisationId)
        .where('role', '=', 'owner')
        .executeTakeFirstOrThrow();
      return toCount(n);
    },

    /** Changes a member's role; returns false when the user is not a member of this organisation. */
    async changeRole(organisationId: string, userId: string, role: Role): Promise<boolean> {
      const result = await db
        .updateTable('memberships')
        .set({ role })
        .where('organisation_id', '=', organisationId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return toCount(result.numUpdatedRows) > 0;
    },

    /** Removes a member; returns false when the user is not a member of this organisation. */
    async remove(organisationId: string, userId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('memberships')
        .where('organisation_id', '=', organisationId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return toCount(result.numDeletedRows) > 0;
    },
  };
}
