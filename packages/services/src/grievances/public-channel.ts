import {
  AppError,
  checkCaseNumber,
  checkPassphrase,
  type GrievanceReceipt,
  grievanceMessage,
  isHoneypotTripped,
  issueReceipt,
  openCase,
  type PublicCaseView,
  type PublicLocale,
  parseSubmission,
  publicView,
  receptionTime,
  SUBMISSION_LIMITS,
  type UploadedFile,
} from '@assay/core';
import { newId, type Organisation, type StoredGrievance } from '@assay/storage';
import type { ServiceContext } from '../context.js';
import type { GrievanceDesk } from './grievance-desk.js';
import { prepareAttachments, withStagedFiles } from './incoming-attachments.js';
import { publicClientBucket } from './public-client.js';
import { verifyAgainstDummySecret } from './secret-hasher.js';

/** A public channel: the organisation (or branch organisation) and, for a branch, its members. */
export type GrievanceChannel = { readonly organisation: Organisation; readonly members: readonly Organisation[] };

/** The one answer for an unknown case number, a wrong passphrase and a missing one. */
const NOT_FOUND = 'No report was found for this case number and passphrase.';

const PUBLIC_ACTOR = { userId: null, label: 'public' } as const;

/** The channel behind a slug; unknown slugs are `not_found`. */
export async function findGrievanceChannel(ctx: ServiceContext, slug: string): Promise<GrievanceChannel> {
  const organisation = slug.length <= 64 ? await ctx.store.organisations.findBySlug(slug) : undefined;
  if (!organisation) throw new AppError('not_found', 'There is no reporting channel at this address.');
  const members =
    organisation.kind === 'branch' ? await ctx.store.organisations.listBranchMembers(organisation.id) : [];
  return { organisation, members };
}

export type GrievanceReport = {
  /** Form fields or JSON, validated by the core's submission schema. */
  readonly input: unknown;
  readonly files?: readonly UploadedFile[];
  /** Language of the error messages (the page's language). */
  readonly locale: PublicLocale;
  /** The network the request comes from (the server's `clientNetwork`); only its bucket is counted. */
  readonly client: string;
  /** The second step sent back with the report, when the flood gate asked for one. */
  readonly secondStep?: string | undefined;
};

async function freshReceipt(ctx: ServiceContext): Promise<GrievanceReceipt> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const receipt = issueReceipt();
    if (!(await ctx.store.grievances.caseNumberExists(receipt.caseNumber))) return receipt;
  }
  throw new AppError('internal', 'Could not issue a unique case number.');
}

/**
 * Files a report on a public channel: no account, and nothing about the request (address, browser)
 * is stored. Returns the receipt, the only time the passphrase exists outside the reporter's hands.
 * A tripped honeypot gets a receipt too, but nothing is stored. An invalid report costs nothing and
 * is not counted; a valid one passes the flood gate, which may ask for a second step (`rate_limited`
 * with `retryAfter` and `secondStep`) when its client or its text has sent many reports, and counts
 * it in the transaction that stores it.
 */
export async function submitGrievance(
  desk: GrievanceDesk,
  channelSlug: string,
  report: GrievanceReport,
): Promise<GrievanceReceipt> {
  const { ctx } = desk;
  const channel = await findGrievanceChannel(ctx, channelSlug);
  if (isHoneypotTripped(report.input)) return issueReceipt();
  const submission = parseSubmission(report.input, {
    locale: report.locale,
    ...(channel.organisation.kind === 'branch' ? { memberSlugs: channel.members.map((m) => m.slug) } : {}),
  });
  const attachments = prepareAttachments(report.files ?? [], desk.attachmentLimits, report.locale);
  const gate = await desk.floodGate.admit({
    channel: channel.organisation.slug,
    client: String(report.client ?? ''),
    description: submission.description,
    secondStep: report.secondStep,
  });
  const receipt = await freshReceipt(ctx);
  const secret = checkPassphrase(receipt.passphrase);
  if (!secret.valid) throw new AppError('internal', 'Issued passphrase failed its own check.');
  const secretHash = await desk.hasher.hash(secret.secret);
  const caseId = newId();
  const grievance = openCase({
    id: caseId,
    caseNumber: receipt.caseNumber,
    channel: channel.organisation.slug,
    submission,
    attachments: attachments.map((a) => ({ id: a.id, type: a.type, size: a.bytes.length })),
    // To the hour (or day): a stored millisecond would match the reporter's line in a proxy log.
    receivedAt: receptionTime(ctx.now(), desk.receptionPrecision),
  });
  const receivedAt = grievance.receivedAt;
  await withStagedFiles(
    desk.files,
    caseId,
    attachments,
    (staged) =>
      ctx.store.transaction(async (tx) => {
        await tx.grievances.create({ organisationId: channel.organisation.id, grievance, secretHash });
        for (const attachment of attachments) {
          await tx.grievances.addAttachment({
            id: attachment.id,
            caseId,
            type: attachment.type,
            mediaType: attachment.mediaType,
            size: attachment.bytes.length,
            storageName: staged.get(attachment.id)?.storageName ?? '',
            createdAt: receivedAt,
          });
        }
        await tx.audit.record({
          at: receivedAt,
          organisationId: channel.organisation.id,
          actor: PUBLIC_ACTOR,
          entity: 'grievance',
          entityId: caseId,
          action: 'submit',
          summary: { category: submission.category, attachments: attachments.length },
        });
        await desk.floodGate.accepted(tx.throttleCounts, gate);
      }),
    new Date(receivedAt),
  );
  return receipt;
}

