import type { Store } from '@assay/storage';

/** What every use case receives: storage and the clock (tests move time by replacing `now`). */
export type ServiceContext = {
  readonly store: Store;
  readonly now: () => Date;
};

/** Builds a context with the real clock. */
export function serviceContext(store: Store, now: () => Date = () => new Date()): ServiceContext {
  return { store, now };
}

/** Who acts, in which organisation, with which role. Routes build it after authentication. */
export type OrgActor = {
  readonly userId: string;
  readonly label: string;
  readonly organisationId: string;
  readonly role: import('@assay/core').Role;
};
