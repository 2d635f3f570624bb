import { join } from 'node:path';
import {
  type AttachmentLimits,
  createRateLimiter,
  DEFAULT_ATTACHMENT_LIMITS,
  DEFAULT_RECEPTION_PRECISION,
  PUBLIC_CHANNEL_POLICIES,
  type RateLimiter,
  type ReceptionPrecision,
  type SecretHasher,
} from '@assay/core';
import type { ServiceContext } from '../context.js';
import { DATA_FOLDERS } from '../maintenance/data-files.js';
import { createGrievanceFiles, type GrievanceFiles } from './grievance-files.js';
import { argon2SecretHasher } from './secret-hasher.js';

/**
 * Everything the grievance use cases need besides storage: the file store, the passphrase hasher,
 * and the rate limiters of the public channel (keyed by channel slug and case number, never by
 * anything that identifies a person). One desk per running server, shared by pages and the API.
 */
export type GrievanceDesk = {
  readonly ctx: ServiceContext;
  readonly files: GrievanceFiles;
  readonly hasher: SecretHasher;
  readonly limits: { readonly submit: RateLimiter; readonly followUp: RateLimiter };
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
};

export function createGrievanceDesk(ctx: ServiceContext, options: GrievanceDeskOptions): GrievanceDesk {
  const clock = { now: ctx.now };
  return {
    ctx,
    files: options.files ?? createGrievanceFiles(join(options.dataDir, DATA_FOLDERS.grievances)),
    hasher: options.hasher ?? argon2SecretHasher,
    limits: {
      submit: createRateLimiter(PUBLIC_CHANNEL_POLICIES.submit, { clock }),
      followUp: createRateLimiter(PUBLIC_CHANNEL_POLICIES.followUp, { clock }),
    },
    attachmentLimits: DEFAULT_ATTACHMENT_LIMITS,
    receptionPrecision: options.receptionPrecision ?? DEFAULT_RECEPTION_PRECISION,
  };
}
