/**
 * The grievance mechanism (OECD RBC Guidance step 6; CSDDD Art. 14, Directive (EU) 2024/1760;
 * LkSG §8; UNGP 31) as pure domain logic: no I/O, runs in Node and the browser.
 *
 * - Intake: `parseSubmission` (zod schema), `isHoneypotTripped`, `checkAttachments` with content
 *   sniffing, and `stripImageMetadata` to remove location and camera data from photos.
 * - Receipt: `issueReceipt` gives an unguessable case number and passphrase; `checkCaseNumber` and
 *   `checkPassphrase` read what people type; the server hashes through the `SecretHasher` port.
 * - Case handling: `openCase`, the state machine `transition` / `applyCaseEvent`, `deadlinesFor`,
 *   `casesDueForDeletion`, and `publicView`, the only projection a reporter may see.
 * - Reporting: `grievanceStatistics` for the annual report.
 * - Floods: `reportWaitSeconds` (a second step past a client's or a text's free reports, never a
 *   refusal) and `reportFingerprint`, the form identical texts share.
 * - Reception times cut to the hour or day (`receptionTime`), so no stored time matches a proxy log.
 * - Texts: `GRIEVANCE_MESSAGES` in nl, en, de, fr (`grievances.*` keys).
 */

export {
  type AcceptedAttachment,
  ATTACHMENT_REJECTIONS,
  type AttachmentCheck,
  type AttachmentLimits,
  type AttachmentRejection,
  attachmentLimitsSchema,
  checkAttachments,
  DEFAULT_ATTACHMENT_LIMITS,
  type UploadedFile,
} from './attachment-rules.js';
export { caseAsOf } from './case-as-of.js';
export { type CaseNumberCheck, checkCaseNumber, generateCaseNumber } from './case-number.js';
export {
  ALLOWED_FROM,
  applyCaseEvent,
  type CaseEvent,
  type TransitionRefusal,
  type TransitionResult,
  transition,
} from './case-transitions.js';
export { GRIEVANCE_CATEGORIES, type GrievanceCategory, themeGroupOfCategory } from './categories.js';
export { CODE_ALPHABET } from './code-alphabet.js';
export { constantTimeEqual } from './constant-time.js';
export { type CaseDeadlines, deadlinesFor } from './deadlines.js';
export {
  REPORT_FLOOD_POLICY,
  type ReportCounts,
  type ReportFloodPolicy,
  reportFingerprint,
  reportWaitSeconds,
} from './flood-policy.js';
export {
  CASE_EVENT_TYPES,
  CASE_OUTCOMES,
  CASE_STATUSES,
  type CaseAttachment,
  type CaseEventType,
  type CaseLink,
  type CaseMessage,
  type CaseOutcome,
  type CaseOutcomeKind,
  type CaseStatus,
  type GrievanceCase,
  type InternalNote,
  isOpenStatus,
  OPEN_STATUSES,
  type OpenCaseInput,
  type OpenStatus,
  openCase,
  REMEDY_RESULTS,
  type RemedyPlan,
  type RemedyRecord,
  type RemedyResult,
  type ReporterMessage,
  type StatusChange,
} from './grievance-case.js';
export {
  DEFAULT_GRIEVANCE_SETTINGS,
  type GrievanceSettings,
  grievanceSettingsSchema,
} from './grievance-settings.schema.js';
export { isHoneypotTripped } from './honeypot.js';
export {
  GRIEVANCE_MESSAGES,
  type GrievanceMessageKey,
  grievanceMessage,
  placeholdersOf,
} from './messages.js';
export { type ParseSubmissionOptions, parseSubmission } from './parse-submission.js';
export { checkPassphrase, generatePassphrase, type PassphraseCheck } from './passphrase.js';
export { type PublicCaseView, publicView } from './public-view.js';
export { type RandomSource, webCryptoRandom } from './random-source.js';
export { type GrievanceReceipt, issueReceipt } from './receipt.js';
export {
  DEFAULT_RECEPTION_PRECISION,
  isAtPrecision,
  RECEPTION_PRECISIONS,
  type ReceptionPrecision,
  receptionTime,
  receptionTimeText,
} from './reception-time.js';
export { casesDueForDeletion } from './retention.js';
export type { SecretHasher } from './secret-hasher.js';
export {
  ATTACHMENT_EXTENSIONS,
  ATTACHMENT_MEDIA_TYPES,
  ATTACHMENT_TYPES,
  type AttachmentType,
  attachmentTypeOfFileName,
  attachmentTypeOfMediaType,
  sniffAttachment,
} from './sniff-attachment.js';
export {
  type DurationSummary,
  type GrievanceStatistics,
  grievanceStatistics,
  type ReportingPeriod,
} from './statistics.js';
export { stripImageMetadata } from './strip-image-metadata.js';
export { stripJpegMetadata } from './strip-jpeg-metadata.js';
export { stripPngMetadata } from './strip-png-metadata.js';
export {
  createSubmissionSchema,
  type GrievanceSubmission,
  type GrievanceSubmissionInput,
  grievanceSubmissionSchema,
  HONEYPOT_FIELD,
  SUBMISSION_LIMITS,
  type SubmissionSchemaOptions,
} from './submission.schema.js';
