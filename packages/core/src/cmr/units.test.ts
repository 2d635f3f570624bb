import { describe, expect, test } from 'vitest';
import { readUnit, splitUnit } from './units.js';

describe('readUnit: converted to kg, or refused by name', () => {
  test.each([
    ['kg', '6000', 6000],
    ['KG', '1.5', 1.5],
    ['Kg.', '2', 2],
    ['kilogram', '3', 3],
    ['g', '150000', 150],
    ['gram', '1', 0.001],
    ['t', '4.999', 4999],
    ['tonnes', '0.1', 100],
    ['tonne', '5', 5000],
    ['mg', '1000', 0.001],
    ['lb', '1', 0.453592],
    ['troy oz', '3215.07', 99.999855],
    ['ozt', '1', 0.031103],
  ])('%s: %s → %f kg', (unit, decimal, kg) => {
    const r = readUnit(unit);
    expect(r.kind).toBe('kg');
    if (r.kind === 'kg') expect(r.kg(decimal)).toBe(kg);
  });

  test.each([
    ['ton', 'ambiguous'],
    ['tons', 'ambiguous'],
    ['MT', 'ambiguous'],
    ['oz', 'ambiguous'],
    ['gr', 'ambiguous'],
    ['pcs', 'unknown'],
    ['litre', 'unknown'],
    ['', 'empty'],
  ])('%j is %s', (unit, kind) => {
    expect(readUnit(unit).kind).toBe(kind);
  });
});

describe('splitUnit', () => {
  test.each([
    ['6.000 kg', ['6.000', 'kg']],
    ['6,5t', ['6,5', 't']],
    ['1 500', ['1 500', '']],
    ['150', ['150', '']],
    ['12 troy oz', ['12', 'troy oz']],
    ['kg', ['kg', '']],
  ])('%j', (text, parts) => {
    expect(splitUnit(text)).toEqual(parts);
  });
});
