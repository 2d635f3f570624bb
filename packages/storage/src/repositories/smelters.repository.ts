import type { ConformanceStatus, SmelterEntry } from '@assay/core';
import { metalKey } from '@assay/core';
import type { Kysely } from 'kysely';
import { fromJson, isoNow, newId, toJson } from '../columns.js';
import type { Database } from '../schema.js';

/** A register entry as stored: the core's entry with its row id. */
export type StoredSmelter = SmelterEntry & { id: string };

type Row = Database['smelters'];

function toEntry(row: Row): StoredSmelter {
  return {
    id: row.id,
    smelterId: row.smelter_id,
    metal: row.metal,
    name: row.name,
    country: row.country,
    countryName: row.country_name,
    aliases: fromJson<string[]>(row.aliases) ?? [],
    asOf: row.as_of,
    sources: fromJson<string[]>(row.sources) ?? [],
    conformance: row.conformance as ConformanceStatus,
  };
}

const CHUNK = 200;

/** The smelter and refiner register of one organisation, and the look-up lists already merged into it. */
export function smeltersRepository(db: Kysely<Database>) {
  return {
    async list(organisationId: string): Promise<StoredSmelter[]> {
      const rows = await db
        .selectFrom('smelters')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .orderBy('metal_key')
        .orderBy('name')
        .execute();
      return rows.map(toEntry);
    },

    async get(organisationId: string, id: string): Promise<StoredSmelter | undefined> {
      const row = await db
        .selectFrom('smelters')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toEntry(row) : undefined;
    },

    /**
     * Serialises the merges into this organisation's register: whoever holds the lock (until its
     * transaction ends) reads the register, merges and writes; a second merge waits and then reads
     * what the first one wrote. On PostgreSQL this is a row lock on the organisation (a no-op update
     * of a non-key column, so inserts that reference the organisation are not blocked); SQLite runs
     * one write transaction at a time anyway. Call it inside a transaction, before reading.
     */
    async lockRegister(organisationId: string): Promise<void> {
      await db
        .updateTable('organisations')
        .set((eb) => ({ is_demo: eb.ref('is_demo') }))
        .where('id', '=', organisationId)
        .execute();
    },

    /**
     * Adds entries. An entry the register has already (same metal and CID: a merge that ran at the
     * same time added it) is overwritten with this one rather than failing the whole transaction.
     */
    async insertMany(organisationId: string, entries: readonly SmelterEntry[]): Promise<void> {
      const now = isoNow();
      const rows: Row[] = entries.map((e) => ({
        id: newId(),
        organisation_id: organisationId,
        smelter_id: e.smelterId,
        metal_key: metalKey(e.metal),
        metal: e.metal,
        name: e.name,
        country: e.country,
        country_name: e.countryName,
        aliases: toJson(e.aliases),
        as_of: e.asOf,
        sources: toJson(e.sources),
        conformance: e.conformance,
        updated_at: now,
      }));
      for (let i = 0; i < rows.length; i += CHUNK)
        await db
          .insertInto('smelters')
          .values(rows.slice(i, i + CHUNK))
          .onConflict((oc) =>
            oc.columns(['organisation_id', 'metal_key', 'smelter_id']).doUpdateSet((eb) => ({
              metal: eb.ref('excluded.metal'),
              name: eb.ref('excluded.name'),
              country: eb.ref('excluded.country'),
              country_name: eb.ref('excluded.country_name'),
              aliases: eb.ref('excluded.aliases'),
              as_of: eb.ref('excluded.as_of'),
              sources: eb.ref('excluded.sources'),
              conformance: eb.ref('excluded.conformance'),
              updated_at: eb.ref('excluded.updated_at'),
            })),
          )
          .execute();
    },

    async updateMany(organisationId: string, entries: readonly SmelterEntry[]): Promise<void> {
      const now = isoNow();
      for (const e of entries) {
        await db
          .updateTable('smelters')
          .set({
            metal: e.metal,
            name: e.name,
            country: e.country,
            country_name: e.countryName,
            aliases: toJson(e.aliases),
            as_of: e.asOf,
            sources: toJson(e.sources),
            conformance: e.conformance,
            updated_at: now,
          })
          .where('organisation_id', '=', organisationId)
          .where('metal_key', '=', metalKey(e.metal))
          .where('smelter_id', '=', e.smelterId)
          .execute();
      }
    },

    /** The labels of the look-up lists already merged (`CMRT 6.4`, …). */
    async sources(organisationId: string): Promise<Set<string>> {
      const rows = await db
        .selectFrom('smelter_lookup_sources')
        .select('label')
        .where('organisation_id', '=', organisationId)
        .execute();
      return new Set(rows.map((r) => r.label));
    },

    async addSource(organisationId: string, label: string): Promise<void> {
      await db
        .insertInto('smelter_lookup_sources')
        .values({ organisation_id: organisationId, label, merged_at: isoNow() })
        .onConflict((oc) => oc.columns(['organisation_id', 'label']).doNothing())
        .execute();
    },
  };
}
