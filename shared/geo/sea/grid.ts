/**
 * Points (network nodes) filed in a grid of half-degree cells, to find those within a distance of a
 * position without measuring all 14,000. The cells searched cover the whole spherical cap, so no
 * point within the distance is missed, near the poles and across the 180th meridian included.
 */
import { EARTH_RADIUS_NM, gcNm, unitInto } from './sphere';

// Math's functions held locally: under jest's VM sandbox every `Math.x` is a slow global lookup.
const { abs, asin, cos, floor, max, min, round, sin } = Math;

/** Cell size in degrees: half a degree keeps a 25 nm query to a few cells on crowded coasts. */
const DEG = 0.5;
const COLS = 360 / DEG;
const ROWS = 180 / DEG;
const RAD = Math.PI / 180;
const NM_PER_DEG = EARTH_RADIUS_NM * RAD;

/** Points filed by cell: the points of cell k are items[first[k] .. first[k + 1]); `unit` holds
 * their unit vectors (x, y, z), which tell in three multiplications whether one is in range. */
export interface PointGrid {
  lat: Float64Array;
  lon: Float64Array;
  unit: Float64Array;
  first: Int32Array;
  items: Int32Array;
}

const colOf = (lon: number) => ((floor((lon + 180) / DEG) % COLS) + COLS) % COLS;
const rowOf = (lat: number) => max(0, min(ROWS - 1, floor((lat + 90) / DEG)));

/** Files `count` points given by their latitudes and longitudes. */
export function buildGrid(lat: Float64Array, lon: Float64Array, count = lat.length): PointGrid {
  const first = new Int32Array(ROWS * COLS + 1);
  const cell = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    cell[i] = rowOf(lat[i]) * COLS + colOf(lon[i]);
    first[cell[i] + 1]++;
  }
  for (let k = 0; k < ROWS * COLS; k++) first[k + 1] += first[k];
  const fill = first.slice(0, ROWS * COLS);
  const items = new Int32Array(count);
  for (let i = 0; i < count; i++) items[fill[cell[i]]++] = i;
  const unit = new Float64Array(3 * count);
  for (let i = 0; i < count; i++) unitInto(lat[i], lon[i], unit, 3 * i);
  return { lat, lon, unit, first, items };
}

/** Points found by `within`: ids[0 .. count) nearest first, with their exact distances in nm. */
export interface Found {
  count: number;
  ids: Int32Array;
  nm: Float64Array;
}

/**
 * The points within `radiusNm` of (lat, lon), nearest first (to 1e-4 nm: closer than that, in a
 * fixed order). The answer lives in
 * buffers reused by the next call: this runs for every join and every waypoint link, and garbage
 * from tens of thousands of calls cost more than the search.
 */
export function within(grid: PointGrid, lat: number, lon: number, radiusNm: number): Found {
  let count = 0;
  const dLat = radiusNm / NM_PER_DEG;
  const r1 = rowOf(lat - dLat);
  const r2 = rowOf(lat + dLat);
  // The cap's longitude half-width is asin(sin(d) / cos(lat)), or everything once it holds a pole.
  const d = radiusNm / EARTH_RADIUS_NM;
  const ratio = abs(lat) + dLat >= 90 ? 2 : sin(min(d, Math.PI / 2)) / cos(lat * RAD);
  const dLon = ratio >= 1 ? 180 : asin(ratio) / RAD;
  const cols = dLon >= 180 ? COLS : floor((lon + dLon + 180) / DEG) - floor((lon - dLon + 180) / DEG) + 1;
  const c1 = dLon >= 180 ? 0 : colOf(lon - dLon);
  const { unit } = grid;
  unitInto(lat, lon, here, 0);
  const hx = here[0],
    hy = here[1],
    hz = here[2];
  const cosRange = d >= Math.PI ? -2 : cos(d) - 1e-12;
  for (let r = r1; r <= r2; r++) {
    for (let j = 0; j < min(cols, COLS); j++) {
      const k = r * COLS + ((c1 + j) % COLS);
      for (let i = grid.first[k]; i < grid.first[k + 1]; i++) {
        const p = grid.items[i];
        // Out of range by the dot product of unit vectors (with a hair to spare for rounding):
        // no need for the haversine, which is for the points in range.
        if (unit[3 * p] * hx + unit[3 * p + 1] * hy + unit[3 * p + 2] * hz < cosRange) continue;
        const nm = gc(lat, lon, grid.lat[p], grid.lon[p]);
        if (nm > radiusNm) continue;
        if (count === keys.length) {
          if (count === SLOTS) throw new RangeError('too many points within the radius');
          grow();
        }
        keys[count] = nm;
        ids[count++] = p;
      }
    }
  }
  // Sorted natively as numbers: each distance (to 1e-4 nm) packed with its position in the scan,
  // which also breaks ties in a fixed order. A comparator sort of thousands of candidates (a boat
  // far out, whose join radius takes in a whole coast) cost more than the rest of a ranking.
  if (packed.length < count) packed = new Float64Array(keys.length);
  const o = packed.subarray(0, count);
  for (let i = 0; i < count; i++) o[i] = round(keys[i] * 1e4) * SLOTS + i;
  o.sort();
  for (let i = 0; i < count; i++) {
    const at = o[i] % SLOTS;
    found.ids[i] = ids[at];
    found.nm[i] = keys[at];
  }
  found.count = count;
  return found;
}

/** Positions packed with a distance: up to 2^20 candidates (the world's nodes are under 2^17). */
const SLOTS = 2 ** 20;
const here = new Float64Array(3);
let keys = new Float64Array(1024);
let ids = new Int32Array(1024);
let packed = new Float64Array(1024);
const found: Found = { count: 0, ids: new Int32Array(1024), nm: new Float64Array(1024) };

function grow(): void {
  const k = new Float64Array(keys.length * 2),
    i = new Int32Array(keys.length * 2);
  k.set(keys);
  i.set(ids);
  keys = k;
  ids = i;
  found.ids = new Int32Array(keys.length);
  found.nm = new Float64Array(keys.length);
}

/** The distance to the nearest point, searching ever wider up to `maxNm` (Infinity if none). */
export function nearestNm(grid: PointGrid, lat: number, lon: number, maxNm = 6000): number {
  for (let r = 30; ; r *= 2) {
    const near = within(grid, lat, lon, min(r, maxNm));
    if (near.count > 0) return near.nm[0];
    if (r >= maxNm) return Infinity;
  }
}

// Held locally: imported bindings can be getters under some bundlers, and this runs per point.
const gc = gcNm;
