import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** Random keys shared by every app instance on the database (never logged, never shown). */
export function serverSecretsRepository(db: Kysely<Database>) {
  return {
    /**
     * The secret named `name`; the first caller's `fresh` value is kept, so instances racing to
     * create it all end up with the same one.
     */
    async getOrCreate(name: string, fresh: string, createdAt: string): Promise<string> {
      await db
        .insertInto('server_secrets')
        .values({ name, value: fresh, created_at: createdAt })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      const row = await db
        .selectFrom('server_secrets')
        .select('value')
        .where('name', '=', name)
        .executeTakeFirstOrThrow();
      return row.value;
    },
  };
}
