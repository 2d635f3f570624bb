import { describe, expect, test } from 'vitest';
import { decideDecimalMark, readFigure, shiftDecimal } from './figures.js';

describe('readFigure: a figure under both decimal conventions', () => {
  test.each([
    ['6000', { kind: 'plain', decimal: '6000' }],
    ['6 000', { kind: 'plain', decimal: '6000' }],
    ['6\u00a0000', { kind: 'plain', decimal: '6000' }],
    ['6.000', { kind: 'ambiguous', comma: '6000', point: '6' }],
    ['150,000', { kind: 'ambiguous', comma: '150', point: '150000' }],
    ['1.500', { kind: 'ambiguous', comma: '1500', point: '1.5' }],
    ['1.500,5', { kind: 'only', mark: 'comma', decimal: '1500.5' }],
    ['1,500.5', { kind: 'only', mark: 'point', decimal: '1500.5' }],
    ['12,5', { kind: 'only', mark: 'comma', decimal: '12.5' }],
    ['0.75', { kind: 'only', mark: 'point', decimal: '0.75' }],
    ['1.234.567', { kind: 'only', mark: 'comma', decimal: '1234567' }],
    ['1,234,567', { kind: 'only', mark: 'point', decimal: '1234567' }],
    ['007', { kind: 'plain', decimal: '7' }],
    ['', { kind: 'invalid' }],
    ['-5', { kind: 'invalid' }],
    ['1,2,3', { kind: 'invalid' }],
    ['1.500,5.2', { kind: 'invalid' }],
    ['5e3', { kind: 'invalid' }],
    ['abc', { kind: 'invalid' }],
  ])('%j', (text, reading) => {
    expect(readFigure(text)).toEqual(reading);
  });
});

describe('decideDecimalMark: declared, then the unambiguous figures and a ";" separator', () => {
  const figures = (...texts: string[]) => texts.map((text, i) => ({ row: i + 2, text }));
  test.each([
    ['declared wins over evidence', figures('12.5'), { declared: 'comma' as const }, 'comma', 'declared'],
    ['";" separator: decimal comma', figures('6.000'), { delimiter: ';' }, 'comma', 'delimiter'],
    ['a figure only a comma can read', figures('6.000', '1.500,5'), { delimiter: ',' }, 'comma', 'figures'],
    ['a figure only a point can read', figures('150,000', '0.5'), { delimiter: ',' }, 'point', 'figures'],
    ['nothing decides', figures('150,000', '6000'), { delimiter: ',' }, null, 'none'],
    ['";" but a point-only figure: conflict', figures('6.000', '12.5'), { delimiter: ';' }, null, 'conflict'],
    ['comma-only and point-only figures: conflict', figures('12,5', '0.5'), {}, null, 'conflict'],
  ])('%s', (_name, input, hints, mark, basis) => {
    expect(decideDecimalMark(input, hints)).toMatchObject({ mark, basis });
  });
});

describe('shiftDecimal: exact unit conversion by powers of ten', () => {
  test.each([
    ['4.999', 3, '4999'],
    ['0.035', 3, '35'],
    ['6', 3, '6000'],
    ['1500', -3, '1.5'],
    ['5', -6, '0.000005'],
    ['12.5', 0, '12.5'],
  ])('%s × 10^%i = %s', (decimal, exp, result) => {
    expect(shiftDecimal(decimal, exp)).toBe(result);
  });
});
