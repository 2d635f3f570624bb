/**
 * RMI reporting-template engine: read, check and fill CMRT, EMRT, CRT and AMRT workbooks.
 * Pure (no I/O, no `node:*`): bytes in, data or bytes out, so it also runs in the browser.
 *
 * - `readTemplate(bytes, { fileName?, limits?, inflateRaw? })` → `{ declaration?, findings }`: the
 *   canonical {@link Declaration} (family and version from the workbook itself, never the file
 *   name) and the problems met while reading (unknown answers, unreadable dates, a newer version…).
 *   Throws `AppError('unreadable_file')` only when the file cannot be read at all: not a zip
 *   (JPEG, PDF…), a legacy .xls, a password-protected workbook, a truncated or damaged zip, a zip
 *   bomb, XML with a DTD, impossible sheet dimensions. Each message says what to send instead.
 *   `inflateRaw` ({@link InflateRaw}) plugs in a native inflater, several times faster than the
 *   built-in pure-JS one (fflate): under Node, `nodeInflateRaw` from `@assay/services`. The zip
 *   limits hold either way.
 *
 * Speed: only the parts a read needs are inflated, and no part is decoded whole. Sheets are
 * scanned as bytes, visiting only the cells that hold a value (`<v>`, `<is>`): the thousands of
 * formula rows with empty cached values in the Smelter List are passed over four bytes at a time.
 * Shared strings are indexed up front and decoded on first use.
 * - `validateDeclaration(declaration, { today? })` → findings of RMI's Checker rules plus
 *   Assay's consistency checks (CIDs and names against the template's own Look-up, countries,
 *   duplicates, dates, e-mails). Every finding: `severity`, stable `code`, `sheet`, `cell`,
 *   `message {en, nl}` and a `fix {en, nl}` text to send to the supplier. Codes: {@link RULES}
 *   and docs/TEMPLATE-RULES.md.
 * - `checkTemplate(bytes, options)` = read + validate, findings merged.
 * - `fillTemplate(blank, declaration)` → the official blank the user supplied with the
 *   declaration written into it; every other part is copied byte for byte, and Excel recalculates
 *   on open.
 *
 * Coverage: CMRT 6.0–6.5, EMRT 1.0–2.1, CRT 2.2 ("2.21"), AMRT 1.2–1.3; newer minor versions read
 * with a `version_newer` warning; CMRT before 6.0 gives a `version_unsupported` finding.
 */
export { checkTemplate } from './check-template.js';
export {
  type Answer,
  answerSchema,
  type Bilingual,
  type CompanyQuestion,
  companyQuestionSchema,
  type Declaration,
  declarationSchema,
  FINDING_SEVERITIES,
  type Finding,
  findingSchema,
  type LookupEntry,
  lookupEntrySchema,
  type Mine,
  type Mineral,
  mineralSchema,
  mineSchema,
  type Product,
  productSchema,
  type Smelter,
  scopeCodeSchema,
  smelterRow,
  smelterSchema,
  type TemplateReadResult,
  templateFamilySchema,
  templateReadResultSchema,
} from './declaration.schema.js';
export { fillTemplate } from './fill-template.js';
export { TEMPLATE_FAMILIES, type TemplateFamily } from './layout-types.js';
export { KNOWN_VERSIONS, SUPPORTED_VERSIONS } from './layouts.js';
export {
  DEFAULT_READ_LIMITS,
  isLimitRefusal,
  isReadRefusal,
  type ReadLimits,
} from './read-limits.js';
export { type ReadOptions, readTemplate } from './read-template.js';
export { RULES, type RuleCode, type RuleDefinition } from './rules.js';
export { type ValidateOptions, validateDeclaration } from './validate-declaration.js';
export { DEFAULT_ZIP_LIMITS, type InflateRaw, type ZipLimits } from './zip-archive.js';
