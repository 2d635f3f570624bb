import { findCountry } from '../reference/countries.js';
import type { ImportLine } from './check-imports.js';
import { type DecimalConvention, type DecimalMark, decideDecimalMark, readFigure } from './figures.js';
import type { CmrField, CmrIssue } from './issues.js';
import { foldUnit, readUnit, splitUnit } from './units.js';

/** A table of import lines: from a CSV, the first sheet of an XLSX, or the web form. */
export type ImportTable = {
  readonly header: readonly string[];
  /** `line` is the row as the user sees it (file row, form line). XLSX number cells stay numbers. */
  readonly rows: readonly {
    readonly line: number;
    readonly values: Readonly<Record<string, string | number | boolean>>;
  }[];
  /** The CSV field separator, a hint for the decimal mark (`;` goes with decimal commas). */
  readonly delimiter?: string;
  /** True for the web form: issues name the form's fields, not file columns. */
  readonly form?: boolean;
};

/** How one line's quantity was read, to show beside the verdict. */
export type QuantityReading = {
  readonly row: number;
  readonly figure: string;
  readonly unit: string;
  readonly kg: number;
};

export type ReadImports = {
  readonly lines: readonly ImportLine[];
  readonly issues: readonly CmrIssue[];
  readonly convention: DecimalConvention;
  readonly readings: readonly QuantityReading[];
};

export const MAX_IMPORT_LINES = 5_000;

/** Column names Assay recognises (folded: lower case, `_` for spaces and hyphens), English and Dutch. */
const ALIASES: Readonly<Record<CmrField | 'annual_kg', readonly string[]>> = {
  cn_code: ['cn_code', 'cn', 'cn_nummer', 'gn_code', 'gn', 'gn_nummer', 'taric', 'taric_code', 'goederencode'],
  quantity: ['quantity', 'annual_quantity', 'volume', 'hoeveelheid', 'jaarhoeveelheid', 'jaarvolume'],
  annual_kg: ['annual_kg', 'kg', 'kg_per_year', 'kg_per_jaar'],
  unit: ['unit', 'eenheid'],
  recycled: ['recycled', 'gerecycled', 'gerecycleerd'],
  gold_refined: ['gold_refined', 'refined', 'geraffineerd', 'goud_geraffineerd'],
  origin_country: ['origin_country', 'country_of_origin', 'herkomstland', 'land_van_herkomst'],
  origin_region: ['origin_region', 'region_of_origin', 'herkomstregio', 'regio_van_herkomst'],
  decimal_mark: [],
};

const foldHeader = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

const TRUE = new Set(['true', 'yes', 'y', 'ja', 'j', '1', 'x', 'waar']);
const FALSE = new Set(['false', 'no', 'n', 'nee', '0', '', 'onwaar']);

function yesNo(value: string | number | boolean | undefined): boolean | undefined | 'invalid' {
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value;
  const t = String(value).trim().toLowerCase();
  if (t === '') return undefined;
  if (TRUE.has(t)) return true;
  if (FALSE.has(t)) return false;
  return 'invalid';
}

/** A number cell as a decimal string (no exponent), or undefined when it is not a plain non-negative figure. */
function numberDecimal(n: number): string | undefined {
  if (!Number.isFinite(n) || n < 0 || n >= 1e21) return undefined;
  const text = String(n);
  return /e/i.test(text) ? n.toFixed(12).replace(/\.?0+$/, '') : text;
}

/**
 * Read import lines from a table. Every figure is read by the file's decimal mark (declared, or
 * detected from the unambiguous figures and a `;` separator); a figure that stays ambiguous is an
 * issue naming its row and both readings. Quantities are converted to kg from the unit (column
 * `unit`, a unit after the figure, or a column `annual_kg`); a unit that means different masses in
 * different places (`ton`, `oz`) or is not a mass is refused by name. Nothing is guessed.
 */
