import { Migrator, sql } from 'kysely';
import { expect, it } from 'vitest';
import { createDatabase } from './create-database.js';
import { accountsMigration } from './migrations/0001-accounts.js';
import { suppliersMigration } from './migrations/0002-suppliers.js';
import { grievancesMigration } from './migrations/0003-grievances.js';
import { dueDiligenceMigration } from './migrations/0004-due-diligence.js';
import { supplyChainMigration } from './migrations/0005-supply-chain.js';
import { createStore } from './store.js';
import { createPostgresDatabase, forEachDialect } from './test-support/databases.js';

forEachDialect('supply-chain repositories', (store, dialect) => {
  const entry = (smelterId: string, name: string) => ({
    smelterId,
    metal: 'Tin',
    name,
    country: 'CN',
    countryName: 'CHINA',
    aliases: ['Alias'],
    asOf: '2024-04-26',
    sources: ['CMRT 6.4'],
    conformance: 'unknown' as const,
  });
  const submission = (sha256: string) => ({
    supplierId: null,
    suggestedSupplierId: null,
    sha256,
    fileName: 'a.xlsx',
    size: 3,
    family: 'CMRT',
    version: '6.4',
    companyName: 'Co',
    declaredOn: null,
    status: 'valid',
    errors: 0,
    warnings: 1,
    linkStatus: 'unlinked',
    linkScore: 0,
    findings: [{ code: 'x' }],
    declaration: { family: 'CMRT' },
  });

  it('keeps one submission per file hash and organisation, and scopes every read to the organisation', async () => {
    const a = await store().organisations.create({ slug: 'sc-a', name: 'A', kind: 'company' });
    const b = await store().organisations.create({ slug: 'sc-b', name: 'B', kind: 'company' });
    const s = await store().submissions.insert(a.id, submission('1'.repeat(64)));
    await expect(store().submissions.insert(a.id, submission('1'.repeat(64)))).rejects.toThrow();
    await store().submissions.insert(b.id, submission('1'.repeat(64)));
    expect((await store().submissions.get(a.id, s.id))?.findings).toEqual([{ code: 'x' }]);
    expect(await store().submissions.get(b.id, s.id)).toBeUndefined();
    expect(await store().submissions.link(b.id, s.id, null, 'linked')).toBe(false);
    expect([...(await store().submissions.hashes(a.id))]).toEqual(['1'.repeat(64)]);
  });

  it('stores the register with aliases and sources, merges look-up sources once, and learns aliases', async () => {
    const org = await store().organisations.create({ slug: 'sc-reg', name: 'R', kind: 'company' });
    await store().smelters.insertMany(org.id, [entry('CID000001', 'One'), entry('CID000002', 'Two')]);
    await store().smelters.updateMany(org.id, [{ ...entry('CID000001', 'One renamed'), conformance: 'conformant' }]);
    const list = await store().smelters.list(org.id);
    expect(list.map((e) => [e.smelterId, e.name, e.conformance, e.aliases])).toEqual([
      ['CID000001', 'One renamed', 'conformant', ['Alias']],
      ['CID000002', 'Two', 'unknown', ['Alias']],
    ]);
    await store().smelters.addSource(org.id, 'CMRT 6.4');
    await store().smelters.addSource(org.id, 'CMRT 6.4');
    expect([...(await store().smelters.sources(org.id))]).toEqual(['CMRT 6.4']);
    await store().smelterAliases.add(org.id, { metal: 'Tin', metalKey: 'tin', key: 'foo', smelterId: 'CID000001' });
    await store().smelterAliases.add(org.id, { metal: 'Tin', metalKey: 'tin', key: 'foo', smelterId: 'CID000002' });
    expect(await store().smelterAliases.list(org.id)).toEqual([{ metal: 'tin', key: 'foo', smelterId: 'CID000002' }]);
  });

  it('adds a register entry that a merge running at the same time added already, instead of failing', async () => {
    const org = await store().organisations.create({ slug: 'sc-upsert', name: 'U', kind: 'company' });
    await store().smelters.insertMany(org.id, [entry('CID000001', 'One')]);
    await store().smelters.insertMany(org.id, [
      { ...entry('CID000001', 'One again'), sources: ['CMRT 6.4', 'CMRT 6.5'] },
      entry('CID000002', 'Two'),
    ]);
    const list = await store().smelters.list(org.id);
    expect(list.map((e) => [e.smelterId, e.name, e.sources])).toEqual([
      ['CID000001', 'One again', ['CMRT 6.4', 'CMRT 6.5']],
      ['CID000002', 'Two', ['CMRT 6.4']],
    ]);
  });

  it('lets one merge into an organisation’s register at a time; the next one reads what it wrote', async () => {
    const org = await store().organisations.create({ slug: 'sc-lock', name: 'L', kind: 'company' });
    const other = await store().organisations.create({ slug: 'sc-lock-other', name: 'O', kind: 'company' });
    const order: string[] = [];
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked = () => {};
    const firstLocked = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const first = store().transaction(async (tx) => {
      await tx.smelters.lockRegister(org.id);
      locked();
      await held;
      await tx.smelters.insertMany(org.id, [entry('CID000001', 'First')]);
      order.push('first commits');
    });
    await firstLocked;
    // SQLite runs one transaction at a time: the second cannot even start before the first ends.
    const second = store().transaction(async (tx) => {
      await tx.smelters.lockRegister(org.id);
      order.push(`second reads ${(await tx.smelters.list(org.id)).map((e) => e.name).join(',')}`);
    });
    if (dialect === 'postgres') {
      // Another organisation's merge, and writes that merely reference this organisation, go on.
      await store().transaction(async (tx) => {
        await tx.smelters.lockRegister(other.id);
        await tx.submissions.insert(org.id, submission('5'.repeat(64)));
      });
      order.push('others done');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await Promise.all([first, second]);
    expect(order).toEqual([...(dialect === 'postgres' ? ['others done'] : []), 'first commits', 'second reads First']);
  });

  it('settles every queued row with the same name when one is reviewed', async () => {
    const org = await store().organisations.create({ slug: 'sc-rev', name: 'V', kind: 'company' });
    const s = await store().submissions.insert(org.id, submission('2'.repeat(64)));
    const row = {
      submissionId: s.id,
      metal: 'Tin',
      name: 'Foo',
      country: null,
      givenId: null,
      matchStatus: 'review',
      matchMethod: 'fuzzy',
      matchScore: 0.9,
      smelterRef: null,
      candidates: [],
    };
    await store().smelterReports.insertMany(org.id, [
      { ...row, row: 5 },
      { ...row, row: 6 },
      { ...row, row: 7, name: 'Bar' },
    ]);
    expect(
      await store().smelterReports.resolve(
        org.id,
        { metal: 'Tin', name: 'Foo' },
        { smelterRef: null, status: 'not_identified', method: null },
      ),
    ).toBe(2);
    expect((await store().smelterReports.list(org.id, { status: 'review' })).map((r) => r.name)).toEqual(['Bar']);
  });

  it('keeps supplier profiles and the own declaration draft per organisation', async () => {
    const org = await store().organisations.create({ slug: 'sc-prof', name: 'P', kind: 'company' });
    const supplier = await store().suppliers.create(org.id, {
      name: 'S',
      country: null,
      materials: [],
      tier: 1,
      recycled: false,
    });
    const profile = {
      identifier: 'LEI1',
      sites: ['Plant'],
      contacts: [],
      cnCodes: ['8001'],
      annualVolume: 12.5,
      volumeUnit: 't',
      spend: 1000,
      leverage: 'high',
      responseDue: '2025-01-31',
    };
    await store().supplierProfiles.put(org.id, supplier.id, profile);
    await store().supplierProfiles.put(org.id, supplier.id, { ...profile, spend: 2000 });
    expect(await store().supplierProfiles.get(org.id, supplier.id)).toEqual({ ...profile, spend: 2000 });
  });

  it('keeps one own declaration draft per organisation and template family', async () => {
    const a = await store().organisations.create({ slug: 'sc-own-a', name: 'A', kind: 'company' });
    const b = await store().organisations.create({ slug: 'sc-own-b', name: 'B', kind: 'company' });
    await store().ownDeclarations.put(a.id, 'CMRT', { name: 'CMRT draft' });
    await store().ownDeclarations.put(a.id, 'EMRT', { name: 'EMRT draft' });
    await store().ownDeclarations.put(a.id, 'EMRT', { name: 'EMRT draft, again' });
    expect(await store().ownDeclarations.get(a.id, 'CMRT')).toEqual({ name: 'CMRT draft' });
    expect(await store().ownDeclarations.get(a.id, 'EMRT')).toEqual({ name: 'EMRT draft, again' });
    expect((await store().ownDeclarations.list(a.id)).map((d) => [d.family, d.data])).toEqual([
      ['CMRT', { name: 'CMRT draft' }],
      ['EMRT', { name: 'EMRT draft, again' }],
    ]);
    // Tenant scope: B sees nothing of A, and its own draft of the same family is separate.
    expect(await store().ownDeclarations.get(b.id, 'EMRT')).toBeUndefined();
    expect(await store().ownDeclarations.list(b.id)).toEqual([]);
    await store().ownDeclarations.put(b.id, 'EMRT', { name: 'B' });
    expect(await store().ownDeclarations.get(a.id, 'EMRT')).toEqual({ name: 'EMRT draft, again' });
  });

  it('carries a draft saved before the per-family table over as the CMRT draft (migration 0006)', async () => {
    const database = createDatabase(dialect === 'sqlite' ? 'sqlite::memory:' : await createPostgresDatabase());
    try {
      const upTo0005 = new Migrator({
        db: database.db,
        provider: {
          getMigrations: async () => ({
            '0001-accounts': accountsMigration(database.dialect),
            '0002-suppliers': suppliersMigration(),
            '0003-grievances': grievancesMigration(),
            '0004-due-diligence': dueDiligenceMigration(),
            '0005-supply-chain': supplyChainMigration(),
          }),
        },
      });
      expect((await upTo0005.migrateToLatest()).error).toBeUndefined();
      const old = createStore(database);
      const org = await old.organisations.create({ slug: 'sc-mig', name: 'M', kind: 'company' });
      await sql`insert into own_declarations (organisation_id, data, updated_at)
        values (${org.id}, ${JSON.stringify({ name: 'Old' })}, ${'2025-01-01T00:00:00.000Z'})`.execute(database.db);
      expect((await old.migrate()).applied[0]).toBe('0006-own-declaration-family');
      expect(await old.ownDeclarations.get(org.id, 'CMRT')).toEqual({ name: 'Old' });
      expect(await old.ownDeclarations.get(org.id, 'EMRT')).toBeUndefined();
      // The organisation's drafts still go with it.
      await sql`delete from organisations where id = ${org.id}`.execute(database.db);
      expect(await old.ownDeclarations.list(org.id)).toEqual([]);
    } finally {
      await database.close();
    }
  });
});
