/**
 * Whether a straight line at sea crosses land (the world-atlas 1:10m land), and whether a point is
 * on land, fast. The crossings themselves are found by coast-crossing.ts.
 */
import { eachCoastCrossing } from './coast-crossing';
import * as coarse from './land-index';
import * as sphere from './sea/sphere';
import type { LatLon } from './sea/sphere';

export { eachCoastCrossing } from './coast-crossing';

// Imports held locally: under some bundlers (tsx) an imported binding is a getter.
const { greatCircle, wrapLon: wrap } = sphere;
const { CELL_DEG, COLS, ROWS, col, landIndex, row } = coarse;

/** The coastline crossings of the great-circle segment a→b, as fractions of its length, ascending. */
export function coastCrossings(a: LatLon, b: LatLon): number[] {
  const out: number[] = [];
  eachCoastCrossing(a, b, (t) => {
    out.push(t);
    return true;
  });
  return out.sort((p, q) => p - q);
}

/** Whether the great-circle segment a→b touches land anywhere, its ends included. */
export function crossesLand(a: LatLon, b: LatLon): boolean {
  if (landAt(a.lat, a.lon) || landAt(b.lat, b.lon)) return true;
  let crossed = false;
  eachCoastCrossing(a, b, () => {
    crossed = true;
    return false;
  });
  return crossed;
}

/**
 * Whether the great-circle segment a→b is at sea everywhere except within `skipANm` of a and
 * `skipBNm` of b (the stretches that a port or a fix a little inland needs to reach the water).
 * `aOnLand` is whether a itself is on land, if the caller knows it already. When the two
 * stretches cover the whole segment there is nothing left to be at sea, and the answer is true.
 */
export function atSeaBetween(a: LatLon, b: LatLon, skipANm = 0, skipBNm = 0, aOnLand = landAt(a.lat, a.lon)): boolean {
  const length = greatCircle(a, b);
  if (skipANm + skipBNm >= length) return true;
  const from = skipANm / length;
  const to = 1 - skipBNm / length;
  // At sea from `from` to `to` means: at sea at `from` (a's side, flipped by every crossing
  // before it) and no crossing between.
  let landAtFrom = aOnLand;
  let clear = true;
  eachCoastCrossing(a, b, (t) => {
    if (t <= from) {
      landAtFrom = !landAtFrom;
      return true;
    }
    if (t < to) {
      clear = false;
      return false;
    }
    return true;
  });
  return clear && !landAtFrom;
}

// Whether the centre of each land-index cell is on land: 0 not known yet, 1 sea, 2 land.
let centres = new Int8Array(0);

/**
 * Whether the position lies on land: the same answer as isOnLand (land.ts) in a microsecond or two.
 * isOnLand counts crossings of a ray to the 180th meridian, hundreds of cells long; here the answer
 * is that of the centre of the position's half-degree cell (all centres of a row are found at once
 * and kept), flipped by each coastline crossing between the centre and the position. A position in
 * a cell with no coastline takes its centre's answer at once.
 */
export function landAt(lat: number, lon: number): boolean {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return false;
  if (centres.length === 0) centres = new Int8Array(ROWS * COLS);
  const x = wrap(lon);
  const r = row(lat);
  const c = col(x);
  const k = r * COLS + c;
  if (centres[k] === 0) rowCentres(r);
  let land = centres[k] === 2;
  if (!landIndex().cells.has(k)) return land;
  const centre = { lat: -90 + (r + 0.5) * CELL_DEG, lon: -180 + (c + 0.5) * CELL_DEG };
  eachCoastCrossing(centre, { lat, lon: x }, () => {
    land = !land;
    return true;
  });
  return land;
}

/**
 * Whether each cell centre of row r is on land, by isOnLand's own rule (even-odd count of the
 * coastline crossings east of the point, each counted in the cell where the ray crosses it, plus
 * the closures along the 180th meridian), but for the 720 centres of the row in one sweep.
 */
function rowCentres(r: number): void {
  const { segments, cells, closures } = landIndex();
  const lat = -90 + (r + 0.5) * CELL_DEG;
  const xs: number[] = [];
  for (let c = 0; c < COLS; c++) {
    const list = cells.get(r * COLS + c);
    if (!list) continue;
    for (const s of list) {
      const o = s * 4;
      const x1 = segments[o],
        y1 = segments[o + 1],
        x2 = segments[o + 2],
        y2 = segments[o + 3];
      if (y1 > lat === y2 > lat) continue;
      const cross = x1 + ((lat - y1) * (x2 - x1)) / (y2 - y1);
      if (col(cross) === c) xs.push(cross);
    }
  }
  xs.sort((a, b) => a - b);
  let closed = 0;
  for (const [lo, hi] of closures) if (lat >= lo && lat < hi) closed++;
  for (let c = 0, i = 0; c < COLS; c++) {
    const x = -180 + (c + 0.5) * CELL_DEG;
    while (i < xs.length && xs[i] <= x) i++;
    centres[r * COLS + c] = (xs.length - i + closed) % 2 === 1 ? 2 : 1;
  }
}
