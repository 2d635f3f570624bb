import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkTemplate, isAppError, readTemplate } from '@assay/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../../../core/src/test-support/shared-files.js';
import { sharedCids, supplierTemplate } from '../../../core/src/test-support/supplier-templates.js';
import type { OrgActor, ServiceContext } from '../context.js';
import { ACME_DECLARER, acmeWithOwner } from '../test-support/acme.js';
import { intakeTemplate } from './intake.js';
import {
  ownDeclarationDraft,
  ownDeclarationOverview,
  ownDeclarationWorkbook,
  saveOwnDeclaration,
} from './own-declaration.js';
import { createSubmissionFiles } from './submission-files.js';

const dir = sharedPath('rmi-templates');
const BLANK_21 = 'EMRT-2.1_blank_zh-saved_cirscn.xlsx';
const BLANK_13 = 'EMRT-1.3_blank_zh-saved_cirscn.xlsx';

describe.skipIf(!dir)('the company’s own EMRT from suppliers’ EMRT 2.1 and 1.3 (shared RMI blanks)', () => {
  const root = mkdtempSync(join(tmpdir(), 'assay-emrt-'));
  const files = createSubmissionFiles(join(root, 'submissions'));
  let ctx: ServiceContext;
  let actor: OrgActor;
  let cobalt: string[];
  const bytes = (name: string) => new Uint8Array(readFileSync(join(dir as string, name)));

  beforeAll(async () => {
    ({ ctx, actor } = await acmeWithOwner());
    const blanks = [BLANK_21, BLANK_13].map((f) => readTemplate(bytes(f)).declaration);
    if (!blanks[0] || !blanks[1]) throw new Error('blank EMRTs not readable');
    cobalt = sharedCids([blanks[0], blanks[1]], 'Cobalt').slice(0, 3);
    expect(cobalt).toHaveLength(3);

    // The blank EMRT 2.1 (the layout), a supplier's EMRT 2.1 and another supplier's EMRT 1.3.
    await intakeTemplate(ctx, files, actor, { fileName: BLANK_21, bytes: bytes(BLANK_21) });
    const a = supplierTemplate(bytes(BLANK_21), {
      company: 'Cobalt Refining A Ltd',
      minerals: {
        Cobalt: { Q1: 'Yes', Q2: 'Yes', Q3: 'Yes', Q4: 'No', Q5: '100%', Q6: 'Yes', Q7: 'Yes' },
        Copper: { Q1: 'No' },
        Mica: { Q1: 'Not declaring' },
      },
      companyAnswers: {
        A: 'Yes',
        B: 'Yes',
        'B.comment': 'https://a.example/policy',
        'C.Cobalt': 'Yes, when more processors are validated',
        D: 'Yes',
        E: 'Yes, in conformance with IPC1755 (e.g. EMRT)',
        F: 'Yes',
        G: 'Yes',
      },
      smelters: [
        { metal: 'Cobalt', smelterId: cobalt[0] as string },
        { metal: 'Cobalt', smelterId: cobalt[1] as string },
      ],
    });
    const b = supplierTemplate(bytes(BLANK_13), {
      company: 'Mica and Cobalt Trading B.V.',
      minerals: {
        Cobalt: { Q1: 'Yes', Q2: 'Yes', Q3: 'DRC only', Q4: 'No', Q5: '100%', Q6: 'Yes', Q7: 'No' },
        Mica: { Q1: 'Not applicable for this declaration' },
      },
      companyAnswers: {
        A: 'Yes',
        B: 'Yes',
        'B.comment': 'https://b.example/policy',
        'C.Cobalt': 'Yes',
        D: 'Yes',
        E: 'Yes, in conformance with IPC1755 (e.g. EMRT)',
        F: 'Yes',
        G: 'Yes',
      },
      smelters: [
        { metal: 'Cobalt', smelterId: cobalt[1] as string },
        { metal: 'Cobalt', smelterId: cobalt[2] as string },
      ],
    });
    for (const [fileName, file] of [
      ['a.xlsx', a],
      ['b.xlsx', b],
    ] as const) {
      const received = await intakeTemplate(ctx, files, actor, { fileName, bytes: file });
      expect(received).toMatchObject({ family: 'EMRT', status: 'valid', errors: 0 });
    }
  });

  it('offers only the families whose blank was uploaded, and explains a missing blank', async () => {
    const overview = await ownDeclarationOverview(ctx, actor);
    expect(overview.blanks.map((b) => `${b.family} ${b.version}`)).toEqual(['EMRT 2.1']);
    expect(overview.family).toBe('EMRT');
    expect(overview.draft?.declaration.family).toBe('EMRT');
    expect(await ownDeclarationOverview(ctx, actor, 'CMRT')).toMatchObject({ family: 'CMRT', draft: null });
    const error = await ownDeclarationDraft(ctx, actor, 'CMRT').catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('invalid_input');
    expect(String((error as Error).message)).toMatch(/No blank CMRT .* RMI website/);
  });

  it('aggregates both suppliers’ answers across EMRT versions and the cobalt smelters', async () => {
    const draft = await ownDeclarationDraft(ctx, actor, 'EMRT');
    const d = draft.declaration;
    expect(draft.sources).toBe(2);
    expect(d.minerals.map((m) => m.name)).toEqual(['Cobalt', 'Copper', 'Graphite', 'Lithium', 'Mica', 'Nickel']);
    const cobaltAnswers = Object.fromEntries(
      Object.entries(d.minerals[0]?.answers ?? {}).map(([id, a]) => [id, a.value]),
    );
    // 1.3's "DRC only" is a Yes in 2.1; the suppliers disagree on Q7, so the cautious No is proposed.
    expect(cobaltAnswers).toEqual({ Q1: 'Yes', Q2: 'Yes', Q3: 'Yes', Q4: 'No', Q5: '100%', Q6: 'Yes', Q7: 'No' });
    const q7 = draft.disputed.find((x) => x.field === 'Cobalt Q7');
    expect(q7?.proposed).toBe('No');
    expect([...(q7?.answers ?? [])].sort()).toEqual(['No', 'Yes']);
    // Who said what, under the names the templates give (neither is linked to a supplier yet).
    expect(q7?.bySupplier).toEqual([
      { supplier: 'Cobalt Refining A Ltd', answer: 'Yes' },
      { supplier: 'Mica and Cobalt Trading B.V.', answer: 'No' },
    ]);
    // "Not applicable for this declaration" (1.3) is "Not declaring" (2.1): nothing more is asked.
    const mica = d.minerals.find((m) => m.name === 'Mica');
    expect(mica?.answers.Q1?.value).toBe('Not declaring');
    expect(mica?.answers.Q2?.value).toBeNull();
    expect(d.minerals.filter((m) => m.inScope).map((m) => m.name)).toEqual(['Cobalt']);
    // Both suppliers answer every company question; none of that is the company's own answer.
    // A new organisation (no approved policy) has all of A–G empty, C for every mineral too.
    const c = d.companyQuestions.find((q) => q.id === 'C');
    expect(c?.perMineral?.map((p) => [p.mineral, p.value])).toEqual([
      ['Cobalt', null],
      ['Copper', null],
      ['Graphite', null],
      ['Lithium', null],
      ['Mica', null],
      ['Nickel', null],
    ]);
    expect(d.companyQuestions.map((q) => [q.id, q.value, q.comment])).toEqual(
      ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((id) => [id, null, null]),
    );
    expect(draft.companySources).toEqual([]);
    // No supplier declares graphite, lithium or nickel: no proposal, the user answers.
    expect(d.minerals.filter((m) => m.answers.Q1?.value === null).map((m) => m.name)).toEqual([
      'Graphite',
      'Lithium',
      'Nickel',
    ]);
    expect(d.smelters.map((s) => `${s.metal} ${s.smelterId}`).sort()).toEqual(cobalt.map((id) => `Cobalt ${id}`));
    expect(draft.fields.find((f) => f.key === 'C.Cobalt')?.options).toEqual([
      'Yes',
      'Yes, when more processors are validated',
      'No',
    ]);
  });

  it('refuses an answer the EMRT does not offer, naming the field', async () => {
    const error = await saveOwnDeclaration(
      ctx,
      actor,
      { ...ACME_DECLARER, answers: { 'Cobalt.Q3': 'DRC only', 'Tin.Q1': 'Yes' } },
      'EMRT',
    ).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('invalid_input');
    expect(isAppError(error) && error.details.issues?.map((i) => i.path)).toEqual([
      'answers.Cobalt.Q3',
      'answers.Tin.Q1',
    ]);
  });

  it('answers A from an approved policy version, naming it; a draft version does not count', async () => {
    const org = actor.organisationId;
    const draft = await ctx.store.policies.create(org, 1, {});
    expect((await ownDeclarationDraft(ctx, actor, 'EMRT')).companySources).toEqual([]);
    await ctx.store.policies.approve(org, draft.id, '2025-04-01', 'Olga Owner');
    const withPolicy = await ownDeclarationDraft(ctx, actor, 'EMRT');
    expect(withPolicy.companySources).toEqual([
      { key: 'A', value: 'Yes', source: { kind: 'policy', version: 1, approvedOn: '2025-04-01' } },
    ]);
    expect(withPolicy.declaration.companyQuestions.map((q) => q.value)).toEqual([
      'Yes',
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('writes the reviewed EMRT into the blank; it reads back as an EMRT 2.1 without errors', async () => {
    const before = await ownDeclarationDraft(ctx, actor, 'EMRT');
    expect(before.findings.some((f) => f.severity === 'error')).toBe(true);
    await expect(ownDeclarationWorkbook(ctx, files, actor, 'EMRT')).rejects.toThrow(/EMRT is not complete/);
    await saveOwnDeclaration(
      ctx,
      actor,
      {
        ...ACME_DECLARER,
        answers: {
          'Graphite.Q1': 'No',
          'Lithium.Q1': 'No',
          'Nickel.Q1': 'No',
          A: 'Yes',
          B: 'Yes',
          'B.comment': 'https://acme.example/policy',
          'C.Cobalt': 'yes',
          D: 'Yes',
          E: 'Yes, in conformance with IPC1755 (e.g. EMRT)',
          F: 'Yes',
          G: 'Yes',
        },
      },
      'EMRT',
    );
    const ready = await ownDeclarationDraft(ctx, actor, 'EMRT');
    expect(ready.saved?.answers['C.Cobalt']).toBe('Yes');
    expect(ready.findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.cell}`)).toEqual([]);
    // The CMRT review is separate: nothing saved for it.
    expect(await ctx.store.ownDeclarations.get(actor.organisationId, 'CMRT')).toBeUndefined();

    const workbook = await ownDeclarationWorkbook(ctx, files, actor, 'EMRT');
    expect(workbook.fileName).toBe('EMRT-2.1_Acme-Metals_2025-06-01.xlsx');
    const back = checkTemplate(workbook.bytes, { today: '2025-06-01' });
    expect(back.findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.cell}`)).toEqual([]);
    const d = back.declaration;
    expect(d?.family).toBe('EMRT');
    expect(d?.version).toBe('2.1');
    expect(d?.company.name).toBe('Acme Metals');
    expect(d?.minerals.map((m) => [m.name, m.answers.Q1?.value])).toEqual([
      ['Cobalt', 'Yes'],
      ['Copper', 'No'],
      ['Graphite', 'No'],
      ['Lithium', 'No'],
      ['Mica', 'Not declaring'],
      ['Nickel', 'No'],
    ]);
    expect(d?.companyQuestions.find((q) => q.id === 'C')?.perMineral?.[0]).toEqual({ mineral: 'Cobalt', value: 'Yes' });
    expect(d?.smelters.map((s) => s.smelterId).sort()).toEqual(cobalt);
  });
});
