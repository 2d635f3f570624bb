import {
  AppError,
  buildOwnDeclaration,
  type CompanySource,
  checkOwnAnswers,
  type Declaration,
  type DisputedAnswer,
  type Finding,
  fillTemplate,
  OWN_DECLARATION_FAMILIES,
  type OwnAnswerField,
  type OwnCompany,
  type OwnDeclarationFamily,
  type OwnSupplier,
  ownAnswerFields,
  validateDeclaration,
} from '@assay/core';
import type { SubmissionSummary } from '@assay/storage';
import { z } from 'zod';
import { parseInput } from '../accounts/parse-input.js';
import type { OrgActor, ServiceContext } from '../context.js';
import { assertMayEdit } from '../due-diligence/guard.js';
import { supplyChainRollup } from './rollup.js';
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
  /** `Tin.Q2` → value, `A` → value, `A.comment` → comment, `C.Cobalt` → a per-mineral answer. */
  answers: z.record(z.string().max(40), z.string().max(2000)).default({}),
});
export type OwnDeclarationInput = z.infer<typeof ZOwnDeclarationInput>;

/** The blank template a family's own declaration is written into (the newest one received). */
export type OwnDeclarationBlank = {
  submissionId: string;
  family: OwnDeclarationFamily;
  version: string;
  fileName: string;
};

/** The draft, its validation findings and the questions suppliers disagreed on. */
export type OwnDeclarationDraft = {
  family: OwnDeclarationFamily;
  blank: OwnDeclarationBlank;
  saved: OwnDeclarationInput | null;
  declaration: Declaration;
  /** The answers to review, with the template's own drop-down choices. */
  fields: OwnAnswerField[];
  /** Questions the user decides: suppliers disagree or one gave no answer; who said what. */
  disputed: DisputedAnswer[];
  /** Company questions answered from Assay's own data (A from an approved policy), with the source. */
  companySources: CompanySource[];
  findings: Finding[];
  /** Suppliers whose newest template of this family the draft aggregates. */
  sources: number;
};

/** The own-declaration page: the families with a blank, the family shown and its draft. */
export type OwnDeclarationOverview = {
  blanks: OwnDeclarationBlank[];
  family: OwnDeclarationFamily | null;
  /** `null` when no blank of `family` has been received yet. */
  draft: OwnDeclarationDraft | null;
};

/** RMI versions compare as decimals: "6.31" < "6.4" < "6.5". */
const byVersion = (a: { version: string | null }, b: { version: string | null }) =>
  Number(b.version) - Number(a.version) || (b.version ?? '').localeCompare(a.version ?? '');

/**
 * The newest blank per family: a readable template of that family without a company name (the
 * official blank from the RMI, as uploaded on the intake page).
 */
async function findBlanks(ctx: ServiceContext, organisationId: string): Promise<Map<string, SubmissionSummary>> {
  const blanks = (await ctx.store.submissions.list(organisationId))
    .filter((s) => s.status !== 'unreadable' && s.version && !s.companyName)
    .sort((a, b) => byVersion(a, b) || b.receivedAt.localeCompare(a.receivedAt));
  const out = new Map<string, SubmissionSummary>();
  for (const s of blanks) if (s.family && !out.has(s.family)) out.set(s.family, s);
  return out;
}

function blankOf(summary: SubmissionSummary, family: OwnDeclarationFamily): OwnDeclarationBlank {
  return { submissionId: summary.id, family, version: summary.version ?? '', fileName: summary.fileName };
}

function noBlank(family: OwnDeclarationFamily): AppError {
  return new AppError(
    'invalid_input',
    `No blank ${family} has been uploaded yet. Download the current ${family} from the RMI website (responsiblemineralsinitiative.org, Reporting Templates) and upload it unchanged on the intake page; Assay fills it in for you.`,
    {
      issues: [{ path: 'family', message: `Upload a blank ${family} first.` }],
      messageKey: 'sc.own.noBlank',
      params: { family },
    },
  );
}

/** The families whose blank template has been received, in the order CMRT, EMRT. */
export async function ownDeclarationBlanks(ctx: ServiceContext, actor: OrgActor): Promise<OwnDeclarationBlank[]> {
  const blanks = await findBlanks(ctx, actor.organisationId);
  return OWN_DECLARATION_FAMILIES.flatMap((family) => {
    const found = blanks.get(family);
    return found ? [blankOf(found, family)] : [];
  });
}

/**
 * The declarations behind the roll-up under their supplier's name (the register's name, else the
 * company named in the template), in name order.
 */
