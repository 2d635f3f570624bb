/**
 * Volume figures as people type them: `6000`, `6 000`, `6.000`, `6,5`, `1.500,5`, `1,500.5`. A figure
 * that two conventions read differently (`6.000` is 6 or 6 000; `150,000` is 150 or 150 000) is never
 * read one way silently: the file's declared or detected decimal mark decides, or the caller stops.
 */

/** The decimal mark of a file: `comma` (1.234,5: Dutch, German, …) or `point` (1,234.5). */
export type DecimalMark = 'comma' | 'point';

export const DECIMAL_MARKS: readonly DecimalMark[] = ['comma', 'point'];

/** How one figure reads under the two conventions. `decimal` is the figure as a plain decimal string. */
export type FigureReading =
  | { readonly kind: 'plain'; readonly decimal: string }
  | { readonly kind: 'only'; readonly mark: DecimalMark; readonly decimal: string }
  | { readonly kind: 'ambiguous'; readonly comma: string; readonly point: string }
  | { readonly kind: 'invalid' };

// Spaces, no-break spaces, narrow and thin spaces, and underscores group thousands in both conventions.
const GROUPING = /[\s\u00a0\u2009\u202f_]/g;

function underMark(text: string, mark: DecimalMark): string | undefined {
  const [decimal, group] = mark === 'comma' ? [',', '.'] : ['.', ','];
  const d = `\\${decimal}`;
  const g = `\\${group}`;
  const plain = new RegExp(`^\\d+(${d}\\d+)?$`);
  const grouped = new RegExp(`^\\d{1,3}(${g}\\d{3})+(${d}\\d+)?$`);
  if (!plain.test(text) && !grouped.test(text)) return undefined;
  const [whole = '', fraction] = text.split(decimal);
  const digits = whole
    .split(group)
    .join('')
    .replace(/^0+(?=\d)/, '');
  const frac = fraction?.replace(/0+$/, '') ?? '';
  return frac === '' ? digits : `${digits}.${frac}`;
}

/** Read a non-negative figure under both conventions. */
export function readFigure(text: string): FigureReading {
  const t = text.trim().replace(GROUPING, '');
  if (t === '') return { kind: 'invalid' };
  const comma = underMark(t, 'comma');
  const point = underMark(t, 'point');
  if (comma === undefined && point === undefined) return { kind: 'invalid' };
  if (comma === undefined) return { kind: 'only', mark: 'point', decimal: point ?? '' };
  if (point === undefined) return { kind: 'only', mark: 'comma', decimal: comma };
  return comma === point ? { kind: 'plain', decimal: comma } : { kind: 'ambiguous', comma, point };
}

/** What decided the decimal mark of a file. */
export type DecimalMarkBasis = 'declared' | 'delimiter' | 'figures' | 'none' | 'conflict';

/** The decimal mark applied to a file's figures and why; `null` when nothing decides it. */
export type DecimalConvention = {
  readonly mark: DecimalMark | null;
  readonly basis: DecimalMarkBasis;
  /** Rows (as given) whose figure can only be read with a comma / a point, as evidence. */
  readonly commaRows: readonly number[];
  readonly pointRows: readonly number[];
};

/**
 * The decimal mark of a set of figures: the declared mark wins; otherwise every unambiguous figure
 * and a `;` field separator (the usual CSV of a decimal-comma locale, e.g. Dutch Excel) are evidence.
 * Evidence for one mark only decides; evidence for both, or none, leaves the mark open (`null`).
 */
export function decideDecimalMark(
  figures: readonly { readonly row: number; readonly text: string }[],
  hints: { readonly declared?: DecimalMark | undefined; readonly delimiter?: string | undefined } = {},
): DecimalConvention {
  const commaRows: number[] = [];
  const pointRows: number[] = [];
  for (const f of figures) {
    const r = readFigure(f.text);
    if (r.kind === 'only') (r.mark === 'comma' ? commaRows : pointRows).push(f.row);
  }
  const evidence = { commaRows, pointRows };
  if (hints.declared) return { mark: hints.declared, basis: 'declared', ...evidence };
  const semicolon = hints.delimiter === ';';
  const comma = commaRows.length > 0 || semicolon;
  const point = pointRows.length > 0;
  if (comma && point) return { mark: null, basis: 'conflict', ...evidence };
  if (comma) return { mark: 'comma', basis: commaRows.length > 0 ? 'figures' : 'delimiter', ...evidence };
  if (point) return { mark: 'point', basis: 'figures', ...evidence };
  return { mark: null, basis: 'none', ...evidence };
}

/** A decimal string times 10^exp, exactly (moves the point), as a decimal string. */
export function shiftDecimal(decimal: string, exp: number): string {
  const [whole = '0', frac = ''] = decimal.split('.');
  let digits = whole + frac;
  let point = whole.length + exp;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const head = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const tail = digits.slice(point).replace(/0+$/, '');
  return tail === '' ? head : `${head}.${tail}`;
}
