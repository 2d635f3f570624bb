import type { LearnedAlias } from '@assay/core';
import type { Kysely } from 'kysely';
import { isoNow, newId } from '../columns.js';
import type { Database } from '../schema.js';

/** Learned aliases: names a person confirmed as a smelter of the register. */
export function smelterAliasesRepository(db: Kysely<Database>) {
  return {
    async list(organisationId: string): Promise<LearnedAlias[]> {
      const rows = await db
        .selectFrom('smelter_aliases')
        .select(['metal_key', 'key', 'smelter_id'])
        .where('organisation_id', '=', organisationId)
        .execute();
      return rows.map((r) => ({ metal: r.metal_key, key: r.key, smelterId: r.smelter_id }));
    },

    /** Remembers an alias; a later confirmation of the same name replaces the earlier one. */
    async add(organisationId: string, alias: LearnedAlias & { metalKey: string }): Promise<void> {
      await db
        .insertInto('smelter_aliases')
        .values({
          id: newId(),
          organisation_id: organisationId,
          metal_key: alias.metalKey,
          key: alias.key,
          smelter_id: alias.smelterId,
          created_at: isoNow(),
        })
        .onConflict((oc) =>
          oc.columns(['organisation_id', 'metal_key', 'key']).doUpdateSet({ smelter_id: alias.smelterId }),
        )
        .execute();
    },
  };
}
