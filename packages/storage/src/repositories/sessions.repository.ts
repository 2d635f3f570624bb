import type { Kysely } from 'kysely';
import { isoNow } from '../columns.js';
import type { Database } from '../schema.js';

export type Session = { idHash: string; userId: string; createdAt: string; expiresAt: string; lastSeenAt: string };

/** Sign-in sessions. The cookie carries a random token; only its SHA-256 hash is stored. */
export function sessionsRepository(db: Kysely<Database>) {
  return {
    async create(input: { idHash: string; userId: string; expiresAt: string }): Promise<void> {
      const now = isoNow();
      await db
        .insertInto('sessions')
        .values({
          id_hash: input.idHash,
          user_id: input.userId,
          created_at: now,
          expires_at: input.expiresAt,
          last_seen_at: now,
        })
        .execute();
    },

    /** The session with this hash when it has not expired at `now`. */
    async findValid(idHash: string, now: string): Promise<Session | undefined> {
      const row = await db
        .selectFrom('sessions')
        .selectAll()
        .where('id_hash', '=', idHash)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return row
        ? {
            idHash: row.id_hash,
            userId: row.user_id,
            createdAt: row.created_at,
            expiresAt: row.expires_at,
            lastSeenAt: row.last_seen_at,
          }
        : undefined;
    },

    async touch(idHash: string, expiresAt: string): Promise<void> {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: isoNow(), expires_at: expiresAt })
        .where('id_hash', '=', idHash)
        .execute();
    },

    async delete(idHash: string): Promise<void> {
      await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    },

    /** Ends every session of a user except, optionally, one (after a password change). */
    async deleteForUser(userId: string, except?: string): Promise<void> {
      let query = db.deleteFrom('sessions').where('user_id', '=', userId);
      if (except) query = query.where('id_hash', '!=', except);
      await query.execute();
    },

    async deleteExpired(now: string): Promise<void> {
      await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
    },
  };
}
