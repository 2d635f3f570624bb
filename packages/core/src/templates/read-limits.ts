/**
 * What reading one template may cost, and the two refusals of the reader, in English and Dutch: a
 * damaged package (naming the part and what was expected there) and a file beyond a limit (naming
 * the sheet and the limit). The limits are set from the real templates with a wide margin; the
 * measurement is in docs/decisions/template-read-limits.md.
 */
import { AppError, type ErrorIssue } from '../errors.js';

/** Per-sheet bounds, enforced while a sheet is scanned (a sheet beyond one is refused at that cell). */
export type ReadLimits = {
  /** Highest row that may hold a value (real templates: 6,230, on SorP; the Smelter List 2,504). */
  readonly maxRows: number;
  /** Most cells holding a value in one sheet (real templates: 18,678). */
  readonly maxCells: number;
  /** Longest text in one cell, in UTF-16 code units: Excel's own limit (real templates: 31,388). */
  readonly maxCellText: number;
};

/** Default {@link ReadLimits}. */
export const DEFAULT_READ_LIMITS: ReadLimits = { maxRows: 20_000, maxCells: 250_000, maxCellText: 32_767 };

/**
 * The refusals made here: final wherever they are found (a scan's fast path refusing a sheet
 * needs no second, full scan to confirm it: that scan stores the same cells).
 */
const REFUSALS = new WeakSet<AppError>();

/** True for a refusal made by {@link damagedFile} or {@link beyondLimit}. */
export function isReadRefusal(error: unknown): boolean {
  return error instanceof AppError && REFUSALS.has(error);
}

/** The refusals of {@link beyondLimit} and {@link beyondPackageLimit}: the file is too big to read, not damaged. */
const LIMIT_REFUSALS = new WeakSet<AppError>();

/**
 * True for a refusal because the file goes beyond a read limit (rows, cells, text per cell,
 * parts, inflated size, compression ratio). Intake stores nothing for such a file: no row, no bytes.
 */
export function isLimitRefusal(error: unknown): boolean {
  return error instanceof AppError && LIMIT_REFUSALS.has(error);
}

function remember(error: AppError, limit = false): AppError {
  REFUSALS.add(error);
  if (limit) LIMIT_REFUSALS.add(error);
  return error;
}

/** A text in both UI languages. */
export type Bilingual = { readonly en: string; readonly nl: string };

const AGAIN: Bilingual = {
  en: 'Ask the supplier to open the template in Excel, save it again as .xlsx and send the new file.',
  nl: 'Vraag de leverancier de template in Excel te openen, opnieuw als .xlsx op te slaan en het nieuwe bestand te sturen.',
};

/**
 * A part name fit for a message: a damaged zip directory can hand over a name with control bytes
 * or the bytes of the next record, so those become "?" and the name is cut at 80 characters.
 */
function printablePart(name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, '?');
  return clean.length > 80 ? `${clean.slice(0, 79)}…` : clean;
}

/**
 * The package is damaged: `what` says what is wrong or what was expected, `part` names the zip
 * entry (or the package itself). Never read as an empty declaration.
 */
export function damagedFile(
  rawPart: string,
  what: Bilingual,
  where: Omit<ErrorIssue, 'message' | 'part'> = {},
): AppError {
  const part = printablePart(rawPart);
  const en = `The file is damaged: ${what.en} (part ${part}). ${AGAIN.en}`;
  const nl = `Het bestand is beschadigd: ${what.nl} (onderdeel ${part}). ${AGAIN.nl}`;
  return remember(
    new AppError('unreadable_file', en, {
      messages: { en, nl },
      issues: [{ ...where, part, message: what.en }],
      hint: AGAIN.en,
    }),
  );
}

/** A sheet goes beyond a read limit: refused at once, naming the sheet and the limit. */
export function beyondLimit(sheet: string, what: Bilingual, cell?: string): AppError {
  const en = `Sheet "${sheet}" ${what.en}, more than any RMI template needs; the file is refused without reading further. Remove what was added beyond the template's rows, or ask the supplier for the template as it was filled in.`;
  const nl = `Werkblad "${sheet}" ${what.nl}, meer dan een RMI-template ooit nodig heeft; het bestand is geweigerd zonder verder te lezen. Verwijder wat buiten de rijen van de template is toegevoegd, of vraag de leverancier om de template zoals die is ingevuld.`;
  return remember(
    new AppError('unreadable_file', en, {
      messages: { en, nl },
      issues: [{ sheet, ...(cell ? { cell } : {}), message: what.en }],
    }),
    true,
  );
}

/**
 * The package goes beyond a limit of the zip reader (parts, inflated size, ratio): `text` names
 * the sheet (or part) and the limit; `where` is the part, and the sheet when it is a worksheet.
 */
export function beyondPackageLimit(text: Bilingual, where?: { part: string; sheet?: string }): AppError {
  return remember(
    new AppError('unreadable_file', text.en, {
      messages: text,
      ...(where ? { issues: [{ ...where, message: text.en }] } : {}),
    }),
    true,
  );
}

/** The refusal of a value beyond a row, cell-count or text limit. */
export const limitText = {
  rows: (limit: number, row: number): Bilingual => ({
    en: `has a value in row ${row}, beyond the limit of ${limit.toLocaleString('en')} rows`,
    nl: `heeft een waarde in rij ${row}, voorbij de grens van ${limit.toLocaleString('nl')} rijen`,
  }),
  cells: (limit: number): Bilingual => ({
    en: `holds more than ${limit.toLocaleString('en')} filled cells`,
    nl: `bevat meer dan ${limit.toLocaleString('nl')} gevulde cellen`,
  }),
  text: (limit: number, cell: string): Bilingual => ({
    en: `holds a text longer than ${limit.toLocaleString('en')} characters in cell ${cell} (Excel's own limit per cell)`,
    nl: `bevat in cel ${cell} een tekst van meer dan ${limit.toLocaleString('nl')} tekens (de grens van Excel zelf per cel)`,
  }),
};
