/**
 * Joining a position (a boat's fix, a port) to the sea network by straight segments that do not
 * cross land. The land itself is not known here: the caller passes a LandModel, so that this module
 * stays free of files and Node (the backend builds one from the world-atlas 1:10m land).
 *
 * The rule, for a place P and a network node V: the great-circle segment P-V must be at sea except
 * within P's allowance of P and V's allowance of V. A place at sea has no allowance; a place on land
 * (half the World Port Index lies in harbour basins, river mouths and lagoons that the 1:10m
 * coastline closes) may cross its distance to the nearest coast plus half a mile, the stretch it
 * needs to reach open water. If no node can be joined that way, the allowance is doubled, then
 * doubled again (a harbour up a long inlet, a fix in a lagoon), and only then is the place given up.
 *
 * Which nodes: in each of twelve directions, the nearest node that can be joined. Joining only the
 * nearest few would tie a boat to one stretch of coast; one per direction lets a route leave
 * towards any port (a "constrained Yao graph", a known spanner of the land-free visibility graph).
 */
import type { SeaGraph } from './graph';
import { type PointGrid, nearestNm, within } from './grid';
import { type LatLon, wrapLon } from './sphere';

// Math's functions held locally: under jest's VM sandbox every `Math.x` is a slow global lookup.
const { atan2, cos, floor, max, min } = Math;

/** What the router needs to know about land. */
export interface LandModel {
  /** How far inside land the position is, in nm: 0 at sea, else its distance to the nearest coast. */
  inlandNm(p: LatLon): number;
  /** Whether the great-circle segment a-b is at sea except within skipANm of a and skipBNm of b
   * (`aOnLand` says whether a itself is on land); true when the two stretches cover it all. */
  atSea(a: LatLon, b: LatLon, skipANm: number, skipBNm: number, aOnLand: boolean): boolean;
}

/** A place joined to the network. */
export interface Joined {
  lat: number;
  lon: number;
  /** Distance to the nearest coast when on land, 0 at sea. */
  inlandNm: number;
  /** The stretch next to the place that its segments may cross on land, in nm. */
  allowanceNm: number;
  /** The nodes it is joined to, nearest first, and the length of each join in nm. */
  nodes: number[];
  nm: number[];
}

/** The graph, its node grid, the land and each node's own allowance (nodes on land have one too). */
export interface JoinContext {
  graph: SeaGraph;
  grid: PointGrid;
  land: LandModel;
  nodeAllowance: Float64Array;
}

/** Half a mile beyond the coast: the 1:10m coastline is drawn to about that accuracy. */
export const MARGIN_NM = 0.5;
/** Nodes within this distance (or 1.5 times the nearest node's plus 10 nm, if more) are considered. */
const RADIUS_NM = 30;
/** Directions (cones of 30°) in each of which the nearest node that can be joined is joined. */
const CONES = 12;
/** At most this many candidates are tested per radius, so that a place enclosed by land stays cheap. */
const MAX_TESTS = 48;

/** The allowance of a place `inland` nm inside land: what it needs to reach the coast, with the margin. */
export function allowanceOf(inland: number): number {
  return inland > 0 ? inland + MARGIN_NM : 0;
}

/** Joins a place to the network's nearest nodes that it can reach; `nodes` is empty if none. */
export function joinPlace(ctx: JoinContext, p: LatLon, inland = ctx.land.inlandNm(p)): Joined {
  const { graph, grid, land, nodeAllowance } = ctx;
  const base = allowanceOf(inland);
  const out: Joined = { lat: p.lat, lon: p.lon, inlandNm: inland, allowanceNm: base, nodes: [], nm: [] };
  const nearest = nearestNm(grid, p.lat, p.lon);
  if (!Number.isFinite(nearest)) return out;
  const node = { lat: 0, lon: 0 };
  const r = max(RADIUS_NM, 1.5 * nearest + 10);
  for (const allowance of [base, 2 * base || 2 * MARGIN_NM, 4 * base || 4 * MARGIN_NM]) {
    out.allowanceNm = allowance;
    const sees = (v: number) => {
      node.lat = graph.lat[v];
      node.lon = graph.lon[v];
      return land.atSea(p, node, allowance, nodeAllowance[v], inland > 0);
    };
    // Farther out (twice, four times) only if nothing within r can be joined.
    pickInCones(grid, p.lat, p.lon, [r, 2 * r, 4 * r], r, CONES, MAX_TESTS, sees, out);
    if (out.nodes.length > 0) return out;
  }
  return out;
}

/**
 * Among the points of `grid` within the `radii` of (lat, lon) (each tried after the one before,
 * going on past `enough` only while nothing was picked), the nearest in each of `cones` directions
 * that `sees` accepts (or `known` says is picked already, at no test), at most `maxTests` tests;
 * appended to `out`.
 */
export function pickInCones(
  grid: PointGrid,
  lat: number,
  lon: number,
  radii: number[],
  enough: number,
  cones: number,
  maxTests: number,
  sees: (v: number) => boolean,
  out: { nodes: number[]; nm: number[] },
  known?: (v: number) => boolean,
): void {
  const cosLat = cos(lat * RAD);
  const full = cones >= 32 ? -1 : (1 << cones) - 1;
  let filled = 0,
    tests = 0,
    done = -1;
  for (const radius of radii) {
    const near = within(grid, lat, lon, radius);
    for (let i = 0; i < near.count && tests < maxTests && filled !== full; i++) {
      if (near.nm[i] <= done) continue; // seen within the radius before
      const v = near.ids[i];
      const dx = wrapLon(grid.lon[v] - lon) * cosLat,
        dy = grid.lat[v] - lat;
      const cone = min(cones - 1, floor(((atan2(dx, dy) + Math.PI) / (2 * Math.PI)) * cones));
      if (filled & (1 << cone)) continue;
      if (!(known?.(v) ?? false)) {
        tests++;
        if (!sees(v)) continue;
      }
      filled |= 1 << cone;
      out.nodes.push(v);
      out.nm.push(near.nm[i]);
    }
    if (tests >= maxTests || filled === full || (radius >= enough && out.nodes.length > 0)) return;
    done = radius;
  }
}

const RAD = Math.PI / 180;
