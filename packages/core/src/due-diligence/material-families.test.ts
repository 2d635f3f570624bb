import { describe, expect, it } from 'vitest';
import { classifyMaterial, metalLabel } from './material-families.js';

describe('classifyMaterial', () => {
  it.each([
    ['tin', 'tin', false],
    ['cassiterite', 'tin', false],
    ['tin_scrap', 'tin', true],
    ['coltan', 'tantalum', false],
    ['bauxite', 'aluminium', false],
    ['aluminium_scrap', 'aluminium', true],
    ['secondary_aluminum', 'aluminium', true],
    ['wolframite_concentrate', 'tungsten', false],
    ['unobtainium', 'unobtainium', false],
  ])('reads %s as %s (recycled: %s)', (id, metal, recycled) => {
    expect(classifyMaterial(id)).toEqual({ metal, recycled });
  });

  it('prefers the catalogue resolver when it knows the id', () => {
    const resolve = (id: string) => (id === 'sn_ingot' ? { metal: 'tin', recycled: false } : undefined);
    expect(classifyMaterial('sn_ingot', resolve)).toEqual({ metal: 'tin', recycled: false });
    expect(classifyMaterial('gold_scrap', resolve)).toEqual({ metal: 'gold', recycled: true });
  });

  it('labels unknown metals with their id', () => {
    expect(metalLabel('hafnium_sponge')).toEqual({ en: 'hafnium sponge', nl: 'hafnium sponge' });
    expect(metalLabel('rare_earths').nl).toBe('zeldzame aardmetalen');
  });
});
