/**
 * Network edges that cut across land. MARNET is generalised to 20 km, and about one segment in
 * twenty crosses the 1:10m coastline: most run up rivers and canals or across lakes that the
 * 1:10m land fills in (their ends are on land), but some cut a cape between two nodes at sea (the
 * lane past Capo Vaticano, for one). An edge is kept when each of its segments is at sea but for
 * the allowance of its ends (the joining rule of join.ts, interior vertices included); one that
 * is not is dropped, since the coastal waypoints give a way round, unless dropping it would cut
 * the network in two.
 */
import type { RawNetwork } from './graph';
import { type LandModel, allowanceOf } from './join';

/** What became of the network's edges that cross land. */
export interface LandEdges {
  dropped: number;
  keptAsBridges: number;
}

/** Removes from `raw` the network edges (its first `edges`) that cut across land, as above. */
export function dropLandEdges(raw: RawNetwork, edges: number, land: LandModel, nodeAllowance: Float64Array): LandEdges {
  const a = { lat: 0, lon: 0 },
    b = { lat: 0, lon: 0 };
  const crosses = (e: number): boolean => {
    const inner = raw.interiors[e];
    const count = inner.length / 2 + 2;
    // Vertex k of the edge: its tail node, its interior vertices, its head node.
    const at = (k: number, p: { lat: number; lon: number }) => {
      const v = k === 0 ? raw.tails[e] : k === count - 1 ? raw.heads[e] : -1;
      p.lat = v >= 0 ? raw.lat[v] : inner[2 * k - 1];
      p.lon = v >= 0 ? raw.lon[v] : inner[2 * k - 2];
      return v >= 0 ? nodeAllowance[v] : allowanceOf(land.inlandNm(p));
    };
    let allowA = at(0, a);
    for (let k = 1; k < count; k++) {
      const allowB = at(k, b);
      if (!land.atSea(a, b, allowA, allowB, allowA > 0)) return true;
      a.lat = b.lat;
      a.lon = b.lon;
      allowA = allowB;
    }
    return false;
  };
  const bad: number[] = [];
  for (let e = 0; e < edges; e++) if (crosses(e)) bad.push(e);
  // Keep a bad edge whose ends the rest of the graph (waypoint links included) does not connect:
  // union-find over all other edges, then over the kept bad ones in turn.
  const parent = Int32Array.from({ length: raw.lat.length }, (_, i) => i);
  const root = (v: number): number => {
    while (parent[v] !== v) v = parent[v] = parent[parent[v]];
    return v;
  };
  const isBad = new Uint8Array(edges);
  for (const e of bad) isBad[e] = 1;
  for (let e = 0; e < raw.tails.length; e++)
    if (e >= edges || !isBad[e]) parent[root(raw.tails[e])] = root(raw.heads[e]);
  let keptAsBridges = 0;
  for (const e of bad) {
    const ra = root(raw.tails[e]),
      rb = root(raw.heads[e]);
    if (ra !== rb) {
      parent[ra] = rb;
      isBad[e] = 0;
      keptAsBridges++;
    }
  }
  const keep = (_: unknown, e: number) => e >= edges || !isBad[e];
  raw.tails = raw.tails.filter(keep);
  raw.heads = raw.heads.filter(keep);
  raw.lengths = raw.lengths.filter(keep);
  raw.interiors = raw.interiors.filter(keep);
  return { dropped: bad.length - keptAsBridges, keptAsBridges };
}
