/**
 * Where a straight line crosses the world-atlas 1:10m coastline, exactly against its segments
 * (land-index.ts, filed in tenth-degree cells by coast-cells.ts); land-crossing.ts builds on it.
 * "Straight" is the great circle: the line is cut into pieces of at most half a degree of latitude
 * and of longitude, each treated as straight in longitude/latitude (within 200 m of the great
 * circle at 70° and far less nearer the equator, below the resolution of the 1:10m coastline), and
 * each piece is intersected with the coastline segments of the cells it passes through.
 */
import * as fine from './coast-cells';
import type { CoastCells } from './coast-cells';
import * as sphere from './sea/sphere';
import type { LatLon } from './sea/sphere';

const { abs, acos, atan2, ceil, max, min, sin, sqrt } = Math;
const RAD = Math.PI / 180;
/** Longest piece of a line treated as straight in longitude/latitude, in degrees. */
const PIECE_DEG = 0.5;
/** A hair, in degrees, by which the cells looked at are widened. */
const EPS = 1e-9;
// Imports held locally: under some bundlers (tsx) an imported binding is a getter, and these run
// for every cell of every line tested.
const { FINE_COLS, PER_DEG, SUB, cellStart: cellAt, coastCells, fineCol: fineColOf, fineRow: fineRowOf } = fine;
const { unitInto, wrapLon: wrap } = sphere;
// The unit vectors of a line's ends, reused: a ranking tests a hundred lines.
const ends = new Float64Array(6);

// Which coastline segments the current piece has already tested: a segment may be filed in
// several of the cells a piece passes through, but each crossing must be counted once.
let seen = new Uint32Array(0);
let stamp = 0;

/**
 * Calls `visit` with each coastline crossing of the great-circle segment a→b, as a fraction of
 * its length (0 at a, 1 at b), in no particular order; stops early when `visit` returns false.
 * A line through a coastline vertex counts once; a line along a coastline segment does not count.
 */
export function eachCoastCrossing(a: LatLon, b: LatLon, visit: (t: number) => boolean): void {
  const cells = coastCells();
  if (seen.length < cells.segments.length / 4) seen = new Uint32Array(cells.segments.length / 4);
  unitInto(a.lat, a.lon, ends, 0);
  unitInto(b.lat, b.lon, ends, 3);
  const ax = ends[0],
    ay = ends[1],
    az = ends[2],
    bx = ends[3],
    by = ends[4],
    bz = ends[5];
  const delta = acos(max(-1, min(1, ax * bx + ay * by + az * bz)));
  let dLon = wrap(b.lon - a.lon);
  const n = max(1, ceil(max(delta / RAD, abs(b.lat - a.lat), abs(dLon)) / PIECE_DEG));
  let x0 = wrap(a.lon);
  let y0 = a.lat;
  for (let k = 0; k < n; k++) {
    // The piece's far end on the great circle (spherical interpolation), its longitude unwrapped.
    let y1 = b.lat;
    dLon = wrap(b.lon - x0);
    if (k + 1 < n && delta > 0) {
      const f = (k + 1) / n;
      const wa = sin((1 - f) * delta) / sin(delta);
      const wb = sin(f * delta) / sin(delta);
      const px = wa * ax + wb * bx;
      const py = wa * ay + wb * by;
      const pz = wa * az + wb * bz;
      y1 = atan2(pz, sqrt(px * px + py * py)) / RAD;
      dLon = wrap(atan2(py, px) / RAD - x0);
    }
    const x1 = x0 + dLon;
    const last = k + 1 === n;
    // A piece over the 180th meridian is cut there, as the coastline is.
    const edge = x1 > 180 ? 180 : x1 < -180 ? -180 : 0;
    if (edge === 0) {
      if (!piece(x0, y0, x1, y1, k / n, 1 / n, last, cells, visit)) return;
    } else {
      const f = (edge - x0) / (x1 - x0);
      const ym = y0 + f * (y1 - y0);
      if (!piece(x0, y0, edge, ym, k / n, f / n, false, cells, visit)) return;
      if (!piece(-edge, ym, x1 - 2 * edge, y1, (k + f) / n, (1 - f) / n, last, cells, visit)) return;
    }
    x0 = wrap(x1);
    y0 = y1;
  }
}

/** Intersects one straight piece with the coastline; false when `visit` asked to stop. */
function piece(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  t0: number,
  dt: number,
  last: boolean,
  cells: CoastCells,
  visit: (t: number) => boolean,
): boolean {
  if (++stamp === 0xffffffff) {
    seen.fill(0);
    stamp = 1;
  }
  const { segments, starts, items } = cells;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const loX = min(x0, x1),
    hiX = max(x0, x1),
    loY = min(y0, y1),
    hiY = max(y0, y1);
  // Row by row, the run of cells the piece spans within the row's band of latitude, widened by a
  // hair so that a piece along a cell border looks on both sides of it.
  const r2 = fineRowOf(hiY + EPS);
  for (let r = fineRowOf(loY - EPS); r <= r2; r++) {
    let xa = loX,
      xb = hiX;
    if (dy !== 0) {
      const ta = (r / PER_DEG - 90 - y0) / dy,
        tb = ((r + 1) / PER_DEG - 90 - y0) / dy;
      xa = x0 + dx * max(0, min(1, min(ta, tb)));
      xb = x0 + dx * max(0, min(1, max(ta, tb)));
    }
    const c2 = min(FINE_COLS - 1, fineColOf(max(xa, xb) + EPS));
    for (let c = fineColOf(min(xa, xb) - EPS); c <= c2; c++) {
      const at = cellAt(cells, r, c);
      if (at < 0) {
        c += SUB - 1 - (c % SUB);
        continue;
      } // the whole block is free of coastline
      for (let i = starts[at]; i < starts[at + 1]; i++) {
        const s = items[i];
        if (seen[s] === stamp) continue;
        seen[s] = stamp;
        const o = s * 4;
        const qx = segments[o],
          qy = segments[o + 1],
          ex = segments[o + 2] - qx,
          ey = segments[o + 3] - qy;
        if (max(qx, qx + ex) < loX || min(qx, qx + ex) > hiX || max(qy, qy + ey) < loY || min(qy, qy + ey) > hiY)
          continue;
        const denom = dx * ey - dy * ex;
        if (denom === 0) continue;
        const wx = qx - x0,
          wy = qy - y0;
        const u = (wx * ey - wy * ex) / denom; // along the piece
        const v = (wx * dy - wy * dx) / denom; // along the coastline segment
        // Half-open on both, so that a crossing at a shared vertex or piece end counts once.
        if (v < 0 || v >= 1 || u < 0 || (last ? u > 1 : u >= 1)) continue;
        if (!visit(t0 + u * dt)) return false;
      }
    }
  }
  return true;
}