async function namedDeclarations(
  ctx: ServiceContext,
  organisationId: string,
  sources: readonly SubmissionSummary[],
): Promise<OwnSupplier[]> {
  const [found, registered] = await Promise.all([
    ctx.store.submissions.declarations(
      organisationId,
      sources.map((s) => s.id),
    ),
    ctx.store.suppliers.list(organisationId),
  ]);
  const names = new Map(registered.map((s) => [s.id, s.name]));
  const byId = new Map(sources.map((s) => [s.id, s]));
  return found
    .flatMap((f) => {
      const declaration = f.declaration as Declaration | null;
      if (!declaration) return [];
      const source = byId.get(f.id);
      const name =
        (source?.supplierId ? names.get(source.supplierId) : undefined) ??
        source?.companyName ??
        declaration.company.name ??
        source?.fileName ??
        '?';
      return [{ name, declaration }];
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Builds the company's own declaration of `family` from the roll-up and the saved review. */
export async function ownDeclarationDraft(
  ctx: ServiceContext,
  actor: OrgActor,
  family: OwnDeclarationFamily = 'CMRT',
): Promise<OwnDeclarationDraft> {
  const org = actor.organisationId;
  const summary = (await findBlanks(ctx, org)).get(family);
  if (!summary) throw noBlank(family);
  const stored = await ctx.store.submissions.get(org, summary.id);
  const blank = stored?.declaration as Declaration | null | undefined;
  if (!blank) throw noBlank(family);
  const saved = ((await ctx.store.ownDeclarations.get(org, family)) as OwnDeclarationInput | undefined) ?? null;
  const organisation = await ctx.store.organisations.findById(org);
  const rollup = await supplyChainRollup(ctx, actor, { family });
  const suppliers = await namedDeclarations(ctx, org, rollup.sources);
  const approved = (await ctx.store.policies.list(org)).find((v) => v.approvedOn !== null);
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
  const { declaration, disputed, companySources } = buildOwnDeclaration({
    blank,
    company,
    suppliers,
    smelters: rollup.smelters,
    answers: saved?.answers ?? {},
    facts: { policy: approved?.approvedOn ? { version: approved.version, approvedOn: approved.approvedOn } : null },
  });
  return {
    family,
    blank: blankOf(summary, family),
    saved,
    declaration,
    fields: ownAnswerFields(declaration),
    disputed,
    companySources,
    findings: validateDeclaration(declaration, { today }),
    sources: suppliers.filter((s) => s.declaration.family === family).length,
  };
}

/**
 * The own-declaration page: which families can be written (a blank was received), and the draft of
 * `family` — by default the first family with a blank. A family without a blank gives no draft, so
 * the page can explain where to get the blank.
 */
export async function ownDeclarationOverview(
  ctx: ServiceContext,
  actor: OrgActor,
  family?: OwnDeclarationFamily,
): Promise<OwnDeclarationOverview> {
  const blanks = await ownDeclarationBlanks(ctx, actor);
  const shown = family ?? blanks[0]?.family ?? null;
  const draft = shown && blanks.some((b) => b.family === shown) ? await ownDeclarationDraft(ctx, actor, shown) : null;
  return { blanks, family: shown, draft };
}

/** Saves the reviewed company block and answers of the own declaration of `family`. */
export async function saveOwnDeclaration(
  ctx: ServiceContext,
  actor: OrgActor,
  input: unknown,
  family: OwnDeclarationFamily = 'CMRT',
): Promise<OwnDeclarationInput> {
  assertMayEdit(actor);
  const parsed = parseInput(ZOwnDeclarationInput, input);
  const draft = await ownDeclarationDraft(ctx, actor, family);
  const checked = checkOwnAnswers(draft.fields, parsed.answers);
  if (checked.issues.length > 0)
    throw new AppError(
      'invalid_input',
      `Check these answers: ${checked.issues
        .slice(0, 5)
        .map((i) => i.message)
        .join(' ')}`,
      { issues: checked.issues },
    );
  const data: OwnDeclarationInput = { ...parsed, answers: checked.answers };
  await ctx.store.transaction(async (tx) => {
    await tx.ownDeclarations.put(actor.organisationId, family, data);
    await tx.audit.record({
      organisationId: actor.organisationId,
      actor,
      entity: 'own_declaration',
      entityId: null,
      action: 'save',
      summary: { family, date: data.date, answers: Object.keys(data.answers).length },
    });
  });
  return data;
}

/**
 * Writes the reviewed declaration of `family` into its blank template through the template writer.
 * Refuses while the draft has error-level findings, naming the first ones.
 */
export async function ownDeclarationWorkbook(
  ctx: ServiceContext,
  files: SubmissionFiles,
  actor: OrgActor,
  family: OwnDeclarationFamily = 'CMRT',
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const draft = await ownDeclarationDraft(ctx, actor, family);
  const errors = draft.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0)
    throw new AppError(
      'invalid_input',
      `The ${family} is not complete yet: ${errors.length} problem(s) to fix first.`,
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
