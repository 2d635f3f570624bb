import { describe, expect, it } from 'vitest';
import { validationKey } from '../i18n/validation-key.js';
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
  it('takes a country by its English or Dutch name or any ISO code, and refuses what is none of them', () => {
    for (const typed of ['Germany', 'Duitsland', 'duitsland ', 'DEU', '276', 'de'])
      expect(ZSupplierInput.parse({ name: 'X', country: typed }).country, typed).toBe('DE');
    expect(ZSupplierInput.parse({ name: 'X', country: 'Ivoorkust' }).country).toBe('CI');
    const refused = ZSupplierInput.safeParse({ name: 'X', country: 'Germanie' });
    expect(refused.success).toBe(false);
    const issue = refused.error?.issues[0];
    expect(issue && validationKey(issue)).toEqual({ key: 'validation.country', params: { text: 'Germanie' } });
  });
});
