/** Reads the Smelter List rows, with the "100% recycled" answer mapped back from any UI language. */
import { RECYCLED } from './answer-sets.js';
import { colNumber } from './cell-ref.js';
import type { Smelter } from './declaration.schema.js';
import type { SmelterField } from './layout-types.js';
import { facilityFields, listCountryCode, listMetal, listRows } from './list-sheets.js';
import { canonicalAnswer, cleanText, looseKey } from './normalise.js';
import { isZeroPlaceholder, notInList, type ReadContext, zeroPlaceholder } from './read-context.js';
import type { CellValue, SheetCells } from './sheet-cells.js';

const SMELTER_LIST = 'Smelter List';

/** The Smelter List rows that name a metal, a look-up, a smelter or an id. */
export function readSmelters(ctx: ReadContext): Smelter[] {
  const { firstRow, columns } = ctx.layout.smelterList;
  const sheet = ctx.wb.sheet(SMELTER_LIST, { maxCol: 17 });
  if (!sheet) return [];
  let translated: Map<string, string> | undefined;
  const translations = () => {
    translated ??= recycledTranslations(ctx);
    return translated;
  };
  return listRows<SmelterField>(sheet, firstRow, columns).flatMap(({ row, get }) => {
    const metal = get('metal');
    const smelterId = get('smelterId') ?? get('smelterIdInput');
    // Skip rows without metal, look-up, name or id (§11.4): helper values alone are not a row.
    if (metal === null && get('lookupName') === null && get('name') === null && smelterId === null) return [];
    const zeros = zeroCells(sheet, row, columns);
    if (zeros.length > 0) ctx.findings.push(zeroPlaceholder(SMELTER_LIST, zeros, row));
    const recycledValue = get('recycled');
    return [
      {
        row,
        metal: listMetal(metal),
        lookupName: get('lookupName'),
        name: get('name'),
        country: listCountryCode(ctx, get('country')),
        countryName: get('country'),
        smelterId,
        idSource: get('idSource'),
        ...facilityFields(get),
        mineNames: get('mineNames'),
        mineCountry: get('mineCountry'),
        recycled:
          recycledValue === null ? null : recycled(ctx, translations, recycledValue, `${columns.recycled ?? ''}${row}`),
        comments: get('comments'),
      },
    ];
  });
}

/**
 * The identifying cells of a kept row (metal, look-up, name, country, id) that hold a literal 0.
 * Street and city are left out: their formulas show 0 whenever the Look-up has no street (§12).
 */
const IDENTIFYING: readonly SmelterField[] = ['metal', 'lookupName', 'name', 'country', 'smelterId'];
function zeroCells(sheet: SheetCells, row: number, columns: Readonly<Partial<Record<SmelterField, string>>>): string[] {
  const out: string[] = [];
  for (const field of IDENTIFYING) {
    const letters = columns[field];
    if (letters !== undefined && isZeroPlaceholder(sheet.value(row, colNumber(letters)))) out.push(`${letters}${row}`);
  }
  return out;
}

/**
 * The "100% recycled" answer. AMRT's drop-down is itself translated (Smelter List Z2:Z4, §9.3),
 * so a stored answer can be in any UI language: map it back through the L sheet's rows for
 * those cells (English in column D, other languages from E on).
 */
function recycled(
  ctx: ReadContext,
  translations: () => Map<string, string>,
  value: CellValue | undefined,
  cell: string,
): string | null {
  let match = canonicalAnswer(value, RECYCLED);
  if (!match.known && match.value !== null) {
    const english = translations().get(looseKey(match.value));
    if (english) match = canonicalAnswer(english, RECYCLED);
  }
  if (!match.known && match.value !== null) {
    ctx.findings.push(notInList(SMELTER_LIST, cell, match.value, RECYCLED));
  }
  return match.value;
}

/** Translations of the recycled drop-down values from the hidden L sheet. */
function recycledTranslations(ctx: ReadContext): Map<string, string> {
  const map = new Map<string, string>();
  const sheet = ctx.wb.sheet('L', { maxCol: 16 });
  for (let row = 2; sheet && row <= sheet.lastRow; row++) {
    const key =
      cleanText(sheet.value(row, 1)) ??
      `${cleanText(sheet.value(row, 2)) ?? ''}${cleanText(sheet.value(row, 3)) ?? ''}`;
    if (!/^Smelter List(Z|AH)[2-4]$/.test(key)) continue;
    const english = cleanText(sheet.value(row, 4));
    if (english === null) continue;
    for (let col = 5; col <= 16; col++) {
      const text = cleanText(sheet.value(row, col));
      if (text !== null) map.set(looseKey(text), english);
    }
  }
  return map;
}
