import {
  AppError,
  type AttachmentLimits,
  type AttachmentType,
  checkAttachments,
  grievanceMessage,
  type PublicLocale,
  stripImageMetadata,
  type UploadedFile,
} from '@assay/core';
import { newId } from '@assay/storage';
import type { GrievanceFiles, StagedFile } from './grievance-files.js';

/** An accepted upload, cleaned of image metadata, ready to stage. */
export type PreparedAttachment = {
  readonly id: string;
  readonly type: AttachmentType;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
};

const MB = 1024 * 1024;

/**
 * Checks uploads by content (never by name or claimed type) and strips location and camera data
 * from photos. Any refusal fails the whole submission with one message per file, named
 * `attachments` so the page shows it next to the file field; nothing is stored then.
 */
export function prepareAttachments(
  files: readonly UploadedFile[],
  limits: AttachmentLimits,
  locale: PublicLocale,
): PreparedAttachment[] {
  const check = checkAttachments(files, limits);
  if (check.rejected.length > 0) {
    const params = {
      size: Math.floor(limits.maxFileBytes / MB),
      count: limits.maxCount,
    };
    const issues = check.rejected.map(({ index, reason }) => {
      const name = index === null ? undefined : files[index]?.fileName;
      const text = grievanceMessage(locale, `grievances.attachment.${reason}`, {
        ...params,
        ...(reason === 'total_too_large' ? { size: Math.floor(limits.maxTotalBytes / MB) } : {}),
      });
      return { path: 'attachments', message: name ? `${name}: ${text}` : text };
    });
    throw new AppError('invalid_input', grievanceMessage(locale, 'grievances.error.invalid'), { issues });
  }
  return check.accepted.map((accepted) => ({
    id: newId(),
    type: accepted.type,
    mediaType: accepted.mediaType,
    bytes: stripImageMetadata(files[accepted.index]?.bytes ?? new Uint8Array()),
  }));
}

/**
 * Writes prepared files under temporary names, runs `work` (the database transaction), then makes
 * the files visible (with the times `at`, when given); if anything fails the temporary files are removed and the error rethrown.
 */
export async function withStagedFiles<T>(
  files: GrievanceFiles,
  caseId: string,
  attachments: readonly PreparedAttachment[],
  work: (staged: ReadonlyMap<string, StagedFile>) => Promise<T>,
  at?: Date,
): Promise<T> {
  const staged = new Map<string, StagedFile>();
  try {
    for (const attachment of attachments) staged.set(attachment.id, await files.stage(caseId, attachment.bytes));
    const result = await work(staged);
    await files.commit([...staged.values()], at);
    return result;
  } catch (error) {
    await files.discard([...staged.values()]).catch(() => undefined);
    throw error;
  }
}
