import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { findCountry } from '@assay/core';
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** One country outline of the world map, projected once at start-up. */
export type WorldShape = {
  /** ISO 3166-1 alpha-2 code, or null for an area without one (Kosovo). */
  readonly alpha2: string | null;
  /** Natural Earth name (used when there is no ISO code). */
  readonly name: string;
  /** Stable id for SVG references. */
  readonly key: string;
  /** SVG path data in the map's viewBox. */
  readonly d: string;
};

/** Size of the map's viewBox. */
export const WORLD_MAP_WIDTH = 960;
export const WORLD_MAP_HEIGHT = 470;

/**
 * The three shapes of world-atlas 110m without an ISO numeric id, mapped by name: Northern Cyprus and
 * Somaliland are shown as part of the ISO country they belong to; Kosovo has no ISO 3166-1 code and
 * is not scored (docs/RISK-METHOD.md §Missing data).
 */
const UNNUMBERED: Readonly<Record<string, string | null>> = { 'N. Cyprus': 'CY', Somaliland: 'SO', Kosovo: null };

/** Antarctica carries no risk data and takes a fifth of the map; it is left out. */
const LEFT_OUT = new Set(['010']);

type CountryProps = { name: string };

function loadShapes(): readonly WorldShape[] {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology<{
    countries: GeometryCollection<CountryProps>;
  }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, CountryProps>;
  const features = collection.features.filter((f) => !LEFT_OUT.has(String(f.id ?? '')));
  const projection = geoEqualEarth().fitSize([WORLD_MAP_WIDTH, WORLD_MAP_HEIGHT], {
    type: 'FeatureCollection',
    features,
  });
  const path = geoPath(projection).digits(0);
  return features.flatMap((f: Feature<Geometry, CountryProps>, index) => {
    const name = f.properties.name;
    const alpha2 = f.id !== undefined ? (findCountry(String(f.id))?.alpha2 ?? null) : (UNNUMBERED[name] ?? null);
    const d = path(f);
    if (!d) return [];
    return [{ alpha2, name, key: `${alpha2 ?? 'x'}-${index}`, d }];
  });
}

let shapes: readonly WorldShape[] | undefined;

/** The projected country outlines (Equal Earth, Natural Earth 1:110m via world-atlas), computed once. */
export function worldShapes(): readonly WorldShape[] {
  shapes ??= loadShapes();
  return shapes;
}
