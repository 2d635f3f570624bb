/**
 * Reads the list sheets by the layout's columns: the rows of the Product List, the Mine List and
 * the Smelter Look-up (the Smelter List has its own file, smelter-list.ts).
 */
import { colNumber } from './cell-ref.js';
import { listText, text } from './cell-text.js';
import type { LookupEntry, Mine, Product } from './declaration.schema.js';
import type { MineField, ProductField } from './layout-types.js';
import { canonicalMineral } from './mineral-names.js';
import type { ReadContext } from './read-context.js';
import type { SheetCells } from './sheet-cells.js';

/** A list row that holds text in one of the layout's columns; `get` returns a field's text. */
export type ListRow<F extends string> = { row: number; get: (field: F) => string | null };

/**
 * Every row from `firstRow` down to the sheet's last value that has text in one of the layout's
 * columns, in order; `get` returns a field's trimmed text (a cached formula 0 counts as empty). Rows are
 * not assumed contiguous: suppliers leave gaps (§11.4).
 */
export function listRows<F extends string>(
  sheet: SheetCells,
  firstRow: number,
  columns: Readonly<Partial<Record<F, string>>>,
): ListRow<F>[] {
  const cols: [F, number][] = [];
  for (const [field, letters] of Object.entries(columns) as [F, string | undefined][]) {
    if (letters !== undefined) cols.push([field, colNumber(letters)]);
  }
  const out: ListRow<F>[] = [];
  // Only rows holding some value can hold one in a layout column.
  for (const row of sheet.rowsWithValues()) {
    if (row < firstRow) continue;
    let cells: Map<F, string> | undefined;
    for (const [field, col] of cols) {
      const v = listText(sheet.value(row, col));
      if (v === null) continue;
      cells ??= new Map<F, string>();
      cells.set(field, v);
    }
    if (cells !== undefined) {
      const found = cells;
      out.push({ row, get: (field) => found.get(field) ?? null });
    }
  }
  return out;
}

/** A list row's metal, canonical where known. */
export function listMetal(metal: string | null): string | null {
  return metal === null ? null : (canonicalMineral(metal) ?? metal);
}

/** The code of a list row's country as written, matched against the workbook's own country list. */
export function listCountryCode(ctx: ReadContext, countryName: string | null): string | null {
  return ctx.countries().match(countryName).code;
}

/** The fields a Smelter and a Mine List row share, in the same order: address, contact, next steps. */
type FacilityField = 'street' | 'city' | 'state' | 'contactName' | 'contactEmail' | 'nextSteps';

/** A Smelter or Mine List row's address, contact and next steps. */
export function facilityFields(get: (field: FacilityField) => string | null) {
  return {
    street: get('street'),
    city: get('city'),
    state: get('state'),
    contactName: get('contactName'),
    contactEmail: get('contactEmail'),
    nextSteps: get('nextSteps'),
  };
}

/** The Product List rows, without the copyright footer. */
export function readProducts(ctx: ReadContext): Product[] {
  const { firstRow, columns } = ctx.layout.productList;
  const sheet = ctx.wb.sheet('Product List', { maxCol: 6 });
  if (!sheet) return [];
  return listRows<ProductField>(sheet, firstRow, columns).flatMap(({ row, get }) => {
    const p = {
      row,
      number: get('number'),
      name: get('name'),
      requesterNumber: get('requesterNumber'),
      requesterName: get('requesterName'),
      comments: get('comments'),
    };
    // The copyright footer (B1001 or B2006, §7) is not a product.
    return [p.number, p.name, p.comments].some((v) => v?.startsWith('©')) ? [] : [p];
  });
}

/** The Mine List rows (EMRT 2.x, AMRT), or none when the layout has no such sheet. */
export function readMines(ctx: ReadContext): Mine[] {
  const layout = ctx.layout.mineList;
  const sheet = layout ? ctx.wb.sheet('Mine List', { maxCol: 13 }) : undefined;
  if (!layout || !sheet) return [];
  return listRows<MineField>(sheet, layout.firstRow, layout.columns).flatMap(({ row, get }) => {
    const metal = get('metal');
    if (metal === null && get('smelterName') === null && get('name') === null && get('mineId') === null) return [];
    return [
      {
        row,
        metal: listMetal(metal),
        smelterName: get('smelterName'),
        name: get('name'),
        mineId: get('mineId'),
        idSource: get('idSource'),
        country: listCountryCode(ctx, get('country')),
        countryName: get('country'),
        ...facilityFields(get),
        comments: get('comments'),
      },
    ];
  });
}

/** The template's own Smelter Look-up rows, where the layout has one. */
export function readLookup(ctx: ReadContext): LookupEntry[] {
  if (!ctx.layout.hasLookup) return [];
  const sheet = ctx.wb.sheet('Smelter Look-up', { maxCol: 5 });
  if (!sheet) return [];
  const out: LookupEntry[] = [];
  // The list repeats a handful of metals: each is made canonical once.
  const metals = new Map<string, string>();
  // Header on row 4, data from row 5 (§5); read by position, the headers are corrupted in Chinese.
  for (let row = 5; row <= sheet.lastRow; row++) {
    const metal = listText(sheet.value(row, 1));
    const alias = text(sheet.value(row, 2));
    if (metal === null || alias === null) continue;
    let canonical = metals.get(metal);
    if (canonical === undefined) {
      canonical = canonicalMineral(metal) ?? metal;
      metals.set(metal, canonical);
    }
    const countryName = listText(sheet.value(row, 4));
    out.push({
      metal: canonical,
      alias,
      standardName: listText(sheet.value(row, 3)),
      country: listCountryCode(ctx, countryName),
      countryName,
      smelterId: listText(sheet.value(row, 5)),
    });
  }
  return out;
}
