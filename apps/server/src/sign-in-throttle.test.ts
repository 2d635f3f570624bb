import { signInPolicy } from '@assay/core';
import { createSignInThrottle } from '@assay/services';
import { hasPostgres } from '@assay/storage/test-support';
import { beforeEach, describe, expect, it } from 'vitest';
import { Client, createTestApp, setUp, type TestApp } from './test-support/test-app.js';

const OWNER = { email: 'owner@acme.example', password: 'correct horse battery' };

/** A browser behind the trusted proxy: the proxy adds the client's address to X-Forwarded-For. */
function browserAt(t: TestApp, address: string): Client {
  const client = new Client(t.app);
  client.headers.set('x-forwarded-for', `198.51.100.200, ${address}`);
  return client;
}

const viaForm = (client: Client, email: string, password: string) => client.form('/login', { email, password });
const viaApi = (client: Client, email: string, password: string) =>
  client.json('POST', '/api/v1/auth/login', { email, password });

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe.skipIf(dialect === 'postgres' && !hasPostgres())(`the sign-in throttle [${dialect}]`, () => {
    let t: TestApp;
    let clock: number;
    let slowDowns: number[];
    beforeEach(async () => {
      clock = Date.parse('2026-12-05T10:00:00Z');
      slowDowns = [];
      t = await createTestApp(
        dialect,
        { ASSAY_TRUST_PROXY: 'true', ASSAY_LOGIN_ATTEMPTS: '5' },
        {
          now: () => new Date(clock),
          signInThrottle: (store, now) =>
            createSignInThrottle({
              store: store.throttleCounts,
              policy: signInPolicy(5),
              now,
              sleep: async (ms) => {
                slowDowns.push(ms);
              },
            }),
        },
      );
      await setUp(t.app);
    });

    it('counts the JSON API and the form together, and slows API brute force exactly like the form', async () => {
      const attacker = browserAt(t, '203.0.113.9');
      for (let i = 0; i < 3; i++) expect((await viaForm(attacker, OWNER.email, `wrong-${i}`)).status).toBe(401);
      for (let i = 3; i < 5; i++) expect((await viaApi(attacker, OWNER.email, `wrong-${i}`)).status).toBe(401);
      const api = await viaApi(attacker, OWNER.email, 'wrong-5');
      expect(api.status).toBe(429);
      expect((await api.json()).error.code).toBe('rate_limited');
      expect(api.headers.get('retry-after')).toBe('1');
      const form = await viaForm(attacker, OWNER.email, 'wrong-6');
      expect(form.status).toBe(429);
      expect(form.headers.get('retry-after')).toBe('1');
      // Refused tries check no password, so even the right one is refused while the pair must wait.
      expect((await viaApi(attacker, OWNER.email, OWNER.password)).status).toBe(429);
    });

    it('makes the delay of a failing pair grow with each failure instead of locking it out', async () => {
      const attacker = browserAt(t, '203.0.113.9');
      for (let i = 0; i < 5; i++) await viaApi(attacker, OWNER.email, `wrong-${i}`);
      const waits: string[] = [];
      for (let round = 0; round < 4; round++) {
        const refused = await viaApi(attacker, OWNER.email, 'still wrong');
        expect(refused.status).toBe(429);
        const seconds = refused.headers.get('retry-after') ?? '';
        waits.push(seconds);
        clock += Number(seconds) * 1000;
        expect((await viaApi(attacker, OWNER.email, 'still wrong')).status).toBe(401);
      }
      expect(waits).toEqual(['1', '2', '4', '8']);
      // Once the delay has passed, the pair's right password is checked and accepted.
      clock += 16_000;
      expect((await viaForm(attacker, OWNER.email, OWNER.password)).status).toBe(303);
    });

    it('does not lock the real user out when someone else fails on their known e-mail address', async () => {
      for (let n = 0; n < 4; n++) {
        const attacker = browserAt(t, `203.0.113.${10 + n}`);
        for (let i = 0; i < 5; i++) await viaForm(attacker, OWNER.email, `wrong-${n}-${i}`);
        expect((await viaForm(attacker, OWNER.email, OWNER.password)).status).toBe(429);
      }
      const owner = browserAt(t, '192.0.2.1');
      const response = await viaForm(owner, OWNER.email, OWNER.password);
      expect(response.status).toBe(303);
      expect(owner.cookies.has('assay_session')).toBe(true);
      // 20 failures on the account: the owner's try was slowed down, not refused.
      expect(slowDowns.at(-1)).toBeGreaterThan(0);
    });

    it('does not lock out another account’s correct password from a shared proxy address', async () => {
      const shared = '203.0.113.50';
      const attacker = browserAt(t, shared);
      for (const victim of ['a@acme.example', 'b@acme.example', 'c@acme.example'])
        for (let i = 0; i < 5; i++) expect((await viaApi(attacker, victim, `wrong-${i}`)).status).toBe(401);
      expect((await viaApi(attacker, 'a@acme.example', 'wrong')).status).toBe(429);
      const colleague = browserAt(t, shared);
      const response = await viaApi(colleague, OWNER.email, OWNER.password);
      expect(response.status).toBe(200);
      expect((await response.json()).user.email).toBe(OWNER.email);
      expect(slowDowns.at(-1)).toBeGreaterThan(0);
    });

    it('forgets a pair’s failures after its correct password', async () => {
      const owner = browserAt(t, '192.0.2.7');
      for (let i = 0; i < 4; i++) await viaForm(owner, OWNER.email, `typo-${i}`);
      expect((await viaForm(owner, OWNER.email, OWNER.password)).status).toBe(303);
      const again = browserAt(t, '192.0.2.7');
      for (let i = 0; i < 4; i++) expect((await viaForm(again, OWNER.email, `typo-${i}`)).status).toBe(401);
    });
  });
}

describe('the client behind a proxy', () => {
  it('ignores X-Forwarded-For unless ASSAY_TRUST_PROXY is set', async () => {
    const t = await createTestApp('sqlite', { ASSAY_LOGIN_ATTEMPTS: '5' });
    await setUp(t.app);
    for (let i = 0; i < 5; i++) await viaForm(browserAt(t, `203.0.113.${i}`), OWNER.email, `wrong-${i}`);
    // Without a trusted proxy every forged address is the same client: the pair is throttled.
    expect((await viaForm(browserAt(t, '192.0.2.1'), OWNER.email, OWNER.password)).status).toBe(429);
  });
});
