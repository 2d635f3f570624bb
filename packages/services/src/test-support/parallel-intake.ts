/**
 * Test-only: many uploads at once. `parallelIntake` hands `files` synthetic CMRTs to `uploaders`
 * concurrent callers of {@link intakeTemplate} (each takes the next file when its last one is done),
 * as a browser with several upload requests in flight does. The files are of three CMRT versions
 * whose look-up lists overlap, so the uploads race to merge the same register rows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticCmrt, syntheticSmelters } from '@assay/core/test-support';
import type { Store } from '@assay/storage';
import { type OrgActor, type ServiceContext, serviceContext } from '../context.js';
import { type IntakeResult, intakeTemplate } from '../supply-chain/intake.js';
import { createSubmissionFiles } from '../supply-chain/submission-files.js';

/** The versions uploaded, each with the slice of the 60 synthetic smelters its look-up lists. */
export const PARALLEL_VERSIONS: readonly { version: string; from: number; to: number }[] = [
  { version: '6.31', from: 0, to: 40 },
  { version: '6.4', from: 10, to: 50 },
  { version: '6.5', from: 20, to: 60 },
];

/** File `i` of a run: version by turn, a company of its own, so every file's bytes differ. */
export function parallelIntakeFile(i: number): { fileName: string; bytes: Uint8Array } {
  const smelters = syntheticSmelters(60);
  const v = PARALLEL_VERSIONS[i % PARALLEL_VERSIONS.length] as (typeof PARALLEL_VERSIONS)[number];
  return {
    fileName: `supplier-${i}.xlsx`,
    bytes: syntheticCmrt({
      company: `Synthetic Supplier ${i}`,
      version: v.version,
      lookup: smelters.slice(v.from, v.to),
      listed: 5,
    }),
  };
}

export type ParallelIntakeRun = {
  readonly results: IntakeResult[];
  readonly errors: unknown[];
  readonly ms: number;
};

/** An organisation with its owner on `store` and a context whose clock stands still. */
export async function organisationWithOwner(
  store: Store,
  slug = 'acme',
): Promise<{ ctx: ServiceContext; actor: OrgActor }> {
  const ctx = serviceContext(store, () => new Date('2025-06-01T10:00:00Z'));
  const org = await store.organisations.create({ slug, name: 'Acme Metals', kind: 'company' });
  const user = await store.users.create({ email: `o@${slug}.example`, name: 'O', passwordHash: 'x' });
  return { ctx, actor: { userId: user.id, label: 'user', organisationId: org.id, role: 'owner' } };
}

/** Uploads `files` synthetic CMRTs through `uploaders` concurrent intakes; never throws. */
export async function parallelIntake(
  ctx: ServiceContext,
  actor: OrgActor,
  options: { uploaders: number; files: number; root?: string },
): Promise<ParallelIntakeRun> {
  const root = options.root ?? mkdtempSync(join(tmpdir(), 'assay-parallel-'));
  const files = createSubmissionFiles(join(root, 'submissions'));
  const uploads = Array.from({ length: options.files }, (_, i) => parallelIntakeFile(i));
  const results: IntakeResult[] = [];
  const errors: unknown[] = [];
  let next = 0;
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: options.uploaders }, async () => {
        for (let i = next++; i < uploads.length; i = next++) {
          try {
            results.push(await intakeTemplate(ctx, files, actor, uploads[i] as (typeof uploads)[number]));
          } catch (error) {
            errors.push(error);
          }
        }
      }),
    );
  } finally {
    if (!options.root) rmSync(root, { recursive: true, force: true });
  }
  return { results, errors, ms: performance.now() - started };
}
