/**
 * Test setup shared by the supply-chain service tests: an SQLite store with one organisation
 * ("Acme Metals") and its owner, and a service context whose clock stands still; and the company
 * block Acme signs its own declarations with.
 */
import { openTestStore } from '@assay/storage/test-support';
import { type OrgActor, type ServiceContext, serviceContext } from '../context.js';

export async function acmeWithOwner(): Promise<{
  ctx: ServiceContext;
  actor: OrgActor;
  store: Awaited<ReturnType<typeof openTestStore>>;
}> {
  const store = await openTestStore('sqlite');
  const ctx = serviceContext(store, () => new Date('2025-06-01T10:00:00Z'));
  const org = await store.organisations.create({ slug: 'acme', name: 'Acme Metals', kind: 'company' });
  const user = await store.users.create({ email: 'o@acme.example', name: 'O', passwordHash: 'x' });
  return { ctx, store, actor: { userId: user.id, label: 'user', organisationId: org.id, role: 'owner' } };
}

/** Acme's company block for its own CMRT or EMRT (synthetic contacts). */
export const ACME_DECLARER = {
  name: 'Acme Metals',
  contactName: 'Compliance desk',
  contactEmail: 'compliance@acme.example',
  contactPhone: '+31 20 000 0000',
  authorizerName: 'Board',
  authorizerEmail: 'board@acme.example',
  date: '2025-06-01',
};
