/**
 * Rewrites chosen cells of a worksheet's XML and leaves every other byte as it was: rows,
 * styles, data validations, conditional formats (incl. x14 extensions), protection and merges
 * are untouched. A written cell keeps its style (`s`). Text is written as an inline string
 * (§18.3.1.53 `<is>`), so sharedStrings.xml need not change.
 */
import { cellRef, parseCellRef } from './cell-ref.js';
import { attrIn, escapeXml } from './xml-text.js';

/** A new cell value: text, number, or empty (the cell keeps only its style). */
export type CellPatch =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'empty' };

/**
 * How a written cell treats an existing formula. `replace` drops it, as a supplier pasting values
 * does; `cache` keeps it and only updates the cached value (Excel recalculates on open).
 */
export type FormulaMode = 'replace' | 'cache';

/** A patch for one cell. */
export type CellWrite = { readonly patch: CellPatch; readonly formula: FormulaMode };

// Characters not allowed in XML 1.0 text (§2.2 of the XML spec).
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function cellXml(ref: string, style: string | undefined, write: CellWrite, formula: string | undefined): string {
  const s = style === undefined ? '' : ` s="${style}"`;
  const f = formula ?? '';
  const { patch } = write;
  if (patch.kind === 'empty') return f ? `<c r="${ref}"${s}>${f}</c>` : `<c r="${ref}"${s}/>`;
  if (patch.kind === 'number') return `<c r="${ref}"${s}>${f}<v>${patch.value}</v></c>`;
  const text = escapeXml(patch.text.replace(INVALID_XML, ''));
  // A formula cell caches text as t="str" with <v>; a value cell uses an inline string.
  if (f) return `<c r="${ref}"${s} t="str">${f}<v>${text}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
}

/** Finds the `<f …>…</f>` or `<f …/>` element of a cell body, if any. */
function formulaOf(
  xml: string,
  bodyStart: number,
  bodyEnd: number,
): { text: string; sharedMaster: boolean } | undefined {
  const i = xml.indexOf('<f', bodyStart);
  if (i < 0 || i >= bodyEnd) return undefined;
  const tagEnd = xml.indexOf('>', i);
  const selfClosing = xml.charCodeAt(tagEnd - 1) === 47;
  const end = selfClosing ? tagEnd + 1 : xml.indexOf('</f>', tagEnd) + 4;
  const sharedMaster = attrIn(xml, i, tagEnd, 't') === 'shared' && attrIn(xml, i, tagEnd, 'ref') !== undefined;
  return { text: xml.slice(i, end), sharedMaster };
}

/** Applies cell writes to a worksheet's XML in one pass. */
export function patchSheetXml(xml: string, writes: ReadonlyMap<string, CellWrite>): string {
  if (writes.size === 0) return xml;
  // Group the writes by row, in row and column order.
  const byRow = new Map<number, { col: number; ref: string; write: CellWrite }[]>();
  for (const [ref, write] of writes) {
    const pos = parseCellRef(ref);
    if (!pos) throw new Error(`bad cell ${ref}`);
    const list = byRow.get(pos.row) ?? [];
    list.push({ col: pos.col, ref: cellRef(pos.row, pos.col), write });
    byRow.set(pos.row, list);
  }
  for (const list of byRow.values()) list.sort((a, b) => a.col - b.col);
  const rows = [...byRow.keys()].sort((a, b) => a - b);

  const dataOpen = xml.indexOf('<sheetData');
  if (dataOpen < 0) throw new Error('worksheet without sheetData');
  const dataTagEnd = xml.indexOf('>', dataOpen);
  if (xml.charCodeAt(dataTagEnd - 1) === 47) {
    // <sheetData/>: expand it, then patch the expanded form.
    return patchSheetXml(`${xml.slice(0, dataTagEnd - 1)}></sheetData>${xml.slice(dataTagEnd + 1)}`, writes);
  }
  let out = xml.slice(0, dataTagEnd + 1);
  let pos = dataTagEnd + 1;
  const dataEnd = xml.indexOf('</sheetData>', pos);
  let next = 0;
  const newRow = (r: number): string =>
    `<row r="${r}">${(byRow.get(r) ?? []).map((w) => cellXml(w.ref, undefined, w.write, undefined)).join('')}</row>`;

  while (pos < dataEnd) {
    const rowStart = xml.indexOf('<row', pos);
    if (rowStart < 0 || rowStart >= dataEnd) break;
    const tagEnd = xml.indexOf('>', rowStart);
    const r = Number(attrIn(xml, rowStart, tagEnd, 'r'));
    while (next < rows.length && (rows[next] ?? 0) < r) out += newRow(rows[next++] ?? 0);
    const selfClosing = xml.charCodeAt(tagEnd - 1) === 47;
    const rowEnd = selfClosing ? tagEnd + 1 : xml.indexOf('</row>', tagEnd) + 6;
    out += xml.slice(pos, rowStart);
    if (rows[next] !== r) {
      out += xml.slice(rowStart, rowEnd);
      pos = rowEnd;
      continue;
    }
    next++;
    const pending = [...(byRow.get(r) ?? [])];
    if (selfClosing) {
      out += `${xml.slice(rowStart, tagEnd - 1)}>${pending.map((w) => cellXml(w.ref, undefined, w.write, undefined)).join('')}</row>`;
      pos = rowEnd;
      continue;
    }
    out += xml.slice(rowStart, tagEnd + 1);
    let p = tagEnd + 1;
    const closeRow = rowEnd - 6;
    for (;;) {
      const c = xml.indexOf('<c', p);
      if (c < 0 || c >= closeRow) break;
      const ch = xml.charCodeAt(c + 2);
      if (ch !== 32 && ch !== 62 && ch !== 47) {
        p = c + 2;
        continue;
      }
      const cTagEnd = xml.indexOf('>', c);
      const cSelf = xml.charCodeAt(cTagEnd - 1) === 47;
      const cEnd = cSelf ? cTagEnd + 1 : xml.indexOf('</c>', cTagEnd) + 4;
      const cellPos = parseCellRef(attrIn(xml, c, cTagEnd, 'r') ?? '');
      const col = cellPos?.col ?? 0;
      out += xml.slice(p, c);
      while (pending.length > 0 && (pending[0]?.col ?? 0) < col) {
        const w = pending.shift();
        if (w) out += cellXml(w.ref, undefined, w.write, undefined);
      }
      if (pending[0]?.col === col && cellPos) {
        const w = pending.shift();
        if (w) {
          const style = attrIn(xml, c, cTagEnd, 's');
          const f = cSelf ? undefined : formulaOf(xml, cTagEnd, cEnd);
          // A shared-formula master carries the formula of other cells: never drop it.
          const keep = f && (w.write.formula === 'cache' || f.sharedMaster) ? f.text : undefined;
          out += cellXml(w.ref, style, w.write, keep);
        }
      } else {
        out += xml.slice(c, cEnd);
      }
      p = cEnd;
    }
    out += xml.slice(p, closeRow);
    for (const w of pending) out += cellXml(w.ref, undefined, w.write, undefined);
    out += '</row>';
    pos = rowEnd;
  }
  while (next < rows.length) out += newRow(rows[next++] ?? 0);
  return out + xml.slice(pos);
}
