import type { SupplierListQuery } from '@assay/core';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { EMPTY_PROFILE } from './repositories/supplier-profiles.repository.js';
import { forEachDialect } from './test-support/databases.js';

forEachDialect('repository suite', (store, dialect) => {
  it('creates an organisation and finds it by slug, with booleans and timestamps normalised', async () => {
    const org = await store().organisations.create({
      slug: 'acme-metals',
      name: 'Acme Metals',
      kind: 'company',
      isDemo: true,
    });
    const found = await store().organisations.findBySlug('acme-metals');
    expect(found).toEqual(org);
    expect(found?.isDemo).toBe(true);
    expect(found?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('returns counts as numbers on every dialect', async () => {
    const count = await store().organisations.countReal();
    expect(typeof count).toBe('number');
    expect(count).toBe(0);
  });

  it('rejects a duplicate slug', async () => {
    await store().organisations.create({ slug: 'dup', name: 'One', kind: 'company' });
    await expect(store().organisations.create({ slug: 'dup', name: 'Two', kind: 'company' })).rejects.toThrow();
  });

  it('scopes memberships to the organisation named in every call', async () => {
    const a = await store().organisations.create({ slug: 'org-a', name: 'A', kind: 'company' });
    const b = await store().organisations.create({ slug: 'org-b', name: 'B', kind: 'company' });
    const user = await store().users.create({ email: 'Ann@Example.org', name: 'Ann', passwordHash: 'x' });
    await store().memberships.add(a.id, user.id, 'editor');
    expect(await store().memberships.roleOf(a.id, user.id)).toBe('editor');
    expect(await store().memberships.roleOf(b.id, user.id)).toBeUndefined();
    expect(await store().memberships.changeRole(b.id, user.id, 'owner')).toBe(false);
    expect(await store().memberships.remove(b.id, user.id)).toBe(false);
    expect(await store().memberships.roleOf(a.id, user.id)).toBe('editor');
    expect((await store().organisations.listForUser(user.id)).map((o) => [o.slug, o.role])).toEqual([
      ['org-a', 'editor'],
    ]);
    expect((await store().users.findByEmail('ann@example.ORG'))?.id).toBe(user.id);
  });

  it('links member companies to a branch organisation idempotently', async () => {
    const branch = await store().organisations.create({ slug: 'branch', name: 'Branch', kind: 'branch' });
    const member = await store().organisations.create({ slug: 'member', name: 'Member', kind: 'company' });
    await store().organisations.addBranchMember(branch.id, member.id);
    await store().organisations.addBranchMember(branch.id, member.id);
    expect((await store().organisations.listBranchMembers(branch.id)).map((o) => o.slug)).toEqual(['member']);
  });

  it('accepts an invitation once and never across organisations', async () => {
    const a = await store().organisations.create({ slug: 'inv-a', name: 'A', kind: 'company' });
    const b = await store().organisations.create({ slug: 'inv-b', name: 'B', kind: 'company' });
    const invitation = await store().invitations.create({
      organisationId: a.id,
      email: 'new@example.org',
      role: 'viewer',
      tokenHash: `hash-${dialect}`,
      createdBy: null,
      expiresAt: '2999-01-01T00:00:00.000Z',
    });
    expect((await store().invitations.listOpen(a.id)).map((i) => i.id)).toEqual([invitation.id]);
    expect(await store().invitations.listOpen(b.id)).toEqual([]);
    expect(await store().invitations.markAccepted(b.id, invitation.id)).toBe(false);
    expect(await store().invitations.markAccepted(a.id, invitation.id)).toBe(true);
    expect(await store().invitations.markAccepted(a.id, invitation.id)).toBe(false);
    expect(await store().invitations.listOpen(a.id)).toEqual([]);
  });

  it('finds a session only until it expires', async () => {
    const user = await store().users.create({ email: 'sess@example.org', name: 'S', passwordHash: 'x' });
    await store().sessions.create({ idHash: 'h1', userId: user.id, expiresAt: '2030-01-01T00:00:00.000Z' });
    expect(await store().sessions.findValid('h1', '2029-12-31T23:59:59.999Z')).toBeDefined();
    expect(await store().sessions.findValid('h1', '2030-01-01T00:00:00.000Z')).toBeUndefined();
  });

  it('keeps the audit log append-only at the database level', async () => {
    const org = await store().organisations.create({ slug: 'audited', name: 'Audited', kind: 'company' });
    await store().audit.record({
      organisationId: org.id,
      actor: { userId: null, label: 'test' },
      entity: 'organisation',
      entityId: org.id,
      action: 'create',
      summary: { name: 'Audited', nested: { ok: true } },
    });
    const [entry] = await store().audit.list(org.id);
    expect(entry?.summary).toEqual({ name: 'Audited', nested: { ok: true } });
    expect(typeof entry?.seq).toBe('number');
    await expect(sql`update audit_log set action = 'tampered'`.execute(store().kysely)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(store().kysely)).rejects.toThrow(/append-only/);
    expect((await store().audit.list(org.id))[0]?.action).toBe('create');
  });

  it('rolls a transaction back completely when any part fails', async () => {
    await expect(
      store().transaction(async (tx) => {
        await tx.organisations.create({ slug: 'half-written', name: 'Half', kind: 'company' });
        await tx.organisations.create({ slug: 'half-written', name: 'Again', kind: 'company' });
      }),
    ).rejects.toThrow();
    expect(await store().organisations.findBySlug('half-written')).toBeUndefined();
  });

  it('keeps suppliers within their organisation for every read and write', async () => {
    const a = await store().organisations.create({ slug: 'sup-a', name: 'A', kind: 'company' });
    const b = await store().organisations.create({ slug: 'sup-b', name: 'B', kind: 'company' });
    const fields = { name: 'Tin Smelter', country: 'ID', materials: ['tin'], tier: 2, recycled: true };
    const supplier = await store().suppliers.create(a.id, fields);
    expect(await store().suppliers.get(a.id, supplier.id)).toMatchObject({ ...fields, id: supplier.id });
    expect(await store().suppliers.get(b.id, supplier.id)).toBeUndefined();
    expect(await store().suppliers.update(b.id, supplier.id, { ...fields, name: 'Hijacked' })).toBe(false);
    expect(await store().suppliers.delete(b.id, supplier.id)).toBe(false);
    expect(await store().suppliers.list(b.id)).toEqual([]);
    expect(await store().suppliers.count(a.id)).toBe(1);
    expect(await store().suppliers.update(a.id, supplier.id, { ...fields, recycled: false })).toBe(true);
    expect((await store().suppliers.get(a.id, supplier.id))?.recycled).toBe(false);
  });

  it('pages the register with a search on the name and a sort, the same on both dialects', async () => {
    const org = await store().organisations.create({ slug: 'sup-page', name: 'P', kind: 'company' });
    const other = await store().organisations.create({ slug: 'sup-page-other', name: 'O', kind: 'company' });
    const add = (name: string, country: string | null, tier: number) =>
      store().suppliers.create(org.id, { name, country, materials: [], tier, recycled: false });
    await add('beta Metals', 'DE', 2);
    await add('Alpha Tin', null, 1);
    await add('Gamma 100% Scrap', 'BE', 3);
    await add('delta_tin', 'NL', 1);
    await add('Epsilon TIN', 'AT', 2);
    await store().suppliers.create(other.id, {
      name: 'Alpha Other',
      country: 'FR',
      materials: [],
      tier: 1,
      recycled: false,
    });
    const page = (q: Partial<SupplierListQuery>) =>
      store().suppliers.page(org.id, { q: undefined, sort: 'name', dir: 'asc', offset: 0, limit: 50, ...q });
    const names = async (q: Partial<SupplierListQuery>) => (await page(q)).items.map((s) => s.name);

    // Case-insensitive on both dialects; the other organisation's "Alpha Other" never appears.
    expect(await names({})).toEqual(['Alpha Tin', 'beta Metals', 'delta_tin', 'Epsilon TIN', 'Gamma 100% Scrap']);
    expect(await names({ q: 'tin' })).toEqual(['Alpha Tin', 'delta_tin', 'Epsilon TIN']);
    // LIKE wildcards in the search are literal characters.
    expect(await names({ q: '_' })).toEqual(['delta_tin']);
    expect(await names({ q: '0%' })).toEqual(['Gamma 100% Scrap']);
    expect(await names({ q: 'nothing' })).toEqual([]);
    // Empty countries last in either direction; ties by name.
    expect(await names({ sort: 'country' })).toEqual([
      'Epsilon TIN',
      'Gamma 100% Scrap',
      'beta Metals',
      'delta_tin',
      'Alpha Tin',
    ]);
    expect(await names({ sort: 'country', dir: 'desc' })).toEqual([
      'delta_tin',
      'beta Metals',
      'Gamma 100% Scrap',
      'Epsilon TIN',
      'Alpha Tin',
    ]);
    expect(await names({ sort: 'tier', dir: 'desc' })).toEqual([
      'Gamma 100% Scrap',
      'beta Metals',
      'Epsilon TIN',
      'Alpha Tin',
      'delta_tin',
    ]);
    expect(await names({ sort: 'name', dir: 'desc' })).toEqual([
      'Gamma 100% Scrap',
      'Epsilon TIN',
      'delta_tin',
      'beta Metals',
      'Alpha Tin',
    ]);
    // Pages do not overlap and the total counts every match.
    const first = await page({ limit: 2 });
    const second = await page({ limit: 2, offset: 2 });
    const third = await page({ limit: 2, offset: 4 });
    expect(first.total).toBe(5);
    expect([...first.items, ...second.items, ...third.items].map((s) => s.name)).toEqual(await names({}));
    expect((await page({ q: 'tin', limit: 1 })).total).toBe(3);
    const ids = first.items.map((s) => s.id);
    await store().supplierProfiles.put(org.id, ids[0] ?? '', { ...EMPTY_PROFILE, cnCodes: ['8001 10'] });
    const profiles = await store().supplierProfiles.getMany(org.id, ids);
    expect([...profiles.keys()]).toEqual([ids[0]]);
    expect(await store().supplierProfiles.getMany(other.id, ids)).toEqual(new Map());
  });

  it('is migrated to the latest version and a second migration applies nothing', async () => {
    expect((await store().migrate()).applied).toEqual([]);
  });
});
