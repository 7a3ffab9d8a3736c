/**
 * A route as a GeoJSON LineString for the console's map: the start, the network's own lines the
 * search went through, the destination. Long straight stretches (a join, a land-free direct line,
 * an ocean edge) are drawn as the great circles they were measured along, with a vertex every half
 * degree, and longitudes are unwrapped so that a route over the 180th meridian is drawn as one line
 * (Leaflet draws longitudes beyond ±180 as it should; such a line is the only exception to ±180).
 */
import type { LineString, Position } from 'geojson';
import type { SeaGraph } from './graph';
import type { Search } from './search';
import { type LatLon, gcNm } from './sphere';

// Math's functions held locally: under jest's VM sandbox every `Math.x` is a slow global lookup.
const { atan2, ceil, cos, hypot, sin } = Math;

const RAD = Math.PI / 180;
/** Longest stretch drawn straight, in degrees of arc (as land-crossing.ts tests straight lines). */
const STEP_DEG = 0.5;

/** The points a search went through to reach index `end`, from `from` to `to`, as [lon, lat]. */
export function searchPath(graph: SeaGraph, search: Search, end: number, from: LatLon, to: LatLon): Position[] {
  const arcs: number[] = [];
  let v = end;
  let start = end;
  while (v >= 0) {
    if (search.arc[v] >= 0) arcs.push(search.arc[v]);
    start = v;
    v = search.from[v];
  }
  const out: Position[] = [
    [from.lon, from.lat],
    [graph.lon[start], graph.lat[start]],
  ];
  for (let i = arcs.length - 1; i >= 0; i--) {
    const k = arcs[i];
    const e = graph.line[k] >= 0 ? graph.line[k] : ~graph.line[k];
    const interior: Position[] = [];
    for (let c = graph.lineStart[e]; c < graph.lineStart[e + 1]; c += 2)
      interior.push([graph.coords[c], graph.coords[c + 1]]);
    if (graph.line[k] < 0) interior.reverse();
    out.push(...interior, [graph.lon[graph.to[k]], graph.lat[graph.to[k]]]);
  }
  out.push([to.lon, to.lat]);
  return out;
}

/** The LineString through `points`, densified along great circles, longitudes unwrapped. */
export function drawLine(points: Position[]): LineString {
  const out: Position[] = [];
  for (const p of points) {
    const prev = out[out.length - 1];
    if (prev && gcNm(prev[1], prev[0], p[1], p[0]) === 0) continue;
    if (prev) out.push(...between(prev, p));
    // Unwrapped: within 180° of the previous vertex, so that the line never jumps across the map
    // (whole turns added, so that a vertex that needs none keeps its exact longitude).
    out.push([prev ? near(p[0], prev[0]) : p[0], p[1]]);
  }
  if (out.length === 1) out.push([out[0][0], out[0][1]]);
  return { type: 'LineString', coordinates: out };
}

/** Great-circle points strictly between a and b, every STEP_DEG or less, unwrapped from a. */
function between(a: Position, b: Position): Position[] {
  const arc = gcNm(a[1], a[0], b[1], b[0]) / (6371008.8 / 1852) / RAD;
  const n = ceil(arc / STEP_DEG);
  if (n <= 1) return [];
  const [ax, ay, az] = unit(a),
    [bx, by, bz] = unit(b);
  const delta = arc * RAD;
  const out: Position[] = [];
  let lastLon = a[0];
  for (let k = 1; k < n; k++) {
    const f = k / n;
    const wa = sin((1 - f) * delta) / sin(delta),
      wb = sin(f * delta) / sin(delta);
    const x = wa * ax + wb * bx,
      y = wa * ay + wb * by,
      z = wa * az + wb * bz;
    lastLon = near(atan2(y, x) / RAD, lastLon);
    out.push([lastLon, atan2(z, hypot(x, y)) / RAD]);
  }
  return out;
}

/** The longitude `lon` plus or minus whole turns, to be within 180° of `ref`. */
function near(lon: number, ref: number): number {
  while (lon - ref > 180) lon -= 360;
  while (lon - ref < -180) lon += 360;
  return lon;
}

function unit(p: Position): [number, number, number] {
  const c = cos(p[1] * RAD);
  return [c * cos(p[0] * RAD), c * sin(p[0] * RAD), sin(p[1] * RAD)];
}
