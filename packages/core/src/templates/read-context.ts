/** What the parts of one template read share: the workbook, its Declaration sheet, the layout and the findings. */
import { ref } from './cell-ref.js';
import { truncate } from './cell-text.js';
import { CountryIndex } from './countries.js';
import type { Finding } from './declaration.schema.js';
import type { TemplateLayout } from './layout-types.js';
import { cleanText } from './normalise.js';
import { makeFinding } from './rules.js';
import type { CellValue, SheetCells } from './sheet-cells.js';
import type { Workbook } from './workbook.js';

/** The sheet holding the company block and the questions. */
export const DECLARATION = 'Declaration';

/** One declaration read with one layout; each part pushes its read findings onto `findings`. */
export type ReadContext = {
  readonly wb: Workbook;
  /** The scanned Declaration sheet. */
  readonly decl: SheetCells;
  readonly layout: TemplateLayout;
  readonly findings: Finding[];
  /** The country index of this workbook (its sheet `C`), built on first need. */
  readonly countries: () => CountryIndex;
};

/** A context for reading `decl` of `wb` with `layout`; findings go to `findings`. */
export function readContext(wb: Workbook, decl: SheetCells, layout: TemplateLayout, findings: Finding[]): ReadContext {
  let countryIndex: CountryIndex | undefined;
  const countries = (): CountryIndex => {
    countryIndex ??= new CountryIndex(wb.sheet('C', { maxCol: 2, maxRow: 300 }));
    return countryIndex;
  };
  return { wb, decl, layout, findings, countries };
}

/** The Declaration sheet's value at an A1 address. */
export function valueAt(ctx: ReadContext, a1: string): CellValue | undefined {
  const { row, col } = ref(a1);
  return ctx.decl.value(row, col);
}

/** The Declaration sheet's trimmed text at an A1 address, or `null` when empty. */
export function textAt(ctx: ReadContext, a1: string): string | null {
  return cleanText(valueAt(ctx, a1));
}

/** The `answer_not_in_list` finding for `value` in `cell` of `sheet`, which is none of `allowed`. */
export function notInList(sheet: string, cell: string, value: string, allowed: readonly string[]): Finding {
  return makeFinding('answer_not_in_list', {
    sheet,
    cell,
    params: { value: truncate(value), allowed: allowed.join(' / ') },
  });
}

/** True for a literal 0 (number or text): what a formula result pasted as a value leaves behind (§12). */
export function isZeroPlaceholder(value: CellValue | undefined): boolean {
  return value === 0 || (typeof value === 'string' && value.trim() === '0');
}

/** The finding for literal 0s in `cells` of `sheet`, which Assay reads as empty. */
export function zeroPlaceholder(sheet: string, cells: readonly string[], row?: number): Finding {
  return makeFinding('zero_placeholder', {
    sheet,
    cell: cells[0] ?? null,
    params: { cells: cells.join(', '), ...(row === undefined ? {} : { row }) },
  });
}
