/**
 * Test helper: a copy of a workbook with chosen cells rewritten, the way a supplier who pastes
 * values over the template would (formulas of the written cells are dropped). Every other part
 * is copied byte for byte. For mutating real templates in tests; never writes to disk.
 */
import { type CellWrite, patchSheetXml } from '../templates/sheet-patch.js';
import { Workbook } from '../templates/workbook.js';
import { rewriteZip } from '../templates/zip-write.js';

/** A cell's new value: text, a number, or `null` for empty. */
export type CellEdit = string | number | null;

/** `bytes` with `edits` (sheet name → cell reference → value) applied. */
export function patchCells(
  bytes: Uint8Array,
  edits: Readonly<Record<string, Readonly<Record<string, CellEdit>>>>,
): Uint8Array {
  const wb = Workbook.open(bytes, { fileName: 'test workbook' });
  const replace = new Map<string, Uint8Array>();
  for (const [sheet, cells] of Object.entries(edits)) {
    const info = wb.sheetInfo(sheet);
    const xml = wb.sheetXml(sheet);
    if (!info || xml === undefined) throw new Error(`patchCells: no sheet "${sheet}"`);
    const writes = new Map<string, CellWrite>();
    for (const [ref, value] of Object.entries(cells)) {
      const patch: CellWrite['patch'] =
        value === null
          ? { kind: 'empty' }
          : typeof value === 'number'
            ? { kind: 'number', value }
            : { kind: 'text', text: value };
      writes.set(ref, { patch, formula: 'replace' });
    }
    replace.set(info.path, new TextEncoder().encode(patchSheetXml(xml, writes)));
  }
  return rewriteZip(wb.zip, { replace, remove: new Set() });
}
