/**
 * Reads any supported RMI template into the canonical {@link Declaration}, by cell address from
 * the layout of its family and version, so the UI language it was saved in does not matter
 * (labels are never read; answers are stored in English, RMI-TEMPLATES §3.3).
 */

import { readCompanyBlock } from './company-block.js';
import type { Declaration, Finding, TemplateReadResult } from './declaration.schema.js';
import { checkAnchors, readCompanyQuestions, readMinerals, slotNames } from './declaration-questions.js';
import { identifyTemplate } from './identify-template.js';
import { chooseLayout, SUPPORTED_VERSIONS } from './layouts.js';
import { readLookup, readMines, readProducts } from './list-sheets.js';
import { DECLARATION, type ReadContext, readContext } from './read-context.js';
import { makeFinding } from './rules.js';
import { readSmelters } from './smelter-list.js';
import { Workbook } from './workbook.js';
import type { InflateRaw, ZipLimits } from './zip-archive.js';

/** Options of {@link readTemplate}. */
export type ReadOptions = {
  /** The file name, used only in error messages (never to identify the template). */
  readonly fileName?: string;
  readonly limits?: ZipLimits;
  /**
   * A faster (native) raw-DEFLATE inflater to use instead of the built-in pure-JS one, e.g.
   * `nodeInflateRaw` from `@assay/services` under Node; the limits hold either way.
   */
  readonly inflateRaw?: InflateRaw;
  /**
   * `false`: search the parts' bytes in plain JavaScript instead of WebAssembly SIMD (the result
   * is the same; without WebAssembly, or under a Content-Security-Policy that refuses it, the
   * reader does so anyway).
   */
  readonly simd?: boolean;
};

/** Reads a template file. Throws `unreadable_file` only when the file cannot be read at all. */
export function readTemplate(bytes: Uint8Array, options: ReadOptions = {}): TemplateReadResult {
  const wb = Workbook.open(bytes, options);
  return readWorkbook(wb);
}

/** Reads an opened workbook (used by the writer to re-read what it wrote). */
export function readWorkbook(wb: Workbook): TemplateReadResult {
  const declSheet = wb.sheet(DECLARATION, { maxCol: 10, maxRow: 200 });
  const identity = identifyTemplate(wb, declSheet);
  if ('code' in identity) return { findings: [identity] };
  const { family, version } = identity;
  const choice = chooseLayout(family, version);
  const { minimum, latest } = SUPPORTED_VERSIONS[family];
  if (choice.status === 'unsupported' || identity.legacy || !declSheet) {
    return {
      findings: [
        makeFinding('version_unsupported', {
          sheet: DECLARATION,
          cell: 'J3',
          params: { family, version, minimum, latest },
        }),
      ],
    };
  }
  const findings: Finding[] = [];
  if (choice.status === 'newer')
    findings.push(
      makeFinding('version_newer', {
        sheet: DECLARATION,
        cell: 'J3',
        params: { family, version, known: choice.knownVersion },
      }),
    );
  if (choice.status === 'unlisted')
    findings.push(
      makeFinding('version_unlisted', {
        sheet: DECLARATION,
        cell: 'J3',
        params: { family, version, known: choice.knownVersion },
      }),
    );
  const ctx = readContext(wb, declSheet, choice.layout, findings);
  return { declaration: readDeclaration(ctx, family, version), findings };
}

/** Reads one declaration with one layout, in the order its findings are reported. */
function readDeclaration(ctx: ReadContext, family: Declaration['family'], version: string): Declaration {
  const block = readCompanyBlock(ctx);
  checkAnchors(ctx);
  const slots = slotNames(ctx);
  const minerals = readMinerals(ctx, slots);
  return {
    family,
    version,
    ...block,
    minerals,
    companyQuestions: readCompanyQuestions(ctx, slots),
    products: readProducts(ctx),
    smelters: readSmelters(ctx),
    mines: readMines(ctx),
    lookup: readLookup(ctx),
  };
}
