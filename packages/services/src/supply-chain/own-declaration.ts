import {
  AppError,
  buildOwnDeclaration,
  type Declaration,
  type DisputedAnswer,
  type Finding,
  fillTemplate,
  type OwnCompany,
  validateDeclaration,
} from '@assay/core';
import { z } from 'zod';
import { parseInput } from '../accounts/parse-input.js';
import type { OrgActor, ServiceContext } from '../context.js';
import { assertMayEdit } from '../due-diligence/guard.js';
import { rollupDeclarations, supplyChainRollup } from './rollup.js';
import type { SubmissionFiles } from './submission-files.js';

const text = (max: number) => z.string().trim().max(max);
const optional = (max: number) =>
  text(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .default(null);
const email = z.string().trim().email('Enter an e-mail address such as name@example.com.');

/** What the user reviews and saves: the company block and any answers that override the proposal. */
export const ZOwnDeclarationInput = z.object({
  name: text(200).min(1, 'Enter the company name.'),
  contactName: text(200).min(1, 'Enter the contact person.'),
  contactEmail: email,
  contactPhone: text(60).min(1, 'Enter a phone number for the contact person.'),
  authorizerName: text(200).min(1, 'Enter who authorises the declaration.'),
  authorizerTitle: optional(200),
  authorizerEmail: email,
  authorizerPhone: optional(60),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the date form YYYY-MM-DD.'),
  /** `Tin.Q2` → value, `A` → value, `A.comment` → comment. */
  answers: z.record(z.string().max(40), z.string().max(2000)).default({}),
});
export type OwnDeclarationInput = z.infer<typeof ZOwnDeclarationInput>;

/** The draft, its validation findings and the questions suppliers disagreed on. */
export type OwnDeclarationDraft = {
  blank: { submissionId: string; family: string; version: string; fileName: string };
  saved: OwnDeclarationInput | null;
  declaration: Declaration;
  disputed: DisputedAnswer[];
  findings: Finding[];
};

async function findBlank(ctx: ServiceContext, organisationId: string, family: string) {
  const all = (await ctx.store.submissions.list(organisationId)).filter(
    (s) => s.family === family && s.status !== 'unreadable' && s.version,
  );
  const byVersion = (a: { version: string | null }, b: { version: string | null }) =>
    Number(b.version) - Number(a.version) || (b.version ?? '').localeCompare(a.version ?? '');
  const blanks = all.filter((s) => !s.companyName).sort(byVersion);
  const chosen = blanks[0] ?? all.sort(byVersion)[0];
  if (!chosen)
    throw new AppError(
      'invalid_input',
      `Upload a blank ${family} from the RMI on the intake page first; Assay fills it in for you.`,
    );
  const stored = await ctx.store.submissions.get(organisationId, chosen.id);
  return { summary: chosen, declaration: stored?.declaration as Declaration };
}

function applyAnswers(d: Declaration, answers: Readonly<Record<string, string>>): Declaration {
  const pick = (key: string, fallback: string | null) => {
    const v = answers[key];
    return v === undefined ? fallback : v.trim() === '' ? null : v.trim();
  };
  return {
    ...d,
    minerals: d.minerals.map((m) => {
      const next = Object.fromEntries(
        Object.entries(m.answers).map(([id, a]) => [id, { ...a, value: pick(`${m.name}.${id}`, a.value) }]),
      );
      return { ...m, answers: next, inScope: next.Q1?.value === 'Yes' };
    }),
    companyQuestions: d.companyQuestions.map((q) => ({
      ...q,
      value: pick(q.id, q.value),
      comment: pick(`${q.id}.comment`, q.comment),
    })),
  };
}

/** Builds the company's own declaration (CMRT by default) from the roll-up and the saved review. */
export async function ownDeclarationDraft(
  ctx: ServiceContext,
  actor: OrgActor,
  family = 'CMRT',
): Promise<OwnDeclarationDraft> {
  const org = actor.organisationId;
  const blank = await findBlank(ctx, org, family);
  const saved = ((await ctx.store.ownDeclarations.get(org)) as OwnDeclarationInput | undefined) ?? null;
  const organisation = await ctx.store.organisations.findById(org);
  const rollup = await supplyChainRollup(ctx, actor);
  const suppliers = await rollupDeclarations(ctx, actor, rollup.sources);
  const today = ctx.now().toISOString().slice(0, 10);
  const company: OwnCompany = {
    name: saved?.name ?? organisation?.name ?? '',
    contact: { name: saved?.contactName ?? '', email: saved?.contactEmail ?? '', phone: saved?.contactPhone ?? null },
    authorizer: {
      name: saved?.authorizerName ?? '',
      title: saved?.authorizerTitle ?? null,
      email: saved?.authorizerEmail ?? '',
      phone: saved?.authorizerPhone ?? null,
    },
    date: saved?.date ?? today,
  };
  const built = buildOwnDeclaration({ blank: blank.declaration, company, suppliers, smelters: rollup.smelters });
  const declaration = applyAnswers(built.declaration, saved?.answers ?? {});
  // Empty strings are not answers: the validator must see them as missing.
  const clean: Declaration = {
    ...declaration,
    company: {
      ...declaration.company,
      contact: {
        name: company.contact.name || null,
        email: company.contact.email || null,
        phone: company.contact.phone,
      },
      authorizer: {
        name: company.authorizer.name || null,
        title: company.authorizer.title,
        email: company.authorizer.email || null,
        phone: company.authorizer.phone,
      },
    },
  };
  return {
    blank: {
      submissionId: blank.summary.id,
      family: blank.declaration.family,
      version: blank.declaration.version,
      fileName: blank.summary.fileName,
    },
    saved,
    declaration: clean,
    disputed: built.disputed,
    findings: validateDeclaration(clean, { today }),
  };
}

/** Saves the reviewed company block and answers. */
export async function saveOwnDeclaration(
  ctx: ServiceContext,
  actor: OrgActor,
  input: unknown,
): Promise<OwnDeclarationInput> {
  assertMayEdit(actor);
  const data = parseInput(ZOwnDeclarationInput, input);
  await ctx.store.transaction(async (tx) => {
    await tx.ownDeclarations.put(actor.organisationId, data);
    await tx.audit.record({
      organisationId: actor.organisationId,
      actor,
      entity: 'own_declaration',
      entityId: null,
      action: 'save',
      summary: { date: data.date, answers: Object.keys(data.answers).length },
    });
  });
  return data;
}

/**
 * Writes the reviewed declaration into the blank template through the template writer. Refuses while
 * the draft has error-level findings, naming the first ones.
 */
export async function ownDeclarationWorkbook(
  ctx: ServiceContext,
  files: SubmissionFiles,
  actor: OrgActor,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const draft = await ownDeclarationDraft(ctx, actor);
  const errors = draft.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0)
    throw new AppError(
      'invalid_input',
      `The declaration is not complete yet: ${errors.length} problem(s) to fix first.`,
      {
        issues: errors
          .slice(0, 20)
          .map((f) => ({ path: [f.sheet, f.cell].filter(Boolean).join('!') || f.code, message: f.message.en })),
      },
    );
  const blank = await ctx.store.submissions.get(actor.organisationId, draft.blank.submissionId);
  if (!blank) throw new AppError('not_found', 'The blank template was not found.');
  const bytes = fillTemplate(await files.read(actor.organisationId, blank.sha256), draft.declaration);
  const slug = (draft.declaration.company.name ?? 'company').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return {
    fileName: `${draft.declaration.family}-${draft.declaration.version}_${slug}_${draft.declaration.date}.xlsx`,
    bytes,
  };
}
