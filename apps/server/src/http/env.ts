import type { Translate, UiLocale } from '@assay/core';
import type { OrgActor, ServiceContext, SignInThrottle } from '@assay/services';
import type { Organisation, User } from '@assay/storage';
import type { Config } from '../config.js';
import type { Logger } from './logger.js';

/** What the app is built from: created once by `startServer`, or by tests. */
export type AppDeps = {
  readonly config: Config;
  readonly ctx: ServiceContext;
  readonly logger: Logger;
  /** The sign-in throttle; by default one on `ctx.store.throttleCounts` (see sign-in.ts). */
  readonly signInThrottle?: SignInThrottle;
};

/** Per-request values set by the middleware chain. */
export type AppVariables = {
  requestId: string;
  locale: UiLocale;
  t: Translate;
  csrfToken: string;
  user?: User;
  sessionHash?: string;
  organisation?: Organisation;
  actor?: OrgActor;
};

export type AppEnv = { Variables: AppVariables };
