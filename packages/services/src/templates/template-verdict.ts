/**
 * The one reader of a supplier's template for every way one arrives: `assay template check`, the
 * server's intake (upload and API) and `assay intake` all call {@link readSupplierTemplate}, with
 * the same inflater and the same options, so they give the same verdict on every file. Kept free
 * of storage (a subpath export) so the CLI's checking threads load only the core and zlib.
 */
import { type AppError, checkTemplate, type Declaration, type Finding, isAppError, isLimitRefusal } from '@assay/core';
import { nodeInflateRaw } from './node-inflate.js';

/** Why a file could not be read at all, in both UI languages. */
export type TemplateRefusal = {
  readonly en: string;
  readonly nl: string;
  /** True when the reader failed in an unforeseen way (a bug, never the supplier's fault). */
  readonly unexpected: boolean;
  /**
   * The refusal of a file beyond a read limit (docs/decisions/template-read-limits.md), which
   * intake refuses outright instead of storing it as an unreadable submission.
   */
  readonly beyondLimit?: AppError;
};

/** A read template: the declaration and its findings, or the refusal of an unreadable file. */
export type TemplateVerdict =
  | { readonly declaration?: Declaration; readonly findings: Finding[]; readonly refusal?: undefined }
  | { readonly declaration?: undefined; readonly findings: readonly []; readonly refusal: TemplateRefusal };

/** Reads and validates one workbook. Never throws: an unreadable file is a refusal. */
export function readSupplierTemplate(
  bytes: Uint8Array,
  options: { readonly fileName: string; readonly today?: string },
): TemplateVerdict {
  try {
    return checkTemplate(bytes, {
      fileName: options.fileName,
      inflateRaw: nodeInflateRaw,
      ...(options.today ? { today: options.today } : {}),
    });
  } catch (error) {
    if (isAppError(error)) {
      const nl = error.details.messages?.nl ?? error.message;
      const en = error.details.messages?.en ?? error.message;
      const limit = isLimitRefusal(error) ? { beyondLimit: error } : {};
      return { findings: [], refusal: { en, nl, unexpected: false, ...limit } };
    }
    return {
      findings: [],
      refusal: {
        en: `${options.fileName} could not be read. Ask the supplier to save it again as .xlsx from Excel and send it again.`,
        nl: `${options.fileName} kon niet worden gelezen. Vraag de leverancier het opnieuw als .xlsx op te slaan vanuit Excel en het opnieuw te sturen.`,
        unexpected: true,
      },
    };
  }
}
