import { join } from 'node:path';
import {
  type AttachmentLimits,
  DEFAULT_ATTACHMENT_LIMITS,
  DEFAULT_RECEPTION_PRECISION,
  REPORT_FLOOD_POLICY,
  type ReceptionPrecision,
  type ReportFloodPolicy,
  type SecretHasher,
  signInPolicy,
} from '@assay/core';
import { isoNow } from '@assay/storage';
import type { ServiceContext } from '../context.js';
import { DATA_FOLDERS } from '../maintenance/data-files.js';
import { createFailureThrottle, type FailureThrottle } from '../security/failure-throttle.js';
import { newToken } from '../security/tokens.js';
import { createFloodGate, type FloodGate } from './flood-gate.js';
import { createGrievanceFiles, type GrievanceFiles } from './grievance-files.js';
import { argon2SecretHasher } from './secret-hasher.js';

/**
 * Everything the grievance use cases need besides storage: the file store, the passphrase hasher,
 * the public channel's throttles (counted in the database, keyed by hashes of a client's 16-bit
 * bucket, never by an address) and the server secret. One desk per running server, shared by pages
 * and the API.
 */
export type GrievanceDesk = {
  readonly ctx: ServiceContext;
  readonly files: GrievanceFiles;
  readonly hasher: SecretHasher;
  /**
   * Floods: accepted reports counted per client and per text; past their free reports a second step
   * (a signed wait), never a refusal of the channel.
   */
  readonly floodGate: FloodGate;
  /**
   * Wrong passphrases: the sign-in throttle's mechanism with the case as subject. The pair (case,
   * client) waits a growing delay, the client over all cases is slowed down; the case over all
   * clients is not, so the reporter on another network is never slowed by someone guessing.
   */
  readonly followUp: FailureThrottle;
  /** The key of the public channel's client buckets (`server_secrets`, shared by every instance). */
  readonly secret: () => Promise<Buffer>;
  readonly attachmentLimits: AttachmentLimits;
  /** How precisely the times of what reporters do are kept (see the core's `receptionTime`). */
  readonly receptionPrecision: ReceptionPrecision;
};

export type GrievanceDeskOptions = {
  /** The data folder; files go to `<dataDir>/grievances/`. */
  readonly dataDir: string;
  readonly hasher?: SecretHasher;
  readonly files?: GrievanceFiles;
  /** Default: the hour. */
  readonly receptionPrecision?: ReceptionPrecision;
  /** Default: `REPORT_FLOOD_POLICY`. */
  readonly floodPolicy?: ReportFloodPolicy;
  /** How the throttles' slow-downs are waited (tests record them instead). */
  readonly sleep?: (ms: number) => Promise<void>;
};

/** The secret's name in `server_secrets`. */
const PUBLIC_CHANNEL_SECRET = 'public-channel';

export function createGrievanceDesk(ctx: ServiceContext, options: GrievanceDeskOptions): GrievanceDesk {
  let cached: Promise<Buffer> | undefined;
  const secret = () => {
    cached ??= ctx.store.serverSecrets
      .getOrCreate(PUBLIC_CHANNEL_SECRET, newToken(), isoNow(ctx.now()))
      .then((value) => Buffer.from(value, 'base64url'))
      .catch((error: unknown) => {
        cached = undefined;
        throw error;
      });
    return cached;
  };
  return {
    ctx,
    files: options.files ?? createGrievanceFiles(join(options.dataDir, DATA_FOLDERS.grievances)),
    hasher: options.hasher ?? argon2SecretHasher,
    floodGate: createFloodGate({
      store: ctx.store.throttleCounts,
      policy: options.floodPolicy ?? REPORT_FLOOD_POLICY,
      now: ctx.now,
      secret,
    }),
    followUp: createFailureThrottle({
      scope: 'follow-up',
      store: ctx.store.throttleCounts,
      policy: signInPolicy(5),
      now: ctx.now,
      slowSubject: false,
      refusal: 'Too many wrong passphrases from here for this case.',
      ...(options.sleep ? { sleep: options.sleep } : {}),
    }),
    secret,
    attachmentLimits: DEFAULT_ATTACHMENT_LIMITS,
    receptionPrecision: options.receptionPrecision ?? DEFAULT_RECEPTION_PRECISION,
  };
}