export function readImportTable(table: ImportTable, options: { decimalMark?: DecimalMark } = {}): ReadImports {
  const issues: CmrIssue[] = [];
  const columns = new Map<CmrField | 'annual_kg', string>();
  for (const [field, names] of Object.entries(ALIASES) as [CmrField | 'annual_kg', readonly string[]][]) {
    const found = table.header.find((h) => names.includes(foldHeader(h)));
    if (found !== undefined) columns.set(field, found);
  }
  const noConvention: DecimalConvention = { mark: null, basis: 'none', commaRows: [], pointRows: [] };
  if (!columns.has('cn_code'))
    issues.push({ row: null, field: 'cn_code', code: 'missing_column', params: { column: 'cn_code' } });
  if (!columns.has('quantity') && !columns.has('annual_kg'))
    issues.push({ row: null, field: 'quantity', code: 'missing_column', params: { column: 'quantity' } });
  if (issues.length > 0) return { lines: [], issues, convention: noConvention, readings: [] };
  if (table.rows.length === 0)
    return {
      lines: [],
      issues: [{ row: null, field: null, code: 'no_lines', params: {} }],
      convention: noConvention,
      readings: [],
    };
  if (table.rows.length > MAX_IMPORT_LINES)
    return {
      lines: [],
      issues: [{ row: null, field: null, code: 'too_many_lines', params: { max: MAX_IMPORT_LINES } }],
      convention: noConvention,
      readings: [],
    };

  const quantityColumn = columns.get('quantity') ?? columns.get('annual_kg') ?? '';
  const cell = (values: ImportTable['rows'][number]['values'], field: CmrField | 'annual_kg') => {
    const column = columns.get(field);
    return column === undefined ? undefined : values[column];
  };
  const text = (v: string | number | boolean | undefined) => (v === undefined ? '' : String(v).trim());
  const figureTexts = table.rows.flatMap((r) => {
    const v = r.values[quantityColumn];
    return typeof v === 'string' ? [{ row: r.line, text: splitUnit(v)[0] }] : [];
  });
  const convention = decideDecimalMark(figureTexts, { declared: options.decimalMark, delimiter: table.delimiter });

  const lines: ImportLine[] = [];
  const readings: QuantityReading[] = [];
  for (const { line: row, values } of table.rows) {
    const rowIssues: CmrIssue[] = [];
    const problem = (field: CmrField, code: CmrIssue['code'], params: CmrIssue['params'] = {}) => {
      const column = field === 'quantity' ? quantityColumn : columns.get(field);
      rowIssues.push({ row, field, ...(column !== undefined && !table.form ? { column } : {}), code, params });
    };

    const cn = text(cell(values, 'cn_code'));
    if (cn === '') problem('cn_code', 'cn_empty');
    else if (!/^\d{4,10}$/.test(cn.replace(/^\s*ex\s+/i, '').replace(/[\s.]/g, '')))
      problem('cn_code', 'cn_invalid', { value: cn });

    // Unit: the unit column, a unit written after the figure, or kg from an `annual_kg` column.
    const raw = values[quantityColumn];
    const [figureText, suffix] = typeof raw === 'string' ? splitUnit(raw) : [raw, ''];
    const given = [text(cell(values, 'unit')), suffix, columns.has('quantity') ? '' : 'kg'].filter((u) => u !== '');
    const distinct = [
      ...new Set(given.map((u) => readUnit(u)).map((u) => (u.kind === 'kg' ? u.unit : foldUnit(u.unit)))),
    ];
    let unit = readUnit(given[0] ?? '');
    if (distinct.length > 1) {
      problem('unit', 'unit_conflict', { units: given.join(' / ') });
      unit = { kind: 'empty', unit: '' };
    } else if (unit.kind === 'empty') problem('unit', 'unit_empty');
    else if (unit.kind === 'ambiguous') problem('unit', 'unit_ambiguous', { unit: unit.unit });
    else if (unit.kind === 'unknown') problem('unit', 'unit_unknown', { unit: unit.unit });
    const unitLabel = unit.kind === 'kg' ? unit.unit : '';

    let decimal: string | undefined;
    if (typeof figureText === 'number') {
      decimal = numberDecimal(figureText);
      if (decimal === undefined) problem('quantity', 'quantity_invalid', { value: String(figureText) });
    } else if (typeof figureText === 'boolean' || figureText === undefined || text(figureText) === '') {
      if (typeof figureText === 'boolean') problem('quantity', 'quantity_invalid', { value: String(figureText) });
      else problem('quantity', 'quantity_empty');
    } else {
      const reading = readFigure(figureText);
      if (reading.kind === 'invalid') problem('quantity', 'quantity_invalid', { value: figureText.trim() });
      else if (reading.kind === 'plain') decimal = reading.decimal;
      else if (reading.kind === 'only') {
        if (convention.basis === 'declared' && convention.mark !== reading.mark)
          problem('quantity', 'quantity_wrong_mark', { value: figureText.trim(), mark: convention.mark ?? '' });
        else decimal = reading.decimal;
      } else if (convention.mark) decimal = convention.mark === 'comma' ? reading.comma : reading.point;
      else
        problem('quantity', 'quantity_ambiguous', {
          value: figureText.trim(),
          point: Number(reading.point),
          comma: Number(reading.comma),
          unit: unitLabel || given[0] || '',
        });
    }

    const recycled = yesNo(cell(values, 'recycled'));
    if (recycled === 'invalid') problem('recycled', 'recycled_invalid', { value: text(cell(values, 'recycled')) });
    const refined = yesNo(cell(values, 'gold_refined'));
    if (refined === 'invalid')
      problem('gold_refined', 'gold_refined_invalid', { value: text(cell(values, 'gold_refined')) });
    const origin = text(cell(values, 'origin_country'));
    if (origin !== '' && !findCountry(origin)) problem('origin_country', 'origin_invalid', { value: origin });
    const region = text(cell(values, 'origin_region')).slice(0, 200);

    if (
      rowIssues.length > 0 ||
      decimal === undefined ||
      unit.kind !== 'kg' ||
      recycled === 'invalid' ||
      refined === 'invalid'
    ) {
      issues.push(...rowIssues);
      continue;
    }
    const kg = unit.kg(decimal);
    readings.push({ row, figure: typeof raw === 'string' ? raw.trim() : String(raw), unit: unit.unit, kg });
    lines.push({
      row,
      cnCode: cn,
      annualKg: kg,
      recycled: recycled ?? false,
      ...(refined !== undefined ? { goldRefined: refined } : {}),
      ...(origin ? { originCountry: origin } : {}),
      ...(region ? { originRegion: region } : {}),
    });
  }
  return { lines, issues, convention, readings };
}
