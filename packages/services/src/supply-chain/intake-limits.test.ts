import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError, type Finding } from '@assay/core';
import { syntheticCmrt } from '@assay/core/test-support';
import { forEachDialect } from '@assay/storage/test-support';
import { beforeAll, expect, it } from 'vitest';
import type { OrgActor, ServiceContext } from '../context.js';
import { organisationWithOwner } from '../test-support/parallel-intake.js';
import { intakeTemplate } from './intake.js';
import { createSubmissionFiles } from './submission-files.js';

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Every file under `root`, temporary ones included. */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);
}

// Issue #14.3: a file beyond a read limit is refused while it is read, and nothing of it is kept.
forEachDialect('intake refuses a file beyond a read limit', (store) => {
  let ctx: ServiceContext;
  let actor: OrgActor;
  const root = mkdtempSync(join(tmpdir(), 'assay-limits-'));
  const files = createSubmissionFiles(root);
  beforeAll(async () => {
    ({ ctx, actor } = await organisationWithOwner(store()));
  });

  it('refuses 200,000 extra Smelter List rows, naming the sheet and the limit, and stores nothing', async () => {
    const bytes = syntheticCmrt({ company: 'Rows BV', extraListRows: 200_000 });
    const e = await refusal(intakeTemplate(ctx, files, actor, { fileName: 'rows.xlsx', bytes }));
    expect(e.code).toBe('unreadable_file');
    expect(e.message).toMatch(/^Sheet "Smelter List" has a value in row 20001, beyond the limit of 20,000 rows/);
    expect(e.details.messages?.nl).toMatch(
      /^Werkblad "Smelter List" heeft een waarde in rij 20001, voorbij de grens van 20\.000 rijen/,
    );
    expect(e.details.issues?.[0]).toMatchObject({ sheet: 'Smelter List' });
    expect(await store().submissions.hashes(actor.organisationId)).toHaveProperty('size', 0);
    expect(filesUnder(root)).toEqual([]);
    expect(await store().audit.list(actor.organisationId)).toEqual([]);
  });

  it('refuses a cell of two million character references the same way', async () => {
    const bytes = syntheticCmrt({ company: 'Entities BV', longText: '&'.repeat(2_000_000) });
    const e = await refusal(intakeTemplate(ctx, files, actor, { fileName: 'entities.xlsx', bytes }));
    expect(e.message).toMatch(/^Sheet "Declaration" holds a text longer than 32,767 characters in cell G8/);
    expect(e.details.messages?.nl).toMatch(/^Werkblad "Declaration" bevat in cel G8 een tekst van meer dan 32\.767/);
    expect(await store().submissions.hashes(actor.organisationId)).toHaveProperty('size', 0);
    expect(filesUnder(root)).toEqual([]);
  });

  it('still receives a damaged file as unreadable, with the reason in both languages', async () => {
    const good = syntheticCmrt({ company: 'Cut BV' });
    const result = await intakeTemplate(ctx, files, actor, { fileName: 'cut.xlsx', bytes: good.slice(0, 2_000) });
    expect(result).toMatchObject({ status: 'unreadable', duplicate: false });
    const stored = await store().submissions.get(actor.organisationId, result.submissionId);
    const finding = stored?.findings[0] as Finding | undefined;
    expect(finding?.code).toBe('unreadable_file');
    expect(finding?.message.nl).not.toBe(finding?.message.en);
    expect(filesUnder(root)).toHaveLength(1);
  });

  it('reads the same workbook within the limits', async () => {
    const bytes = syntheticCmrt({ company: 'Fine BV', extraListRows: 100, longText: '&'.repeat(1_000) });
    const result = await intakeTemplate(ctx, files, actor, { fileName: 'fine.xlsx', bytes });
    expect(result).toMatchObject({ family: 'CMRT', duplicate: false });
    expect(result.status).not.toBe('unreadable');
  });
});
