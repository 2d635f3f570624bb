import { doublingDelayMs, type FailureCount, liveFailures } from '../accounts/sign-in-throttle.js';
import { foldText } from '../reference/fold.js';

/**
 * How the public channel stays open under a flood (pure; the counts live in the database, the
 * second step's token is signed in services). See docs/decisions/grievance-flood.md.
 *
 * Only accepted reports are counted, two ways: per client (its 16-bit bucket) over every channel,
 * and per content (the normalised description) on one channel. No count ever refuses a report:
 * past its free reports, a client or a content is asked for a second step, a wait of a few seconds
 * that doubles with every further report (at most `maxWaitSeconds`), after which the same report is
 * sent again and accepted. Every other client, with another text, is accepted at once.
 */
export type ReportFloodPolicy = {
  /** Reports one client has accepted without a second step… */
  readonly clientFree: number;
  /** …counted while its reports come less than this apart. */
  readonly clientWindowMs: number;
  /** Identical texts a channel accepts without a second step… */
  readonly contentFree: number;
  /** …counted while they come less than this apart. */
  readonly contentWindowMs: number;
  /** The first wait of a second step; each further report doubles it. */
  readonly firstWaitSeconds: number;
  /** The longest wait: what a real person behind a flooder's address waits at worst. */
  readonly maxWaitSeconds: number;
  /** How long a second step stays valid once its wait has passed. */
  readonly stepGraceSeconds: number;
};

const HOUR = 60 * 60 * 1000;

export const REPORT_FLOOD_POLICY: ReportFloodPolicy = {
  clientFree: 10,
  clientWindowMs: 2 * HOUR,
  contentFree: 5,
  contentWindowMs: 24 * HOUR,
  firstWaitSeconds: 10,
  maxWaitSeconds: 120,
  stepGraceSeconds: 30 * 60,
};

/** The accepted reports of one client and of one content (`lastFailureAt`: the latest, to the hour). */
export type ReportCounts = { readonly client?: FailureCount; readonly content?: FailureCount };

/** Seconds a report must wait in a second step: 0 when it is accepted at once. */
export function reportWaitSeconds(counts: ReportCounts, now: number, policy: ReportFloodPolicy): number {
  const first = policy.firstWaitSeconds * 1000;
  const max = policy.maxWaitSeconds * 1000;
  const client = liveFailures(counts.client, now, { windowMs: policy.clientWindowMs });
  const content = liveFailures(counts.content, now, { windowMs: policy.contentWindowMs });
  const waitMs = Math.max(
    doublingDelayMs(client, policy.clientFree, first, max),
    doublingDelayMs(content, policy.contentFree, first, max),
  );
  return Math.ceil(waitMs / 1000);
}

/**
 * The form of a description that identical reports share: accents, case, punctuation and spacing
 * ignored, so that a flood of one text is one content however it is dressed up.
 */
export function reportFingerprint(description: string): string {
  return foldText(description.normalize('NFKC'))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
