import { afterEach, describe, expect, it } from 'vitest';
import { acmeWithOwner } from '../test-support/acme.js';
import { getImporterCheck, runImporterCheck } from './importer-check.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});
async function setup() {
  const env = await acmeWithOwner();
  closers.push(() => env.store.close());
  return env;
}
const csv = (text: string) => new TextEncoder().encode(text);

describe('importer check use case', () => {
  it('saves the latest check from a Dutch CSV, recomputes it when read, and writes an audit entry', async () => {
    const { ctx, actor, store } = await setup();
    expect(await getImporterCheck(ctx, actor)).toBeUndefined();
    const run = await runImporterCheck(ctx, actor, {
      kind: 'file',
      fileName: 'invoer.csv',
      bytes: csv('gn_code;hoeveelheid;eenheid;gerecycled\n2609 00 00;6.000;kg;nee\n8103 91 00;0,2;t;nee\n'),
    });
    expect(run.ok).toBe(true);
    const view = await getImporterCheck(ctx, actor);
    expect(view?.data.source).toEqual({ kind: 'file', fileName: 'invoer.csv' });
    expect(view?.check.status).toBe('in_scope');
    expect(view?.check.lines.map((l) => [l.row, l.annualKg, l.inScope])).toEqual([
      [2, 6000, true],
      [3, 200, true],
    ]);
    const audit = await store.audit.list(actor.organisationId, { limit: 5 });
    expect(audit[0]).toMatchObject({ entity: 'cmr_check', action: 'create' });
  });

  it('saves nothing when a line has a problem, and names every one', async () => {
    const { ctx, actor } = await setup();
    const run = await runImporterCheck(ctx, actor, {
      kind: 'file',
      fileName: 'x.csv',
      bytes: csv('cn_code,quantity,unit\n2609,"150,000",kg\n2609,1,ton\n'),
    });
    expect(run).toMatchObject({
      ok: false,
      issues: [
        { row: 2, code: 'quantity_ambiguous' },
        { row: 3, code: 'unit_ambiguous' },
      ],
    });
    expect(await getImporterCheck(ctx, actor)).toBeUndefined();
  });

  it('says a file that is not CSV or XLSX is unreadable, without throwing', async () => {
    const { ctx, actor } = await setup();
    const zipButNotXlsx = new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0]);
    expect(await runImporterCheck(ctx, actor, { kind: 'file', fileName: 'x.xlsx', bytes: zipButNotXlsx })).toEqual({
      ok: false,
      unreadable: 'x.xlsx',
    });
  });

  it('refuses a viewer', async () => {
    const { ctx, actor } = await setup();
    const table = { header: ['cn_code', 'quantity', 'unit'], rows: [], form: true };
    await expect(
      runImporterCheck(ctx, { ...actor, role: 'viewer' }, { kind: 'form', table, decimalMark: 'comma' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
