import { describe, expect, it } from 'vitest';
import { mapValues } from './map-values.js';
import { worldShapes } from './world-shapes.js';

describe('world map shapes', () => {
  const shapes = worldShapes();

  it('gives every Natural Earth shape an ISO code, except Kosovo, which has none', () => {
    expect(shapes.filter((s) => s.alpha2 === null).map((s) => s.name)).toEqual(['Kosovo']);
    expect(shapes.length).toBeGreaterThan(170);
  });

  it('maps the shapes without an ISO numeric id by name: N. Cyprus to CY, Somaliland to SO', () => {
    expect(shapes.filter((s) => s.name === 'N. Cyprus').map((s) => s.alpha2)).toEqual(['CY']);
    expect(shapes.filter((s) => s.name === 'Somaliland').map((s) => s.alpha2)).toEqual(['SO']);
  });

  it('leaves Antarctica out and keys every shape uniquely', () => {
    expect(shapes.some((s) => s.alpha2 === 'AQ')).toBe(false);
    expect(new Set(shapes.map((s) => s.key)).size).toBe(shapes.length);
  });

  it('scores every mapped country for a material, per theme and overall', () => {
    const values = mapValues('cobalt-ore');
    expect(values.get('CD')?.child_labour.level).toBe('very_high');
    expect(values.get('CD')?.top.score).toBeGreaterThanOrEqual(values.get('CD')?.environment.score ?? 0);
    expect(values.has('XK')).toBe(false);
  });
});
