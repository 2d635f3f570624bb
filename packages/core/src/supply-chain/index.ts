/**
 * Supply chain at scale: supplier import (mapping, preview, de-duplication), linking received
 * templates to suppliers, intake status, correction requests (nl/en), submission differences, the
 * roll-up with coverage, and the company's own declaration built from the aggregated answers.
 */
export { type CorrectionContext, correctionRequest } from './correction-request.js';
export { SUBMISSION_STATUSES, type SubmissionStatus, submissionStatus } from './intake-status.js';
export { type LinkableSupplier, linkSupplier, type SupplierLink } from './link-supplier.js';
export {
  ORIGIN_SOURCES,
  type OriginSource,
  originCountries,
  originsBySmelterRow,
  type ReportedOrigin,
} from './origins.js';
export {
  buildOwnDeclaration,
  CAUTION_ORDERS,
  type CautionKind,
  type CompanySource,
  cautiousAnswer,
  checkOwnAnswers,
  type DisputedAnswer,
  OWN_DECLARATION_FAMILIES,
  type OwnAnswerField,
  type OwnCompany,
  type OwnDeclarationFamily,
  type OwnFacts,
  type OwnSupplier,
  ownAnswerFields,
  ownCompanySources,
  QUESTION_CAUTION,
  type SupplierAnswer,
  toOwnDeclarationFamily,
} from './own-declaration.js';
export { ownAnswerKey, ownMineralName, ownQuestionKey } from './own-declaration-text.js';
export { readTable, type Table } from './read-table.js';
export {
  type CahraReason,
  type Coverage,
  conformanceListMetals,
  entryConformance,
  type ReportedSmelter,
  RMI_ACTIVE_LIST,
  RMI_CONFORMANT_LIST,
  ROLLUP_CONFORMANCE,
  type RollupConformance,
  type RollupOrigin,
  type RollupSmelter,
  rollUp,
  SMELTER_RED_FLAGS,
  type SmelterRedFlag,
} from './rollup.js';
export {
  assertStorableSize,
  boundFindings,
  STORED_SUBMISSION_LIMITS,
  type StoredSubmissionLimits,
} from './stored-submission.js';
export { diffSubmissions, type FieldChange, type SubmissionDiff } from './submission-diff.js';
export {
  type ColumnMapping,
  type ExistingSupplier,
  guessMapping,
  type ImportedSupplier,
  type ImportIssue,
  type ImportPreviewRow,
  parseAmount,
  previewSupplierImport,
  SUPPLIER_IMPORT_FIELDS,
  type SupplierImportField,
} from './supplier-import.js';
