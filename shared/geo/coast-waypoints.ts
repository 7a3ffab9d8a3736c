/**
 * Waypoints off the capes of the world-atlas 1:10m coastline, where sea routes bend round land.
 * The shortest way round obstacles bends only at their convex corners, so these points, joined to
 * each other and to the network by land-free segments, let a route hug a coast instead of keeping
 * to the 20 km network, which passes capes 10 nm off and does not enter most fjords and sounds.
 *
 * The coastline is simplified (Douglas-Peucker, `toleranceNm`), and each kept vertex where the land
 * forms a corner gets a waypoint `offsetNm` out to sea along the corner's bisector (nearer in a
 * narrow channel, dropped if even a quarter of it is on land).
 */
import { landIndex } from './land-index';
import { landAt } from './land-crossing';
import type { LatLon } from './sea/sphere';

// Math's functions held locally: under jest's VM sandbox every `Math.x` is a slow global lookup.
const { abs, cos, hypot, max } = Math;

const RAD = Math.PI / 180;

/** How the waypoints are chosen. */
export interface WaypointOptions {
  toleranceNm?: number;
  offsetNm?: number;
}

/** Waypoints at sea off the convex corners of the simplified coastline. */
export function coastWaypoints({ toleranceNm = 0.5, offsetNm = 0.5 }: WaypointOptions = {}): LatLon[] {
  const out: LatLon[] = [];
  for (const chain of chains()) {
    const closed = chain.length > 3 && chain[0] === chain[chain.length - 2] && chain[1] === chain[chain.length - 1];
    const kept = simplify(chain, toleranceNm / 60);
    // A closed ring's first vertex is also its last: its neighbours wrap round.
    const n = closed ? kept.length - 1 : kept.length;
    for (let k = closed ? 0 : 1; k < (closed ? n : n - 1); k++) {
      const q = kept[k],
        p = kept[(k - 1 + n) % n],
        s = kept[(k + 1) % n];
      const w = offCorner(chain, p, q, s, offsetNm, max(cos(chain[q + 1] * RAD), 0.01));
      if (w) out.push(w);
    }
  }
  return out;
}

/**
 * The point `offset` nm from vertex q away from the corner p-q-s (or half, or a quarter of that, in
 * a channel too narrow for the full offset), if it is at sea and the corner itself is land.
 */
function offCorner(c: number[], p: number, q: number, s: number, offset: number, cosLat: number): LatLon | null {
  const qx = c[q] * cosLat,
    qy = c[q + 1];
  let ux = c[p] * cosLat - qx,
    uy = c[p + 1] - qy,
    vx = c[s] * cosLat - qx,
    vy = c[s + 1] - qy;
  const lu = hypot(ux, uy),
    lv = hypot(vx, vy);
  if (lu === 0 || lv === 0) return null;
  ux /= lu;
  uy /= lu;
  vx /= lv;
  vy /= lv;
  // The bisector points into the narrower side of the corner; at a cape that side is land (checked
  // 0.05 nm in, so that the tip of a mole or a thin island counts). A nearly straight vertex is no
  // corner: its bisector is ill-defined and no route bends there.
  const bx = ux + vx,
    by = uy + vy;
  const lb = hypot(bx, by);
  if (lb < 0.1) return null;
  const at = (nm: number): LatLon => ({
    lat: c[q + 1] - ((by / lb) * nm) / 60,
    lon: c[q] - ((bx / lb) * nm) / 60 / cosLat,
  });
  const inside = at(-0.05);
  if (!landAt(inside.lat, inside.lon)) return null;
  for (const nm of [offset, offset / 2, offset / 4]) {
    const w = at(nm);
    if (!landAt(w.lat, w.lon)) return w;
  }
  return null;
}

/** The coastline as chains of vertices (lon, lat, lon, lat...), split where segments stop joining. */
function chains(): number[][] {
  const { segments } = landIndex();
  const out: number[][] = [];
  let cur: number[] = [];
  for (let o = 0; o < segments.length; o += 4) {
    if (cur.length === 0 || cur[cur.length - 2] !== segments[o] || cur[cur.length - 1] !== segments[o + 1]) {
      if (cur.length >= 4) out.push(cur);
      cur = [segments[o], segments[o + 1]];
    }
    cur.push(segments[o + 2], segments[o + 3]);
  }
  if (cur.length >= 4) out.push(cur);
  return out;
}

/** Douglas-Peucker on a chain: offsets (into the chain) of the vertices kept, in order. Distances
 * are in degrees of latitude, longitudes scaled by the cosine of the stretch's mean latitude. */
function simplify(c: number[], eps: number): number[] {
  const n = c.length / 2;
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  // A closed ring has both ends on one point: split it at its farthest vertex first.
  let far = 0,
    farD = -1;
  const cos0 = cos(c[1] * RAD);
  for (let i = 1; i < n - 1; i++) {
    const d = hypot((c[2 * i] - c[0]) * cos0, c[2 * i + 1] - c[1]);
    if (d > farD) {
      farD = d;
      far = i;
    }
  }
  keep[far] = 1;
  const stack: number[] = [0, far, far, n - 1];
  while (stack.length > 0) {
    const b = stack.pop()!,
      a = stack.pop()!;
    const cosLat = cos(((c[2 * a + 1] + c[2 * b + 1]) / 2) * RAD);
    const ax = c[2 * a] * cosLat,
      ay = c[2 * a + 1],
      dx = c[2 * b] * cosLat - ax,
      dy = c[2 * b + 1] - ay;
    const len = hypot(dx, dy);
    let best = -1,
      at = -1;
    for (let i = a + 1; i < b; i++) {
      const px = c[2 * i] * cosLat - ax,
        py = c[2 * i + 1] - ay;
      const d = len === 0 ? hypot(px, py) : abs(dx * py - dy * px) / len;
      if (d > best) {
        best = d;
        at = i;
      }
    }
    if (best > eps) {
      keep[at] = 1;
      stack.push(a, at, at, b);
    }
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(2 * i);
  return out;
}
