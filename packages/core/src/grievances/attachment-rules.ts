import { z } from 'zod';
import {
  ATTACHMENT_MEDIA_TYPES,
  type AttachmentType,
  attachmentTypeOfFileName,
  attachmentTypeOfMediaType,
  sniffAttachment,
} from './sniff-attachment.js';

/** Limits on attachments; the server may lower them (it also caps the request body). */
export const attachmentLimitsSchema = z.object({
  /** Files per submission or message. */
  maxCount: z.number().int().min(0).max(20).default(5),
  /** Bytes per file. 10 MB holds a phone photo or a scanned page. */
  maxFileBytes: z
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  /** Bytes of all files together. */
  maxTotalBytes: z
    .number()
    .int()
    .positive()
    .default(25 * 1024 * 1024),
});
export type AttachmentLimits = z.infer<typeof attachmentLimitsSchema>;

/** The default limits. */
export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimits = attachmentLimitsSchema.parse({});

/** One uploaded file as the server received it. `fileName` and `declaredType` are the sender's claims. */
export type UploadedFile = {
  readonly fileName?: string;
  readonly declaredType?: string;
  readonly bytes: Uint8Array;
};

/** Why a file is refused; `grievances.attachment.<reason>` is the message to show. */
export const ATTACHMENT_REJECTIONS = [
  'empty',
  'too_large',
  'unsupported_type',
  'type_mismatch',
  'too_many',
  'total_too_large',
] as const;
export type AttachmentRejection = (typeof ATTACHMENT_REJECTIONS)[number];

/** An accepted file: its real kind and the media type to store it with. */
export type AcceptedAttachment = {
  readonly index: number;
  readonly type: AttachmentType;
  readonly mediaType: string;
  readonly size: number;
};

/** The verdict on a set of files: the accepted ones, and one rejection per refused file or limit. */
export type AttachmentCheck = {
  readonly accepted: readonly AcceptedAttachment[];
  readonly rejected: readonly { readonly index: number | null; readonly reason: AttachmentRejection }[];
};

function checkOne(file: UploadedFile): AttachmentType | AttachmentRejection {
  if (file.bytes.length === 0) return 'empty';
  const type = sniffAttachment(file.bytes);
  if (type === undefined) return 'unsupported_type';
  // A claim that names another accepted kind is a mismatch (a renamed file, or a polyglot); a claim
  // we do not know (application/octet-stream, no extension) is ignored because the bytes decide.
  const claimed = [
    file.declaredType === undefined ? undefined : attachmentTypeOfMediaType(file.declaredType),
    file.fileName === undefined ? undefined : attachmentTypeOfFileName(file.fileName),
  ];
  if (claimed.some((claim) => claim !== undefined && claim !== type)) return 'type_mismatch';
  return type;
}

/**
 * Checks uploaded files against the accepted kinds (by content sniffing) and the limits. Expected
 * refusals are data: the page shows each one next to its file and the reporter can try again.
 */
export function checkAttachments(
  files: readonly UploadedFile[],
  limits: AttachmentLimits = DEFAULT_ATTACHMENT_LIMITS,
): AttachmentCheck {
  const accepted: AcceptedAttachment[] = [];
  const rejected: { index: number | null; reason: AttachmentRejection }[] = [];
  if (files.length > limits.maxCount) rejected.push({ index: null, reason: 'too_many' });
  let total = 0;
  files.forEach((file, index) => {
    if (file.bytes.length > limits.maxFileBytes) {
      rejected.push({ index, reason: 'too_large' });
      return;
    }
    const verdict = checkOne(file);
    if (verdict === 'pdf' || verdict === 'png' || verdict === 'jpeg' || verdict === 'text') {
      total += file.bytes.length;
      accepted.push({ index, type: verdict, mediaType: ATTACHMENT_MEDIA_TYPES[verdict], size: file.bytes.length });
    } else {
      rejected.push({ index, reason: verdict });
    }
  });
  if (total > limits.maxTotalBytes) rejected.push({ index: null, reason: 'total_too_large' });
  return { accepted, rejected };
}
