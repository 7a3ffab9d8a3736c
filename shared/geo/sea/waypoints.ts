/**
 * Coastal waypoints added to the network: each is linked by straight land-free segments to the
 * nearest nodes and waypoints it can see, so that routes can hug a coast round its capes and reach
 * harbours in fjords and sounds the 20 km network does not enter. The links are built once, with
 * the graph; a waypoint that sees nothing stays unlinked and unused.
 */
import type { RawNetwork } from './graph';
import { type PointGrid, buildGrid, nearestNm } from './grid';
import { type LandModel, pickInCones } from './join';

/** How waypoints are linked. */
export interface WaypointLinking {
  /** Candidates are the nodes and waypoints within this distance, in nm. */
  radiusNm: number;
  /** Directions, in each of which the nearest node or waypoint that can be seen is linked. */
  cones: number;
  /** At most this many candidates are tested per waypoint. */
  tests: number;
}

/** Sensible linking (see README-section.md for how it was chosen). */
export const DEFAULT_LINKING: WaypointLinking = { radiusNm: 25, cones: 8, tests: 24 };

/**
 * Adds an edge to `raw` for every link of the waypoints (raw nodes from `firstWaypoint` on), each
 * straight (no interior vertices) and weighed by its great-circle length; returns how many.
 */
export function linkWaypoints(
  raw: RawNetwork,
  firstWaypoint: number,
  grid: PointGrid,
  land: LandModel,
  allowance: Float64Array,
  linking: WaypointLinking,
): number {
  const n = raw.lat.length;
  const { cones } = linking;
  // Each waypoint's own links, so that a pair linked from one end is not tested again from the other.
  const own = new Int32Array((n - firstWaypoint) * cones).fill(-1);
  const a = { lat: 0, lon: 0 },
    b = { lat: 0, lon: 0 };
  const picked = { nodes: [] as number[], nm: [] as number[] };
  let added = 0;
  for (let w = firstWaypoint; w < n; w++) {
    if (allowance[w] > 0) continue; // a waypoint on land after all: leave it out
    a.lat = raw.lat[w];
    a.lon = raw.lon[w];
    picked.nodes.length = 0;
    picked.nm.length = 0;
    const sees = (v: number) => {
      if (v === w) return false;
      b.lat = raw.lat[v];
      b.lon = raw.lon[v];
      return land.atSea(a, b, 0, allowance[v], false);
    };
    const known = (v: number) =>
      v >= firstWaypoint &&
      v < w &&
      own.subarray((v - firstWaypoint) * cones, (v - firstWaypoint + 1) * cones).includes(w);
    pickInCones(grid, a.lat, a.lon, [linking.radiusNm], linking.radiusNm, cones, linking.tests, sees, picked, known);
    picked.nodes.forEach((v, k) => {
      if (known(v)) return;
      own[(w - firstWaypoint) * cones + k] = v;
      raw.tails.push(w);
      raw.heads.push(v);
      raw.lengths.push(picked.nm[k]);
      raw.interiors.push([]);
      added++;
    });
  }
  return added + connectToNetwork(raw, firstWaypoint, land, allowance, linking);
}

/**
 * Links every group of waypoints that the links left apart from the network (a coast whose
 * network lane runs farther out than the linking radius: most of the Black Sea's) to the network
 * nodes its waypoints can see, trying its waypoints nearest to the network first.
 */
function connectToNetwork(
  raw: RawNetwork,
  firstWaypoint: number,
  land: LandModel,
  allowance: Float64Array,
  linking: WaypointLinking,
): number {
  const n = raw.lat.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const root = (v: number): number => {
    while (parent[v] !== v) v = parent[v] = parent[parent[v]];
    return v;
  };
  for (let e = 0; e < raw.tails.length; e++) parent[root(raw.tails[e])] = root(raw.heads[e]);
  const linked = new Uint8Array(n);
  for (let v = 0; v < firstWaypoint; v++) linked[root(v)] = 1;
  const groups = new Map<number, number[]>();
  for (let w = firstWaypoint; w < n; w++) {
    if (linked[root(w)] || allowance[w] > 0) continue;
    const list = groups.get(root(w));
    if (list) list.push(w);
    else groups.set(root(w), [w]);
  }
  const lat = Float64Array.from(raw.lat),
    lon = Float64Array.from(raw.lon);
  const network = buildGrid(lat, lon, firstWaypoint);
  const a = { lat: 0, lon: 0 },
    b = { lat: 0, lon: 0 };
  let added = 0;
  for (const group of groups.values()) {
    // Up to 48 of its waypoints, spread along it (they were filed in coastline order), measured
    // to the network: measuring every one of a fjord's hundreds cost a second at start-up.
    const members =
      group.length <= 48 ? group : Array.from({ length: 48 }, (_, k) => group[Math.floor((k * group.length) / 48)]);
    const gap = members.map((w) => nearestNm(network, lat[w], lon[w]));
    const order = members
      .map((_, i) => i)
      .sort((i, j) => gap[i] - gap[j])
      .slice(0, 16);
    for (const i of order) {
      const w = members[i];
      a.lat = lat[w];
      a.lon = lon[w];
      const picked = { nodes: [] as number[], nm: [] as number[] };
      const sees = (v: number) => {
        b.lat = lat[v];
        b.lon = lon[v];
        return land.atSea(a, b, 0, allowance[v], false);
      };
      const radius = Math.max(linking.radiusNm, 1.5 * gap[i] + 10);
      pickInCones(network, a.lat, a.lon, [radius], radius, linking.cones, linking.tests, sees, picked);
      picked.nodes.forEach((v, k) => {
        raw.tails.push(w);
        raw.heads.push(v);
        raw.lengths.push(picked.nm[k]);
        raw.interiors.push([]);
        added++;
      });
      if (picked.nodes.length > 0) break;
    }
  }
  return added;
}
