import type { CompanyProfile } from '@assay/core';
import type { Kysely } from 'kysely';
import { fromJson, isoNow, toJson } from '../columns.js';
import type { Database } from '../schema.js';

/** A stored company profile; the JSON was validated with `companyProfileSchema` before it was saved. */
export type StoredProfile = { organisationId: string; profile: CompanyProfile; updatedAt: string };

/** The company profile of one organisation (at most one). */
export function profilesRepository(db: Kysely<Database>) {
  return {
    async get(organisationId: string): Promise<StoredProfile | undefined> {
      const row = await db
        .selectFrom('dd_profiles')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .executeTakeFirst();
      const profile = row ? fromJson<CompanyProfile>(row.profile) : null;
      return row && profile ? { organisationId, profile, updatedAt: row.updated_at } : undefined;
    },

    /** Creates or replaces the profile. */
    async save(organisationId: string, profile: CompanyProfile): Promise<StoredProfile> {
      const updatedAt = isoNow();
      const values = { organisation_id: organisationId, profile: toJson(profile), updated_at: updatedAt };
      await db
        .insertInto('dd_profiles')
        .values(values)
        .onConflict((oc) =>
          oc.column('organisation_id').doUpdateSet({ profile: values.profile, updated_at: updatedAt }),
        )
        .execute();
      return { organisationId, profile, updatedAt };
    },
  };
}
