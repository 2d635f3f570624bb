import { describe, expect, it } from 'vitest';
import { ZSupplierInput } from './supplier.schema.js';

describe('supplier input', () => {
  it('accepts a form post with comma-separated materials and a checkbox', () => {
    expect(
      ZSupplierInput.parse({ name: ' Tin Co ', country: 'id', materials: 'Tin, tin ore ,', tier: '2', recycled: 'on' }),
    ).toEqual({
      name: 'Tin Co',
      country: 'ID',
      materials: ['tin', 'tin ore'],
      tier: 2,
      recycled: true,
    });
  });
  it('treats an empty country as unknown', () => {
    expect(ZSupplierInput.parse({ name: 'X', country: '' }).country).toBeNull();
  });
  it('rejects a country that is not a two-letter code', () => {
    expect(ZSupplierInput.safeParse({ name: 'X', country: 'Germany' }).success).toBe(false);
  });
});
