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

// Issue #14.3: what one file may store, findings and JSON (docs/decisions/template-read-limits.md).
forEachDialect('intake bounds what one submission stores', (store) => {
  let ctx: ServiceContext;
  let actor: OrgActor;
  const root = mkdtempSync(join(tmpdir(), 'assay-stored-'));
  const files = createSubmissionFiles(root);
  beforeAll(async () => {
    ({ ctx, actor } = await organisationWithOwner(store()));
  });

  it('stores at most 200 findings of a kind and counts the rest, with exact error counts', async () => {
    const bytes = syntheticCmrt({ company: 'Many BV', extraListRows: 2_345 });
    const result = await intakeTemplate(ctx, files, actor, { fileName: 'many.xlsx', bytes });
    const stored = await store().submissions.get(actor.organisationId, result.submissionId);
    const findings = (stored?.findings ?? []) as Finding[];
    const kind = findings.filter((f) => f.code === 'smelter_lookup_name_unknown');
    expect(kind).toHaveLength(201);
    expect(kind.at(-1)).toMatchObject({ omitted: 2_145, sheet: 'Smelter List', cell: null });
    expect(kind.at(-1)?.message.en).toBe(
      '… and 2,145 more of this kind (smelter_lookup_name_unknown) in sheet "Smelter List", not listed one by one.',
    );
    expect(kind.at(-1)?.message.nl).toBe(
      '… en nog 2.145 van deze soort (smelter_lookup_name_unknown) in werkblad "Smelter List", niet elk apart vermeld.',
    );
    const severity = kind[0]?.severity;
    const all = findings.reduce((n, f) => n + (f.severity === severity ? (f.omitted ?? 1) : 0), 0);
    // The counts are of every finding: the summary line stands for its 2,145.
    expect(severity === 'error' ? result.errors : result.warnings).toBe(all);
    expect(all).toBeGreaterThanOrEqual(2_345);
    expect(stored?.declaration).toMatchObject({ smelters: { length: 2_350 } });
  });

  it('refuses a file whose data would take more than 8 MB, naming the sheet, and stores nothing', async () => {
    const before = await store().submissions.hashes(actor.organisationId);
    const bytes = syntheticCmrt({ company: 'Long BV', extraListRows: 12_000, extraNamePadding: 600 });
    const e = await refusal(intakeTemplate(ctx, files, actor, { fileName: 'long.xlsx', bytes }));
    expect(e.code).toBe('payload_too_large');
    expect(e.message).toMatch(
      /^The data read from this file takes [\d.]+ MB, over the limit of 8 MB per received template .*; most of it is sheet "Smelter List" with 12,005 rows\./,
    );
    expect(e.details.messages?.nl).toMatch(
      /boven de grens van 8 MB per ontvangen template .*werkblad "Smelter List" met 12\.005 rijen/,
    );
    expect(await store().submissions.hashes(actor.organisationId)).toEqual(before);
    expect(filesUnder(root)).toHaveLength(before.size);
  });
});
