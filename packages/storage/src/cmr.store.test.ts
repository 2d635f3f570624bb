import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { forEachDialect } from './test-support/databases.js';

forEachDialect('cmr checks repository', (store) => {
  it('keeps the latest importer check per organisation, scoped to it, and drops it with the organisation', async () => {
    const a = await store().organisations.create({ slug: 'cmr-a', name: 'A', kind: 'company' });
    const b = await store().organisations.create({ slug: 'cmr-b', name: 'B', kind: 'company' });
    expect(await store().cmrChecks.get(a.id)).toBeUndefined();
    await store().cmrChecks.put(a.id, { lines: [{ cnCode: '2609', annualKg: 1 }] });
    const second = await store().cmrChecks.put(a.id, { lines: [{ cnCode: '8103 91 00', annualKg: 150.5 }] });
    expect(await store().cmrChecks.get(a.id)).toEqual({
      data: { lines: [{ cnCode: '8103 91 00', annualKg: 150.5 }] },
      checkedAt: second.checkedAt,
    });
    expect(await store().cmrChecks.get(b.id)).toBeUndefined();
    await sql`delete from organisations where id = ${a.id}`.execute(store().kysely);
    expect(await store().cmrChecks.get(a.id)).toBeUndefined();
  });
});
