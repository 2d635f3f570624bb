import type { Kysely } from 'kysely';
import { isoNow, newId, toCount } from '../columns.js';
import type { Database } from '../schema.js';

export type User = {
  id: string;
  email: string;
  name: string;
  locale: string | null;
  createdAt: string;
  passwordChangedAt: string;
};

/** A user with the stored password hash: only the sign-in and password-change use cases see it. */
export type UserWithSecret = User & { passwordHash: string };

type Row = Database['users'];

function toUser(row: Row): UserWithSecret {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    locale: row.locale,
    createdAt: row.created_at,
    passwordChangedAt: row.password_changed_at,
    passwordHash: row.password_hash,
  };
}

/** Strips the password hash before a user leaves the accounts use cases. */
export function withoutSecret({ passwordHash: _hash, ...user }: UserWithSecret): User {
  return user;
}

/** E-mail addresses are compared case-insensitively; they are stored lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Users are global (one person can belong to several organisations); access goes via memberships. */
export function usersRepository(db: Kysely<Database>) {
  return {
    async create(input: { email: string; name: string; passwordHash: string; locale?: string | null }): Promise<User> {
      const now = isoNow();
      const row: Row = {
        id: newId(),
        email: normaliseEmail(input.email),
        name: input.name.trim(),
        password_hash: input.passwordHash,
        locale: input.locale ?? null,
        created_at: now,
        password_changed_at: now,
      };
      await db.insertInto('users').values(row).execute();
      return withoutSecret(toUser(row));
    },

    async findByEmail(email: string): Promise<UserWithSecret | undefined> {
      const row = await db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', normaliseEmail(email))
        .executeTakeFirst();
      return row ? toUser(row) : undefined;
    },

    async findById(id: string): Promise<UserWithSecret | undefined> {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toUser(row) : undefined;
    },

    async count(): Promise<number> {
      const { n } = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return toCount(n);
    },

    async setPassword(userId: string, passwordHash: string): Promise<void> {
      await db
        .updateTable('users')
        .set({ password_hash: passwordHash, password_changed_at: isoNow() })
        .where('id', '=', userId)
        .execute();
    },

    async setLocale(userId: string, locale: string): Promise<void> {
      await db.updateTable('users').set({ locale }).where('id', '=', userId).execute();
    },
  };
}
