import type { Kysely } from 'kysely';
import { isoNow, newId, toCount } from '../columns.js';
import type { Database, Role } from '../schema.js';

export type Invitation = {
  id: string;
  organisationId: string;
  email: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
};

type Row = Database['invitations'];

function toInvitation(row: Row): Invitation {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    email: row.email,
    role: row.role,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
    revokedAt: row.revoked_at,
  };
}

/**
 * Invitations by link. The link carries a random token; only its hash is stored. Reading by token
 * hash is unscoped on purpose (the invitee is not a member yet); everything else names the organisation.
 */
export function invitationsRepository(db: Kysely<Database>) {
  return {
    async create(input: {
      organisationId: string;
      email: string;
      role: Role;
      tokenHash: string;
      createdBy: string | null;
      expiresAt: string;
    }): Promise<Invitation> {
      const row: Row = {
        id: newId(),
        organisation_id: input.organisationId,
        email: input.email.trim().toLowerCase(),
        role: input.role,
        token_hash: input.tokenHash,
        created_by: input.createdBy,
        created_at: isoNow(),
        expires_at: input.expiresAt,
        accepted_at: null,
        revoked_at: null,
      };
      await db.insertInto('invitations').values(row).execute();
      return toInvitation(row);
    },

    async findByTokenHash(tokenHash: string): Promise<Invitation | undefined> {
      const row = await db.selectFrom('invitations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
      return row ? toInvitation(row) : undefined;
    },

    /** Invitations not yet accepted or revoked. */
    async listOpen(organisationId: string): Promise<Invitation[]> {
      const rows = await db
        .selectFrom('invitations')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .where('accepted_at', 'is', null)
        .where('revoked_at', 'is', null)
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map(toInvitation);
    },

    /** Marks an open invitation accepted; false when it was already used or revoked. */
    async markAccepted(organisationId: string, id: string): Promise<boolean> {
      const result = await db
        .updateTable('invitations')
        .set({ accepted_at: isoNow() })
        .where('organisation_id', '=', organisationId)
        .where('id', '=', id)
        .where('accepted_at', 'is', null)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return toCount(result.numUpdatedRows) > 0;
    },

    /** Revokes an open invitation of this organisation; false when there is none with that id. */
    async revoke(organisationId: string, id: string): Promise<boolean> {
      const result = await db
        .updateTable('invitations')
        .set({ revoked_at: isoNow() })
        .where('organisation_id', '=', organisationId)
        .where('id', '=', id)
        .where('accepted_at', 'is', null)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return toCount(result.numUpdatedRows) > 0;
    },
  };
}
