import { describe, expect, it } from 'vitest';
import { nextOffset, previousOffset, readSupplierListQuery } from './supplier-list-query.js';

describe('the supplier list query of a page', () => {
  it('reads the given values', () => {
    expect(readSupplierListQuery({ q: ' tin ', sort: 'country', dir: 'desc', offset: '100', limit: '20' })).toEqual({
      q: 'tin',
      sort: 'country',
      dir: 'desc',
      offset: 100,
      limit: 20,
    });
  });

  it('gives each invalid or missing value its default, keeping the valid ones', () => {
    expect(readSupplierListQuery({})).toEqual({ q: undefined, sort: 'name', dir: 'asc', offset: 0, limit: 50 });
    expect(
      readSupplierListQuery({ q: 'x'.repeat(201), sort: 'evil', dir: 'up', offset: '-1', limit: 'abc', other: '1' }),
    ).toEqual({ q: undefined, sort: 'name', dir: 'asc', offset: 0, limit: 50 });
    expect(readSupplierListQuery({ sort: 'tier', limit: '500', offset: '2.5' })).toEqual({
      q: undefined,
      sort: 'tier',
      dir: 'asc',
      offset: 0,
      limit: 50,
    });
  });

  it('finds the neighbouring pages', () => {
    expect(nextOffset({ total: 120, offset: 0, limit: 50 })).toBe(50);
    expect(nextOffset({ total: 120, offset: 100, limit: 50 })).toBeNull();
    expect(previousOffset({ offset: 30, limit: 50 })).toBe(0);
    expect(previousOffset({ offset: 0, limit: 50 })).toBeNull();
  });
});