/**
 * What the reporter types to open a report, and the network the request comes from (the server's
 * `clientNetwork`): only its 16-bit bucket is used, hashed, as a key of the passphrase throttle.
 */
export type ReporterCredentials = {
  readonly caseNumber: string;
  readonly passphrase: string;
  readonly client: string;
};

/** An opened report: the reporter's view and the organisation's name for the page. */
export type ReporterCase = {
  readonly caseId: string;
  readonly organisationId: string;
  readonly view: PublicCaseView;
};

/**
 * Opens a report with its case number and passphrase. Unknown case numbers, wrong and missing
 * passphrases all give the same `not_found`. Wrong passphrases go through the follow-up throttle:
 * a (case, client) pair that keeps guessing waits a growing delay (`rate_limited` with `retryAfter`),
 * a client guessing over many cases is slowed down; the right passphrase from another client is
 * checked at once.
 */
export async function openReporterCase(desk: GrievanceDesk, credentials: ReporterCredentials): Promise<ReporterCase> {
  const grievance = await verifyReporter(desk, credentials);
  return { caseId: grievance.id, organisationId: grievance.organisationId, view: publicView(grievance) };
}

async function verifyReporter(desk: GrievanceDesk, credentials: ReporterCredentials): Promise<StoredGrievance> {
  const number = checkCaseNumber(String(credentials.caseNumber ?? '').slice(0, 64));
  const passphrase = checkPassphrase(String(credentials.passphrase ?? '').slice(0, 64));
  if (!number.valid) throw new AppError('not_found', NOT_FOUND);
  const attempt = {
    subject: number.caseNumber,
    client: publicClientBucket(await desk.secret(), String(credentials.client ?? '')),
  };
  await desk.followUp.admit(attempt);
  const secret = passphrase.valid ? passphrase.secret : '';
  const found = await desk.ctx.store.grievances.findSecret(number.caseNumber);
  const verified =
    found && passphrase.valid
      ? await desk.hasher.verify(found.secretHash, secret)
      : await verifyAgainstDummySecret(desk.hasher, secret);
  if (!found || !verified) {
    await desk.followUp.failed(attempt);
    throw new AppError('not_found', NOT_FOUND);
  }
  const grievance = await desk.ctx.store.grievances.get(found.organisationId, found.id);
  if (!grievance) throw new AppError('not_found', NOT_FOUND);
  await desk.followUp.succeeded(attempt);
  return grievance;
}

/** A message (and files) from the reporter on an opened report. */
export type ReporterMessageInput = ReporterCredentials & {
  readonly body: string;
  readonly files?: readonly UploadedFile[];
  readonly locale: PublicLocale;
};

/** Adds the reporter's message and files to the report, after checking the passphrase again. */
export async function addReporterMessage(desk: GrievanceDesk, input: ReporterMessageInput): Promise<ReporterCase> {
  const grievance = await verifyReporter(desk, input);
  const body = String(input.body ?? '').trim();
  const files = input.files ?? [];
  if (body.length > SUBMISSION_LIMITS.descriptionMax) {
    throw new AppError('invalid_input', grievanceMessage(input.locale, 'grievances.error.invalid'), {
      issues: [
        {
          path: 'body',
          message: grievanceMessage(input.locale, 'grievances.error.text_too_long', {
            max: SUBMISSION_LIMITS.descriptionMax,
          }),
        },
      ],
    });
  }
  if (body === '' && files.length === 0) {
    throw new AppError('invalid_input', grievanceMessage(input.locale, 'grievances.error.invalid'), {
      issues: [{ path: 'body', message: grievanceMessage(input.locale, 'grievances.error.invalid') }],
    });
  }
  const attachments = prepareAttachments(files, desk.attachmentLimits, input.locale);
  const messageId = newId();
  const { ctx } = desk;
  // Coarse like the reception time, yet after the case's latest message (by one millisecond), so
  // the conversation keeps its order; that message's time is stored already, so nothing new is told.
  const coarse = receptionTime(ctx.now(), desk.receptionPrecision).toISOString();
  const latest = grievance.messages
    .map((message) => message.at)
    .sort()
    .at(-1);
  const at = latest && latest >= coarse ? new Date(new Date(latest).getTime() + 1).toISOString() : coarse;
  await withStagedFiles(
    desk.files,
    grievance.id,
    attachments,
    (staged) =>
      ctx.store.transaction(async (tx) => {
        await tx.grievances.addMessage(grievance.organisationId, {
          id: messageId,
          caseId: grievance.id,
          visibility: 'reporter',
          from: 'reporter',
          body,
          at,
        });
        for (const attachment of attachments) {
          await tx.grievances.addAttachment({
            id: attachment.id,
            caseId: grievance.id,
            messageId,
            type: attachment.type,
            mediaType: attachment.mediaType,
            size: attachment.bytes.length,
            storageName: staged.get(attachment.id)?.storageName ?? '',
            createdAt: at,
          });
        }
        await tx.audit.record({
          at,
          organisationId: grievance.organisationId,
          actor: PUBLIC_ACTOR,
          entity: 'grievance',
          entityId: grievance.id,
          action: 'reporter_message',
          summary: { attachments: attachments.length },
        });
      }),
    new Date(at),
  );
  const updated = await ctx.store.grievances.get(grievance.organisationId, grievance.id);
  if (!updated) throw new AppError('not_found', NOT_FOUND);
  return { caseId: updated.id, organisationId: updated.organisationId, view: publicView(updated) };
}
