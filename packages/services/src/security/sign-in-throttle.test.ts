import { signInPolicy } from '@assay/core';
import { createDatabase, createStore, type Store } from '@assay/storage';
import { createPostgresDatabase, forEachDialect, hasPostgres } from '@assay/storage/test-support';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryThrottleCounts, type ThrottleCountStore } from './failure-throttle.js';
import { createSignInThrottle } from './sign-in-throttle.js';

const policy = signInPolicy(3);

function throttleOn(store: ThrottleCountStore, now: () => Date) {
  return createSignInThrottle({ store, policy, now, sleep: async () => {} });
}

async function refusal(promise: Promise<void>): Promise<number | undefined> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return (error as { details?: { retryAfter?: number } } | undefined)?.details?.retryAfter;
}

function behaviour(name: string, open: () => ThrottleCountStore) {
  it(`${name}: refuses a pair after its free failures, and starts again once the window has passed`, async () => {
    let clock = Date.parse('2026-12-05T10:00:00Z');
    const throttle = throttleOn(open(), () => new Date(clock));
    const attempt = { email: 'Someone@Example.org ', client: '203.0.113.1' };
    for (let i = 0; i < 3; i++) {
      await throttle.admit(attempt);
      await throttle.failed(attempt);
    }
    expect(await refusal(throttle.admit({ email: 'someone@example.org', client: '203.0.113.1' }))).toBe(1);
    expect(await refusal(throttle.admit({ email: 'someone@example.org', client: '203.0.113.2' }))).toBeUndefined();
    clock += policy.windowMs;
    await throttle.failed(attempt);
    expect(await refusal(throttle.admit(attempt))).toBeUndefined();
  });
}

behaviour('in memory', memoryThrottleCounts);

forEachDialect('sign-in failures in the database', (store) => {
  behaviour('database', () => store().throttleCounts);

  it('stores hashes only: no e-mail address or client address is written', async () => {
    const throttle = throttleOn(store().throttleCounts, () => new Date());
    await throttle.failed({ email: 'private@example.org', client: '198.51.100.77' });
    const rows = await store().kysely.selectFrom('throttle_counts').selectAll().execute();
    const text = JSON.stringify(rows);
    expect(text).not.toContain('private');
    expect(text).not.toContain('198.51.100');
    expect(rows.length).toBeGreaterThanOrEqual(3);
  });
});

describe.skipIf(!hasPostgres())('two app instances on one PostgreSQL database', () => {
  const opened: Store[] = [];
  afterAll(async () => {
    for (const store of opened) await store.close();
  });

  it('count failures together, without losing any when they race', async () => {
    const url = await createPostgresDatabase();
    const first = createStore(createDatabase(url));
    await first.migrate();
    const second = createStore(createDatabase(url));
    opened.push(first, second);
    const now = () => new Date();
    const a = throttleOn(first.throttleCounts, now);
    const b = throttleOn(second.throttleCounts, now);
    const attempt = { email: 'owner@example.org', client: '203.0.113.5' };
    await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? a : b).failed(attempt)));
    const rows = await first.kysely.selectFrom('throttle_counts').select('count').execute();
    expect(rows.map((r) => Number(r.count))).toEqual([10, 10, 10]);
    expect(await refusal(b.admit(attempt))).toBeGreaterThan(0);
    expect(await refusal(a.admit(attempt))).toBeGreaterThan(0);
  });
});
