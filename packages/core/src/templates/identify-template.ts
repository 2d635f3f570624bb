/**
 * Identifies family and version from the workbook's content, never from the file name
 * (RMI-TEMPLATES §2.4, §11.1): the title in Declaration!D2 (its "(CMRT)"-style abbreviation
 * survives translation), else the set of sheets; the version from the label in Declaration!J3,
 * else the Smelter List label cell (Q3, O3 in AMRT 1.2), else the last row of the Revision sheet.
 */
import type { Finding } from './declaration.schema.js';
import { TEMPLATE_FAMILIES, type TemplateFamily } from './layout-types.js';
import { makeFinding } from './rules.js';
import type { SheetCells } from './sheet-cells.js';
import type { Workbook } from './workbook.js';

/** What the workbook says it is. */
export type TemplateIdentity = {
  readonly family: TemplateFamily;
  readonly version: string;
  /** True for a legacy CMRT (≤ 3.x, "Standard Smelter Names" sheet). */
  readonly legacy: boolean;
};

const TITLE_ABBREVIATION = /\((CMRT|EMRT|CRT|AMRT|PRT)\)/;
const TITLE_WORDS: readonly [RegExp, TemplateFamily][] = [
  [/conflict minerals? reporting/i, 'CMRT'],
  [/extended minerals? reporting/i, 'EMRT'],
  [/cobalt reporting/i, 'CRT'],
  [/additional minerals? reporting|pilot reporting/i, 'AMRT'],
];
const VERSION_LABEL = /(?:Revision|Version)\s+(\d+(?:\.\d+)*)/i;

/** The family named by a title text, if any. */
export function familyFromTitle(title: string): TemplateFamily | undefined {
  const abbr = TITLE_ABBREVIATION.exec(title)?.[1];
  if (abbr === 'PRT') return 'AMRT';
  if (abbr && (TEMPLATE_FAMILIES as readonly string[]).includes(abbr)) return abbr as TemplateFamily;
  for (const [re, family] of TITLE_WORDS) if (re.test(title)) return family;
  return undefined;
}

/** The version in a label such as `Revision 6.5⏎April 25, 2025`, if any. */
export function versionFromLabel(label: unknown): string | undefined {
  return typeof label === 'string' ? VERSION_LABEL.exec(label)?.[1] : undefined;
}

/** The English title from the hidden L sheet (key `DeclarationD2`, English in column D; §2.2). */
function familyFromL(wb: Workbook): TemplateFamily | undefined {
  const sheet = wb.sheet('L', { maxCol: 16 });
  for (let row = 2; sheet && row <= sheet.lastRow; row++) {
    const a = sheet.value(row, 1);
    const key = typeof a === 'string' ? a : `${sheet.value(row, 2) ?? ''}${sheet.value(row, 3) ?? ''}`;
    if (key !== 'DeclarationD2') continue;
    const english = sheet.value(row, 4);
    return typeof english === 'string' ? familyFromTitle(english) : undefined;
  }
  return undefined;
}

function familyFromSheets(wb: Workbook): TemplateFamily | undefined {
  if (wb.hasSheet('Minerals Scope')) return 'AMRT';
  if (wb.hasSheet('Standard Smelter Names')) return 'CMRT';
  if (wb.hasSheet('Mine List')) return 'EMRT';
  return undefined;
}

function versionFromRevisionSheet(wb: Workbook): string | undefined {
  // Column B holds one revision per row; the last row above the copyright line is the current
  // one. Excel may store it as a float such as 2.0099999999999998, so only text is trusted here.
  const sheet = wb.sheet('Revision', { maxCol: 2, maxRow: 200 });
  if (!sheet) return undefined;
  let found: string | undefined;
  for (let row = 1; row <= sheet.lastRow; row++) {
    const v = sheet.value(row, 2);
    if (typeof v === 'string' && /^\d+(\.\d+)+$/.test(v.trim())) found = v.trim();
    if (typeof v === 'number' && v > 0 && v < 20) found = String(Math.round(v * 100) / 100);
  }
  return found;
}

/** Identifies the template, or returns the finding that says why it cannot be read. */
export function identifyTemplate(wb: Workbook, declaration: SheetCells | undefined): TemplateIdentity | Finding {
  if (!declaration || !wb.hasSheet('Smelter List')) {
    return makeFinding('not_a_template', { params: { detail: 'no "Declaration" and "Smelter List" sheets' } });
  }
  const title = declaration.value(2, 4);
  const family =
    (typeof title === 'string' ? familyFromTitle(title) : undefined) ?? familyFromL(wb) ?? familyFromSheets(wb);
  if (!family)
    return makeFinding('not_a_template', {
      sheet: 'Declaration',
      cell: 'D2',
      params: { detail: 'no template title in Declaration!D2' },
    });
  const smelterList = wb.sheet('Smelter List', { maxCol: 17 });
  const version =
    versionFromLabel(declaration.value(3, 10)) ??
    versionFromLabel(smelterList?.value(3, 17)) ??
    versionFromLabel(smelterList?.value(3, 15)) ??
    versionFromRevisionSheet(wb);
  if (!version) return makeFinding('version_missing', { sheet: 'Declaration', cell: 'J3' });
  return { family, version, legacy: wb.hasSheet('Standard Smelter Names') };
}
