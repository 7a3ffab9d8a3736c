/**
 * The coastline of world-atlas's 1:10m land polygons (Natural Earth), cut into segments and filed
 * in a grid of half-degree cells, so that a land or distance query looks at the few hundred
 * segments near a point instead of the 400,000 of the whole world. The 10m scale is the one that
 * still has Lampedusa and Linosa; the 50m one does not. Built once, on first use (about
 * half a second).
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

// Math's functions held locally: under jest's VM sandbox every `Math.x` is a slow global
// lookup, and these run hundreds of thousands of times while the index is built.
const { abs, floor, max, min, sign } = Math;

/** Size of a grid cell, in degrees. */
export const CELL_DEG = 0.5;
/** Grid columns, west to east from the 180th meridian. */
export const COLS = 360 / CELL_DEG;
/** Grid rows, south to north from the South Pole. */
export const ROWS = 180 / CELL_DEG;

/**
 * Coastline segments, four numbers each (lon1, lat1, lon2, lat2), and the cells that list them.
 * `closures` are the latitude ranges [lo, hi] along the 180th meridian where a polygon that crosses
 * it (Chukotka, Fiji, Antarctica around the pole) must be closed for the even-odd rule: they are
 * not coastline, so distances ignore them.
 */
export interface LandIndex {
  segments: Float64Array;
  cells: Map<number, number[]>;
  closures: number[][];
}

let index: LandIndex | undefined;

/** The grid column of a longitude in [-180, 180], clamped so that 180 itself is the last column. */
export function col(lon: number): number {
  return max(0, min(COLS - 1, floor((lon + 180) / CELL_DEG)));
}

/** The grid row of a latitude, clamped to the grid. */
export function row(lat: number): number {
  return max(0, min(ROWS - 1, floor((lat + 90) / CELL_DEG)));
}

/** The land index, built on first use. */
export function landIndex(): LandIndex {
  if (index) return index;
  // Required lazily (not imported): 3 MB of JSON is parsed only by the code that asks about land.
  const topology = require('world-atlas/land-10m.json') as Topology<{ land: GeometryCollection }>;
  const land = feature(topology, topology.objects.land) as FeatureCollection | Feature;
  const features = land.type === 'FeatureCollection' ? land.features : [land];
  const rings: Position[][] = [];
  for (const f of features) {
    const g = f.geometry as Polygon | MultiPolygon;
    if (g.type === 'Polygon') rings.push(...g.coordinates);
    else if (g.type === 'MultiPolygon') for (const poly of g.coordinates) rings.push(...poly);
  }
  index = build(rings);
  return index;
}

function build(rings: Position[][]): LandIndex {
  const count = rings.reduce((n, r) => n + max(0, r.length - 1), 0);
  const segments = new Float64Array(count * 4);
  const cells = new Map<number, number[]>();
  const closures: number[][] = [];
  let s = 0;
  for (const ring of rings) {
    const jumps: number[] = [];
    for (let i = 0; i + 1 < ring.length; i++, s++) {
      let lon1 = ring[i][0];
      let lon2 = ring[i + 1][0];
      const lat1 = ring[i][1];
      const lat2 = ring[i + 1][1];
      // A few edges (Fiji, Chukotka, Antarctica) step from 179.9 to -180: the same meridian, so
      // keep them on one side instead of letting them span the whole map.
      if (abs(lon1 - lon2) > 180) {
        if (abs(lon1) === 180) lon1 = sign(lon2) * 180;
        else lon2 = sign(lon1) * 180;
        jumps.push(abs(lon1) === 180 ? lat1 : lat2);
      }
      // Plain indexing rather than destructuring: this loop runs 400,000 times at start-up.
      segments[s * 4] = lon1;
      segments[s * 4 + 1] = lat1;
      segments[s * 4 + 2] = lon2;
      segments[s * 4 + 3] = lat2;
      // File the segment in every cell its bounding box touches (segments are short at this scale).
      const c1 = col(min(lon1, lon2));
      const c2 = col(max(lon1, lon2));
      const r1 = row(min(lat1, lat2));
      const r2 = row(max(lat1, lat2));
      for (let r = r1; r <= r2; r++) {
        for (let c = c1; c <= c2; c++) {
          const key = r * COLS + c;
          const list = cells.get(key);
          if (list) list.push(s);
          else cells.set(key, [s]);
        }
      }
    }
    closures.push(...closeAlongAntimeridian(jumps));
  }
  return { segments, cells, closures };
}

/** Where a ring jumps across the 180th meridian, paired up; an odd one out goes round the pole. */
function closeAlongAntimeridian(jumps: number[]): number[][] {
  if (jumps.length === 0) return [];
  const lats = [...jumps].sort((a, b) => a - b);
  if (lats.length % 2 === 1) {
    if (lats[0] < 0) lats.unshift(-90);
    else lats.push(90);
  }
  const out: number[][] = [];
  for (let i = 0; i + 1 < lats.length; i += 2) out.push([lats[i], lats[i + 1]]);
  return out;
}
