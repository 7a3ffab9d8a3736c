/**
 * Land and coast: whether a position is on land, and how far it is from the nearest coast, from
 * world-atlas's 1:10m land polygons (see land-index.ts). A fix on land is a warning, not an error
 * (see plausibility.ts): callers on a beach and typos both happen.
 */
import { CELL_DEG, COLS, ROWS, col, landIndex, row } from './land-index';

// Math's functions held locally: under jest's VM sandbox every `Math.x` is a slow global
// lookup, and these run for every coastline segment a query looks at.
const { cos, hypot, max, min } = Math;

/** Whether the position lies on land (a point exactly on the coastline may go either way). */
export function isOnLand(lat: number, lon: number): boolean {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return false;
  const { segments, cells, closures } = landIndex();
  const x = wrap(lon);
  const r = row(lat);
  // Even-odd rule: count coastline crossings of a ray going east from the point. Each segment is
  // counted only in the cell where the ray crosses it, as it may be filed in several.
  let crossings = 0;
  for (let c = col(x); c < COLS; c++) {
    const list = cells.get(r * COLS + c);
    if (!list) continue;
    for (let k = 0; k < list.length; k++) {
      const o = list[k] * 4;
      const x1 = segments[o];
      const y1 = segments[o + 1];
      const x2 = segments[o + 2];
      const y2 = segments[o + 3];
      if (y1 > lat === y2 > lat) continue;
      const cross = x1 + ((lat - y1) * (x2 - x1)) / (y2 - y1);
      if (cross > x && col(cross) === c) crossings++;
    }
  }
  for (const [lo, hi] of closures) if (lat >= lo && lat < hi) crossings++;
  return crossings % 2 === 1;
}

/**
 * Distance from the position to the nearest coastline, in nautical miles, whether the position is
 * at sea or on land. Distances are measured on a local flat projection centred on the position:
 * within a few hundred miles of the coast (all that matters at sea) they are within 1% of the
 * great-circle distance; farther out they are an approximation.
 */
export function nearestCoastNm(lat: number, lon: number): number {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return Number.NaN;
  const { segments, cells } = landIndex();
  const x0 = wrap(lon);
  const cosLat = max(cos((lat * Math.PI) / 180), 1e-6);
  const r0 = row(lat);
  const c0 = col(x0);
  let best = Infinity;
  // Search rings of cells outwards; stop once no cell in the next ring can be nearer than best.
  for (let ring = 0; ring <= COLS / 2; ring++) {
    if (best <= (ring - 1) * CELL_DEG * 60 * cosLat) break;
    for (let r = r0 - ring; r <= r0 + ring; r++) {
      if (r < 0 || r >= ROWS) continue;
      const step = r === r0 - ring || r === r0 + ring ? 1 : 2 * ring;
      for (let c = c0 - ring; c <= c0 + ring; c += max(step, 1)) {
        const list = cells.get(r * COLS + (((c % COLS) + COLS) % COLS));
        if (!list) continue;
        for (let k = 0; k < list.length; k++) {
          const o = list[k] * 4;
          const d = segmentNm(lat, x0, cosLat, segments[o], segments[o + 1], segments[o + 2], segments[o + 3]);
          if (d < best) best = d;
        }
      }
    }
  }
  return best;
}

/** Distance in nm from (lat0, lon0) to a segment, on the flat projection centred there. */
function segmentNm(
  lat0: number,
  lon0: number,
  cosLat: number,
  lon1: number,
  lat1: number,
  lon2: number,
  lat2: number,
): number {
  const ax = wrap(lon1 - lon0) * cosLat * 60;
  const ay = (lat1 - lat0) * 60;
  const bx = wrap(lon2 - lon0) * cosLat * 60;
  const by = (lat2 - lat0) * 60;
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : max(0, min(1, -(ax * dx + ay * dy) / len2));
  return hypot(ax + t * dx, ay + t * dy);
}

/** A longitude or longitude difference brought into [-180, 180). */
function wrap(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}
