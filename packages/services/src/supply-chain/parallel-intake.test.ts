import { forEachDialect } from '@assay/storage/test-support';
import { beforeAll, expect, it } from 'vitest';
import type { OrgActor, ServiceContext } from '../context.js';
import { organisationWithOwner, PARALLEL_VERSIONS, parallelIntake } from '../test-support/parallel-intake.js';
import { smelterRegister } from './smelters.js';

// Issue #14.8: uploads in flight at the same time race to merge the same look-up rows into the
// register. Eight at once, 80 files of three versions whose look-up lists overlap (the 300-file
// run is `npm run bench:intake`).
forEachDialect('parallel intake', (store) => {
  let ctx: ServiceContext;
  let actor: OrgActor;
  beforeAll(async () => {
    ({ ctx, actor } = await organisationWithOwner(store()));
  });

  it('stores every one of 80 files uploaded 8 at a time, without an error', async () => {
    const run = await parallelIntake(ctx, actor, { uploaders: 8, files: 80 });
    expect(run.errors.map((e) => (e instanceof Error ? e.message : String(e)))).toEqual([]);
    expect(run.results).toHaveLength(80);
    expect(run.results.filter((r) => r.duplicate)).toEqual([]);
    expect(new Set(run.results.map((r) => r.submissionId)).size).toBe(80);
    expect(run.results.every((r) => r.status === 'valid' && r.errors === 0)).toBe(true);
    expect(await store().submissions.hashes(actor.organisationId)).toHaveProperty('size', 80);
    expect(await store().smelterReports.list(actor.organisationId)).toHaveLength(80 * 5);
  });

  it('merges each look-up row once, naming every version that lists it', async () => {
    const register = await smelterRegister(ctx, actor);
    expect(register).toHaveLength(60);
    for (const entry of register) {
      const n = Number(entry.smelterId.slice(4));
      const expected = PARALLEL_VERSIONS.filter((v) => n >= v.from && n < v.to).map((v) => `CMRT ${v.version}`);
      expect([...entry.sources].sort(), entry.smelterId).toEqual(expected.sort());
    }
    expect([...(await store().smelters.sources(actor.organisationId))].sort()).toEqual(
      PARALLEL_VERSIONS.map((v) => `CMRT ${v.version}`).sort(),
    );
  });
});
