import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError, REPORT_FLOOD_POLICY, type SecretHasher } from '@assay/core';
import { forEachDialect } from '@assay/storage/test-support';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serviceContext } from '../context.js';
import { createGrievanceDesk, type GrievanceDesk } from './grievance-desk.js';
import { submitGrievance } from './public-channel.js';

/** A fast stand-in for argon2: these tests file hundreds of reports. */
const fastHasher: SecretHasher = {
  hash: async (secret) => createHash('sha256').update(secret).digest('hex'),
  verify: async (hash, secret) => createHash('sha256').update(secret).digest('hex') === hash,
};

const FLOODER = '203.0.113.66';
const GENUINE = '192.0.2.10';
const report = (description: string) => ({ category: 'forced_labour', description, language: 'en', website: '' });
const dataDir = mkdtempSync(join(tmpdir(), 'assay-flood-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** What a refusal of the gate says: the seconds to wait and the second step. */
function stepOf(error: unknown): { retryAfter: number; secondStep: string } {
  if (!(error instanceof AppError) || error.code !== 'rate_limited') throw error;
  return { retryAfter: Number(error.details.retryAfter), secondStep: String(error.details.secondStep) };
}

forEachDialect('the public channel under a flood', (store, dialect) => {
  let clock = Date.parse('2026-12-05T10:00:00Z');
  let desk: GrievanceDesk;
  let organisationId = '';
  beforeAll(async () => {
    desk = createGrievanceDesk(
      serviceContext(store(), () => new Date(clock)),
      {
        dataDir: join(dataDir, dialect),
        hasher: fastHasher,
      },
    );
    organisationId = (await store().organisations.create({ slug: 'acme', name: 'Acme', kind: 'company' })).id;
  });

  const submit = (client: string, description: string, secondStep?: string) =>
    submitGrievance(desk, 'acme', { input: report(description), locale: 'en', client, secondStep });

  /** Files a report like a person: when asked for the second step, waits and sends it again. */
  const fileLikeAPerson = async (client: string, description: string): Promise<number> => {
    try {
      await submit(client, description);
      return 0;
    } catch (error) {
      const step = stepOf(error);
      clock += step.retryAfter * 1000;
      await submit(client, description, step.secondStep);
      return step.retryAfter;
    }
  };
  const throttleRows = async () =>
    JSON.stringify(await store().kysely.selectFrom('throttle_counts').selectAll().orderBy('key_hash').execute());

  it('leaves the counts untouched by 50 invalid reports, and then accepts that client at once', async () => {
    const before = await throttleRows();
    for (let i = 0; i < 50; i++) {
      await expect(submit(FLOODER, 'short')).rejects.toMatchObject({ code: 'invalid_input' });
    }
    expect(await throttleRows()).toBe(before);
    expect(before).toBe('[]');
    await expect(submit(FLOODER, 'A first real report about the north pit.')).resolves.toBeDefined();
  });

  it('still accepts a genuine report at once after 200 accepted reports from one client, which pass the second step', async () => {
    const waits: number[] = [];
    for (let i = 1; i < 200; i++) waits.push(await fileLikeAPerson(FLOODER, `Report ${i} of the flood, each one new.`));
    expect(waits.slice(0, 9)).toEqual(Array(9).fill(0));
    expect(waits.slice(9, 14)).toEqual([10, 20, 40, 80, 120]);
    expect(waits.slice(14).every((wait) => wait === REPORT_FLOOD_POLICY.maxWaitSeconds)).toBe(true);
    expect(await store().grievances.list(organisationId)).toHaveLength(200);
    // Another client, at once, without any second step.
    await expect(submit(GENUINE, 'The guards at the north pit took our passports.')).resolves.toMatchObject({
      caseNumber: expect.stringMatching(/^G-/),
    });
    // The flooding client still gets in: after the second step.
    expect(await fileLikeAPerson(FLOODER, 'And one more from the flooding network.')).toBe(120);
    expect(await store().grievances.list(organisationId)).toHaveLength(202);
  });

  it('asks the 50th identical text for a second step, not another text or another client', async () => {
    const text = 'Identical text sent by many people, word for word.';
    const waits: number[] = [];
    for (let i = 0; i < 50; i++)
      waits.push(await fileLikeAPerson(`198.51.100.${i + 1}`, i % 2 ? text.toUpperCase() : text));
    expect(waits.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(waits.slice(5).every((wait) => wait > 0)).toBe(true);
    await expect(submit('198.51.100.200', 'A different report about the smelter.')).resolves.toBeDefined();
  });

  it('takes a second step once only, for its own text only, and not before its wait', async () => {
    const step = stepOf(await submit(FLOODER, 'Text A of the flooding client.').catch((e: unknown) => e));
    const early = stepOf(
      await submit(FLOODER, 'Text A of the flooding client.', step.secondStep).catch((e: unknown) => e),
    );
    expect(early).toEqual(step);
    clock += 60_000;
    const left = stepOf(
      await submit(FLOODER, 'Text A of the flooding client.', step.secondStep).catch((e: unknown) => e),
    );
    expect(left).toEqual({ retryAfter: 60, secondStep: step.secondStep });
    clock += 60_000;
    const other = stepOf(
      await submit(FLOODER, 'Text B, with the step of text A.', step.secondStep).catch((e: unknown) => e),
    );
    expect(other.secondStep).not.toBe(step.secondStep);
    expect(
      stepOf(await submit(FLOODER, 'Text A of the flooding client.', `${step.secondStep}x`).catch((e) => e)),
    ).toBeDefined();
    await expect(submit(FLOODER, 'Text A of the flooding client.', step.secondStep)).resolves.toBeDefined();
    const replay = stepOf(
      await submit(FLOODER, 'Text A of the flooding client.', step.secondStep).catch((e: unknown) => e),
    );
    expect(replay.secondStep).not.toBe(step.secondStep);
  });

  it('keeps no address and no time finer than the hour in its counts', async () => {
    const rows = await store().kysely.selectFrom('throttle_counts').selectAll().execute();
    expect(rows.length).toBeGreaterThan(0);
    const dump = JSON.stringify(rows);
    for (const address of [FLOODER, GENUINE, '198.51.100', '203.0.113']) expect(dump).not.toContain(address);
    for (const row of rows) expect(row.last_at).toMatch(/T\d{2}:00:00\.000Z$/);
  });
});
