import type { PageOf, SupplierListQuery } from '@assay/core';
import { type Kysely, sql } from 'kysely';
import { fromFlag, fromJson, isoNow, newId, toCount, toFlag, toJson } from '../columns.js';
import type { Database } from '../schema.js';

export type Supplier = {
  id: string;
  organisationId: string;
  name: string;
  country: string | null;
  materials: string[];
  tier: number;
  recycled: boolean;
  createdAt: string;
  updatedAt: string;
};

export type SupplierFields = Pick<Supplier, 'name' | 'country' | 'materials' | 'tier' | 'recycled'>;

type Row = Database['suppliers'];

function toSupplier(row: Row): Supplier {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    name: row.name,
    country: row.country,
    materials: fromJson<string[]>(row.materials) ?? [],
    tier: Number(row.tier),
    recycled: fromFlag(row.recycled),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The supplier register of one organisation. Every call names the organisation. */
export function suppliersRepository(db: Kysely<Database>) {
  return {
    async create(organisationId: string, fields: SupplierFields): Promise<Supplier> {
      const now = isoNow();
      const row: Row = {
        id: newId(),
        organisation_id: organisationId,
        name: fields.name,
        country: fields.country,
        materials: toJson(fields.materials),
        tier: fields.tier,
        recycled: toFlag(fields.recycled),
        created_at: now,
        updated_at: now,
      };
      await db.insertInto('suppliers').values(row).execute();
      return toSupplier(row);
    },

    async list(organisationId: string): Promise<Supplier[]> {
      const rows = await db
        .selectFrom('suppliers')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .orderBy('name')
        .execute();
      return rows.map(toSupplier);
    },

    /**
     * One page of the register: a case-insensitive search on a part of the name, sorted by a stored
     * column (ties broken by name, then id, so pages never overlap), with the number of matches.
     * Sorting and comparing are the same on SQLite and PostgreSQL (lower-cased, empty countries last).
     */
    async page(organisationId: string, query: SupplierListQuery): Promise<PageOf<Supplier>> {
      let matching = db.selectFrom('suppliers').where('organisation_id', '=', organisationId);
      if (query.q) {
        const pattern = `%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        matching = matching.where(sql<boolean>`lower(name) like ${pattern} escape '\\'`);
      }
      const dir = query.dir;
      let ordered = matching.selectAll();
      if (query.sort === 'country')
        ordered = ordered.orderBy(sql`case when country is null then 1 else 0 end`).orderBy('country', dir);
      else if (query.sort === 'tier') ordered = ordered.orderBy('tier', dir);
      else if (query.sort === 'updated') ordered = ordered.orderBy('updated_at', dir);
      const [rows, counted] = await Promise.all([
        ordered
          .orderBy(sql`lower(name)`, query.sort === 'name' ? dir : 'asc')
          .orderBy('id')
          .limit(query.limit)
          .offset(query.offset)
          .execute(),
        matching.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toSupplier), total: toCount(counted.n), offset: query.offset, limit: query.limit };
    },

    async get(organisationId: string, id: string): Promise<Supplier | undefined> {
      const row = await db
        .selectFrom('suppliers')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toSupplier(row) : undefined;
    },

    async count(organisationId: string): Promise<number> {
      const { n } = await db
        .selectFrom('suppliers')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('organisation_id', '=', organisationId)
        .executeTakeFirstOrThrow();
      return toCount(n);
    },

    /** Updates a supplier of this organisation; false when there is none with that id. */
    async update(organisationId: string, id: string, fields: SupplierFields): Promise<boolean> {
      const result = await db
        .updateTable('suppliers')
        .set({
          name: fields.name,
          country: fields.country,
          materials: toJson(fields.materials),
          tier: fields.tier,
          recycled: toFlag(fields.recycled),
          updated_at: isoNow(),
        })
        .where('organisation_id', '=', organisationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return toCount(result.numUpdatedRows) > 0;
    },

    /** Deletes a supplier of this organisation; false when there is none with that id. */
    async delete(organisationId: string, id: string): Promise<boolean> {
      const result = await db
        .deleteFrom('suppliers')
        .where('organisation_id', '=', organisationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return toCount(result.numDeletedRows) > 0;
    },
  };
}
