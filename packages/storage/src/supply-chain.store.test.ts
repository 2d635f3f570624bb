import { expect, it } from 'vitest';
import { forEachDialect } from './test-support/databases.js';

forEachDialect('supply-chain repositories', (store) => {
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
    await store().ownDeclarations.put(org.id, { name: 'X' });
    expect(await store().ownDeclarations.get(org.id)).toEqual({ name: 'X' });
  });
});
