import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkTemplate } from '@assay/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../../../core/src/test-support/shared-files.js';
import type { OrgActor, ServiceContext } from '../context.js';
import { ACME_DECLARER, acmeWithOwner } from '../test-support/acme.js';
import { intakeTemplate, recoverIntake } from './intake.js';
import { ownDeclarationDraft, ownDeclarationWorkbook, saveOwnDeclaration } from './own-declaration.js';
import { supplyChainRollup } from './rollup.js';
import { confirmSmelterMatch, importFacilityList, smelterRegister, smelterReviewQueue } from './smelters.js';
import { createSubmissionFiles } from './submission-files.js';
import { correctionRequestFor, intakeBoard, linkSubmission, supplierHistory } from './submissions.js';

const dir = sharedPath('rmi-templates');

describe.skipIf(!dir)('supply-chain intake over the shared RMI templates', () => {
  const root = mkdtempSync(join(tmpdir(), 'assay-sc-'));
  const files = createSubmissionFiles(join(root, 'submissions'));
  let ctx: ServiceContext;
  let actor: OrgActor;
  const bytes = (name: string) => new Uint8Array(readFileSync(join(dir as string, name)));

  beforeAll(async () => {
    const acme = await acmeWithOwner();
    ({ ctx, actor } = acme);
    const { store } = acme;
    const org = { id: actor.organisationId };
    await store.suppliers.create(org.id, {
      name: 'JX Advanced Metals Corp.',
      country: 'JP',
      materials: [],
      tier: 1,
      recycled: false,
    });
  });

  it('stores, reads and links each file; the same bytes again are a duplicate, not a new submission', async () => {
    const jx = await intakeTemplate(ctx, files, actor, {
      fileName: 'jx.xlsx',
      bytes: bytes('real-filled/CMRT-6.4_filled_JX-Advanced-Metals.xlsx'),
    });
    expect(jx).toMatchObject({
      family: 'CMRT',
      version: '6.4',
      status: 'valid',
      errors: 0,
      supplier: 'JX Advanced Metals Corp.',
      duplicate: false,
    });
    const again = await intakeTemplate(ctx, files, actor, {
      fileName: 'copy.xlsx',
      bytes: bytes('real-filled/CMRT-6.4_filled_JX-Advanced-Metals.xlsx'),
    });
    expect(again).toMatchObject({ submissionId: jx.submissionId, duplicate: true });
    const blank = await intakeTemplate(ctx, files, actor, {
      fileName: 'blank.xlsx',
      bytes: bytes('CMRT-6.5_blank_zh-saved_cirscn.xlsx'),
    });
    expect(blank).toMatchObject({ status: 'needs_correction', supplier: null });
    const jpeg = await intakeTemplate(ctx, files, actor, {
      fileName: 'x.xls',
      bytes: bytes('legacy-and-negative/invalid_cmrt_actually-jpeg_ddm.xls'),
    });
    expect(jpeg).toMatchObject({ status: 'unreadable', family: null });
    const cg = await intakeTemplate(ctx, files, actor, {
      fileName: 'cg.xlsx',
      bytes: bytes('real-filled/CMRT-6.4_filled_Central-Glass.xlsx'),
    });
    expect(cg.supplier).toBeNull();
    const board = await intakeBoard(ctx, actor);
    expect(board.counts).toMatchObject({ received: 4, valid: 2, needsCorrection: 1, unreadable: 1 });
  });

  it('builds the register from the look-up lists and matches the suppliers’ smelter rows by id', async () => {
    const register = await smelterRegister(ctx, actor);
    expect(register.length).toBeGreaterThan(360);
    expect(register.every((e) => /^CID\d{6}$/.test(e.smelterId) && e.asOf)).toBe(true);
    const { smelters, coverage } = await supplyChainRollup(ctx, actor);
    expect(smelters.map((s) => s.smelterId)).toEqual(expect.arrayContaining(['CID002082', 'CID002494']));
    expect(smelters.find((s) => s.smelterId === 'CID002082')?.suppliers.length).toBe(2);
    expect(coverage).toMatchObject({ suppliers: 1, responded: 1, respondedShare: 1 });
  });

  it('imports an RMI conformant list as CSV and shows the status in the roll-up', async () => {
    const csv = 'Metal,Smelter ID,Standard Smelter Name,Country\nTungsten,CID002082,Anything,CHINA\nGold,ABC,Bad,X\n';
    const result = await importFacilityList(ctx, actor, csv, 'conformant');
    expect(result.updated).toBe(1);
    expect(result.issues[0]?.line).toBe(3);
    const { smelters } = await supplyChainRollup(ctx, actor);
    expect(smelters.find((s) => s.smelterId === 'CID002082')?.conformance).toBe('conformant');
  });

  it('writes a correction request in Dutch and English that names the cells', async () => {
    const board = await intakeBoard(ctx, actor);
    const blank = board.submissions.find((s) => s.status === 'needs_correction');
    const nl = await correctionRequestFor(ctx, actor, blank?.id ?? '', 'nl', 'Acme');
    expect(nl).toContain('Geachte');
    expect(nl).toMatch(/Declaration D\d+/);
    expect(await correctionRequestFor(ctx, actor, blank?.id ?? '', 'en', 'Acme')).toContain('Dear');
  });

  it('links a submission after confirmation and shows the supplier’s history', async () => {
    const board = await intakeBoard(ctx, actor);
    const cg = board.submissions.find((s) => s.companyName?.startsWith('Central'));
    await linkSubmission(ctx, actor, cg?.id ?? '', 'new');
    const after = await intakeBoard(ctx, actor);
    const linked = after.submissions.find((s) => s.id === cg?.id);
    expect(linked?.supplierName).toBe('Central Glass Co., Ltd.');
    const history = await supplierHistory(ctx, actor, linked?.supplierId ?? '');
    expect(history.submissions).toHaveLength(1);
  });

  it('builds the company’s own CMRT that reads back without error-level findings', async () => {
    const draft = await ownDeclarationDraft(ctx, actor);
    expect(draft.findings.some((f) => f.severity === 'error')).toBe(true);
    // The company questions are the company's own: never taken over from the supplier's CMRT.
    expect(draft.declaration.companyQuestions.every((q) => q.value === null)).toBe(true);
    await saveOwnDeclaration(ctx, actor, {
      ...ACME_DECLARER,
      answers: {
        A: 'Yes',
        B: 'Yes',
        'B.comment': 'https://acme.example/policy',
        C: 'Yes',
        D: 'Yes',
        E: 'Yes, in conformance with IPC1755 (e.g., CMRT)',
        F: 'Yes',
        G: 'Yes',
        H: 'No',
      },
    });
    const ready = await ownDeclarationDraft(ctx, actor);
    expect(ready.findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.cell}`)).toEqual([]);
    const workbook = await ownDeclarationWorkbook(ctx, files, actor);
    const back = checkTemplate(workbook.bytes, { today: '2025-06-01' });
    expect(back.findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.cell}`)).toEqual([]);
    expect(back.declaration?.company.name).toBe('Acme Metals');
    expect(back.declaration?.smelters.length).toBeGreaterThan(10);
  });

  it('queues uncertain smelter rows and learns a confirmed alias', async () => {
    const queue = await smelterReviewQueue(ctx, actor);
    for (const row of queue) expect(['review', 'unmatched']).toContain(row.matchStatus);
    const first = queue[0];
    if (first?.candidates[0]) {
      const { settled } = await confirmSmelterMatch(ctx, actor, first.id, first.candidates[0].smelterRef);
      expect(settled).toBeGreaterThanOrEqual(1);
    }
  });

  it('cleans up temporary and unrecorded files after an interruption', async () => {
    const { writeFileSync, readdirSync } = await import('node:fs');
    const folder = join(root, 'submissions', actor.organisationId);
    writeFileSync(join(folder, `${'a'.repeat(64)}.123.tmp`), 'half');
    writeFileSync(join(folder, 'b'.repeat(64)), 'orphan');
    expect(await recoverIntake(ctx, files, actor, 0)).toBe(2);
    expect(readdirSync(folder)).toHaveLength(4);
  });
});
