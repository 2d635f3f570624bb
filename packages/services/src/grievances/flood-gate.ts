import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  AppError,
  type FailureCount,
  type ReportFloodPolicy,
  receptionTime,
  reportFingerprint,
  reportWaitSeconds,
} from '@assay/core';
import type { StoredThrottleCount } from '@assay/storage';
import type { ThrottleCountStore } from '../security/failure-throttle.js';
import { hashToken } from '../security/tokens.js';
import { publicClientBucket } from './public-client.js';

/**
 * The public channel's flood gate: counts accepted reports per client and per content in
 * `throttle_counts` and, past their free reports, asks for a second step instead of refusing
 * (`reportWaitSeconds` in the core; docs/decisions/grievance-flood.md). A second step is a token
 * signed with the server secret that says "this text was asked to wait N seconds from T"; sent back
 * with the same text after the wait, it lets the report in, once.
 */

/** One report at the gate: its channel, the client's network, its description and any second step. */
export type ReportAtGate = {
  readonly channel: string;
  readonly client: string;
  readonly description: string;
  readonly secondStep?: string | undefined;
};

/** The counts a report touches once it is accepted. */
export type GateKeys = { readonly client: string; readonly content: string };

export type FloodGateOptions = {
  readonly store: ThrottleCountStore;
  readonly policy: ReportFloodPolicy;
  readonly now: () => Date;
  readonly secret: () => Promise<Buffer>;
};

export type FloodGate = {
  /**
   * Lets the report through, or throws `rate_limited` with `retryAfter` and a fresh `secondStep`.
   * Returns the keys to count once the report is stored.
   */
  admit(report: ReportAtGate): Promise<GateKeys>;
  /** Counts an accepted report (call it in the transaction that stores it). */
  accepted(store: ThrottleCountStore, keys: GateKeys): Promise<void>;
};

const HOUR_MS = 60 * 60 * 1000;

const toCount = (stored: StoredThrottleCount | undefined): FailureCount | undefined =>
  stored ? { failures: stored.count, lastFailureAt: Date.parse(stored.lastAt) } : undefined;

function mac(secret: Buffer, body: string, content: string): Buffer {
  return createHmac('sha256', secret).update(`report-step\n${body}\n${content}`, 'utf8').digest();
}

/** A second step for `content`: `<issued s>.<wait s>.<nonce>.<mac>`, base64url where binary. */
export function signSecondStep(secret: Buffer, content: string, issuedAtMs: number, waitSeconds: number): string {
  const body = `${Math.floor(issuedAtMs / 1000)}.${waitSeconds}.${randomBytes(9).toString('base64url')}`;
  return `${body}.${mac(secret, body, content).toString('base64url')}`;
}

/** A second step's issue time and wait, if `token` is one this server signed for `content`. */
export function readSecondStep(
  secret: Buffer,
  token: string,
  content: string,
): { readonly issuedAtMs: number; readonly waitSeconds: number; readonly nonce: string } | undefined {
  const parts = token.length <= 200 ? token.split('.') : [];
  if (parts.length !== 4) return undefined;
  const [issued = '', wait = '', nonce = '', signature = ''] = parts;
  if (!/^\d{1,12}$/.test(issued) || !/^\d{1,6}$/.test(wait)) return undefined;
  const expected = mac(secret, `${issued}.${wait}.${nonce}`, content);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return { issuedAtMs: Number(issued) * 1000, waitSeconds: Number(wait), nonce };
}

export function createFloodGate(options: FloodGateOptions): FloodGate {
  const { store, policy, now } = options;
  /** Counts and their windows; times are kept to the hour, like the reception time. */
  const event = (windowMs: number) => {
    const at = receptionTime(now(), 'hour').getTime();
    return {
      at: new Date(at).toISOString(),
      windowStart: new Date(now().getTime() - windowMs).toISOString(),
      expiresAt: new Date(at + windowMs).toISOString(),
    };
  };
  const step = (secret: Buffer, content: string, waitSeconds: number): never => {
    throw new AppError(
      'rate_limited',
      'Many reports came from this network or with this text: wait, then send again.',
      {
        retryAfter: waitSeconds,
        secondStep: signSecondStep(secret, content, now().getTime(), waitSeconds),
      },
    );
  };
  return {
    async admit(report) {
      const secret = await options.secret();
      const keys = {
        client: hashToken(`report:client:${publicClientBucket(secret, report.client)}`),
        content: hashToken(`report:content:${report.channel}\n${reportFingerprint(report.description)}`),
      };
      const stored = await store.read([keys.client, keys.content]);
      const nowMs = now().getTime();
      const client = toCount(stored.get(keys.client));
      const content = toCount(stored.get(keys.content));
      const wait = reportWaitSeconds({ ...(client ? { client } : {}), ...(content ? { content } : {}) }, nowMs, policy);
      if (wait === 0) return keys;
      const sent = report.secondStep ? readSecondStep(secret, report.secondStep, keys.content) : undefined;
      if (!sent) return step(secret, keys.content, wait);
      const readyAt = sent.issuedAtMs + sent.waitSeconds * 1000;
      if (nowMs < readyAt) {
        // Too early: the same step stays valid; the reporter is told the seconds that are left.
        throw new AppError('rate_limited', 'Wait, then send again.', {
          retryAfter: Math.max(1, Math.ceil((readyAt - nowMs) / 1000)),
          secondStep: report.secondStep,
        });
      }
      const expiresAt = readyAt + policy.stepGraceSeconds * 1000;
      if (nowMs >= expiresAt) return step(secret, keys.content, wait);
      // Once only: the first to send this step back counts it; any later one gets a new step. The
      // row's time is the hour, like every count of the channel; it is kept until the step expires.
      const hour = receptionTime(new Date(nowMs), 'hour').getTime();
      const used = await store.record([hashToken(`report:step:${sent.nonce}`)], {
        at: new Date(hour).toISOString(),
        windowStart: new Date(0).toISOString(),
        expiresAt: new Date(Math.max(expiresAt, hour + HOUR_MS)).toISOString(),
      });
      if ([...used.values()][0] !== 1) return step(secret, keys.content, wait);
      return keys;
    },
    async accepted(counts, keys) {
      await counts.record([keys.client], event(policy.clientWindowMs));
      await counts.record([keys.content], event(policy.contentWindowMs));
    },
  };
}
