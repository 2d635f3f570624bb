import type { Kysely } from 'kysely';
import { fromJson, isoNow, toJson } from '../columns.js';
import type { Database } from '../schema.js';

/** What the register knows of a supplier beyond name, country, materials, tier and recycled (0002). */
export type SupplierProfile = {
  identifier: string | null;
  sites: string[];
  contacts: { name: string | null; email: string | null }[];
  cnCodes: string[];
  annualVolume: number | null;
  volumeUnit: string | null;
  spend: number | null;
  leverage: string | null;
  /** ISO date by which the supplier's template is due. */
  responseDue: string | null;
};

export const EMPTY_PROFILE: SupplierProfile = {
  identifier: null,
  sites: [],
  contacts: [],
  cnCodes: [],
  annualVolume: null,
  volumeUnit: null,
  spend: null,
  leverage: null,
  responseDue: null,
};

type Row = Database['supplier_profiles'];

function toProfile(row: Row): SupplierProfile {
  return {
    identifier: row.identifier,
    sites: fromJson<string[]>(row.sites) ?? [],
    contacts: fromJson<SupplierProfile['contacts']>(row.contacts) ?? [],
    cnCodes: fromJson<string[]>(row.cn_codes) ?? [],
    annualVolume: row.annual_volume === null ? null : Number(row.annual_volume),
    volumeUnit: row.volume_unit,
    spend: row.spend === null ? null : Number(row.spend),
    leverage: row.leverage,
    responseDue: row.response_due,
  };
}

/** Supplier details (sites, contacts, CN codes, volumes, leverage, due date), one row per supplier. */
export function supplierProfilesRepository(db: Kysely<Database>) {
  return {
    async list(organisationId: string): Promise<Map<string, SupplierProfile>> {
      const rows = await db
        .selectFrom('supplier_profiles')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .execute();
      return new Map(rows.map((r) => [r.supplier_id, toProfile(r)]));
    },

    /** The profiles of the given suppliers of this organisation (those that have one). */
    async getMany(organisationId: string, supplierIds: readonly string[]): Promise<Map<string, SupplierProfile>> {
      if (supplierIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('supplier_profiles')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .where('supplier_id', 'in', supplierIds)
        .execute();
      return new Map(rows.map((r) => [r.supplier_id, toProfile(r)]));
    },

    async get(organisationId: string, supplierId: string): Promise<SupplierProfile | undefined> {
      const row = await db
        .selectFrom('supplier_profiles')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .where('supplier_id', '=', supplierId)
        .executeTakeFirst();
      return row ? toProfile(row) : undefined;
    },

    /** Creates or replaces the profile of a supplier of this organisation. */
    async put(organisationId: string, supplierId: string, profile: SupplierProfile): Promise<void> {
      const values = {
        identifier: profile.identifier,
        sites: toJson(profile.sites),
        contacts: toJson(profile.contacts),
        cn_codes: toJson(profile.cnCodes),
        annual_volume: profile.annualVolume,
        volume_unit: profile.volumeUnit,
        spend: profile.spend,
        leverage: profile.leverage,
        response_due: profile.responseDue,
        updated_at: isoNow(),
      };
      await db
        .insertInto('supplier_profiles')
        .values({ supplier_id: supplierId, organisation_id: organisationId, ...values })
        .onConflict((oc) =>
          oc.column('supplier_id').doUpdateSet(values).where('supplier_profiles.organisation_id', '=', organisationId),
        )
        .execute();
    },
  };
}
