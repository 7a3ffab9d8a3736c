/**
 * The shortest-path graph of a maritime network (Eurostat MARNET as GeoJSON LineStrings): nodes are
 * line endpoints, snapped together within `snapNm`, edges are the lines, weighted by the great-circle
 * length of their segments in nautical miles. Adjacency is compressed (CSR) in typed arrays, so a
 * search touches a few flat arrays instead of objects. Each line's interior vertices are kept to
 * draw a route as the network draws it.
 */
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { gcNm } from './sphere';

/** How the network is read. */
export interface SeaGraphOptions {
  /** Values of the lines' `pass` property to leave out (e.g. ['suez', 'panama'] to route round). */
  closedPasses?: readonly string[];
  /** Endpoints closer than this are one node, in nm. The 4-decimal coordinates are good to 6 m,
   * and at 20 km generalisation nothing 100 m apart is meant as two places: 0.05 nm (93 m). */
  snapNm?: number;
}

/** The network as a graph; arrays are indexed by node, arc (a direction of an edge) or line. */
export interface SeaGraph {
  /** Number of nodes: the network's first, then any waypoints added (see router.ts). */
  nodes: number;
  networkNodes: number;
  /** Node latitudes and longitudes, in degrees. */
  lat: Float64Array;
  lon: Float64Array;
  /** Arcs leaving node v are first[v] .. first[v + 1] - 1. */
  first: Int32Array;
  /** Each arc's head node, length in nm, and line: i walked forwards, ~i (negative) backwards. */
  to: Int32Array;
  nm: Float64Array;
  line: Int32Array;
  /** Interior vertices of line i, as lon, lat pairs in coords[lineStart[i] .. lineStart[i + 1]). */
  lineStart: Int32Array;
  coords: Float64Array;
  /** Lines kept per `pass` value (null passes are not counted), and lines dropped: by closed
   * pass, as loops, as invalid, as cutting across land (land-edges.ts; `bridges` were kept). */
  passes: Record<string, number>;
  dropped: { closedPass: number; loop: number; invalid: number; acrossLand: number; bridges: number };
}

/** A network read into plain arrays, before assembly: nodes, and edges with their interiors. */
export interface RawNetwork {
  lat: number[];
  lon: number[];
  tails: number[];
  heads: number[];
  lengths: number[];
  interiors: number[][];
  passes: Record<string, number>;
  dropped: SeaGraph['dropped'];
}

/** Builds the graph of a network given as a GeoJSON FeatureCollection of LineStrings. */
export function buildSeaGraph(network: FeatureCollection, options: SeaGraphOptions = {}): SeaGraph {
  return assemble(readNetwork(network, options));
}

/** Reads the network's nodes and edges (see buildSeaGraph), to add to before assembling. */
export function readNetwork(network: FeatureCollection, options: SeaGraphOptions = {}): RawNetwork {
  if (network?.type !== 'FeatureCollection' || !Array.isArray(network.features))
    throw new TypeError('sea network: not a GeoJSON FeatureCollection');
  const closed = new Set(options.closedPasses ?? []);
  const snap = snapper(options.snapNm ?? 0.05);
  const raw: RawNetwork = {
    lat: snap.lat,
    lon: snap.lon,
    tails: [],
    heads: [],
    lengths: [],
    interiors: [],
    passes: {},
    dropped: { closedPass: 0, loop: 0, invalid: 0, acrossLand: 0, bridges: 0 },
  };
  for (const f of network.features) {
    const pass = typeof f.properties?.pass === 'string' ? (f.properties.pass as string) : null;
    for (const line of lines(f.geometry)) {
      if (
        line.length < 2 ||
        !line.every((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]) && Math.abs(p[1]) <= 90)
      ) {
        raw.dropped.invalid++;
        continue;
      }
      if (pass !== null && closed.has(pass)) {
        raw.dropped.closedPass++;
        continue;
      }
      const a = snap.node(line[0]);
      const b = snap.node(line[line.length - 1]);
      if (a === b) {
        raw.dropped.loop++;
        continue;
      }
      // Weighed through the snapped end nodes, so that every path is a chain of great-circle
      // segments between the points it is drawn through, and never shorter than the great circle.
      const pts = [[snap.lon[a], snap.lat[a]], ...line.slice(1, -1), [snap.lon[b], snap.lat[b]]];
      let nm = 0;
      for (let i = 0; i + 1 < pts.length; i++) nm += gcNm(pts[i][1], pts[i][0], pts[i + 1][1], pts[i + 1][0]);
      raw.tails.push(a);
      raw.heads.push(b);
      raw.lengths.push(nm);
      raw.interiors.push(line.slice(1, -1).flatMap((p) => [p[0], p[1]]));
      if (pass !== null) raw.passes[pass] = (raw.passes[pass] ?? 0) + 1;
    }
  }
  return raw;
}

/** The graph of nodes and edges read (and perhaps added to), in compressed typed arrays. */
export function assemble(raw: RawNetwork, networkNodes = raw.lat.length): SeaGraph {
  const { tails, heads, lengths, interiors } = raw;
  const n = raw.lat.length;
  const first = new Int32Array(n + 1);
  for (let e = 0; e < tails.length; e++) {
    first[tails[e] + 1]++;
    first[heads[e] + 1]++;
  }
  for (let v = 0; v < n; v++) first[v + 1] += first[v];
  const fill = first.slice(0, n);
  const to = new Int32Array(2 * tails.length),
    nm = new Float64Array(2 * tails.length),
    line = new Int32Array(2 * tails.length);
  for (let e = 0; e < tails.length; e++) {
    let k = fill[tails[e]]++;
    to[k] = heads[e];
    nm[k] = lengths[e];
    line[k] = e;
    k = fill[heads[e]]++;
    to[k] = tails[e];
    nm[k] = lengths[e];
    line[k] = ~e;
  }
  const lineStart = new Int32Array(interiors.length + 1);
  for (let e = 0; e < interiors.length; e++) lineStart[e + 1] = lineStart[e] + interiors[e].length;
  const coords = new Float64Array(lineStart[interiors.length]);
  interiors.forEach((c, e) => coords.set(c, lineStart[e]));
  return {
    nodes: n,
    networkNodes,
    lat: Float64Array.from(raw.lat),
    lon: Float64Array.from(raw.lon),
    first,
    to,
    nm,
    line,
    lineStart,
    coords,
    passes: raw.passes,
    dropped: raw.dropped,
  };
}

/** The lines of a geometry (LineString or MultiLineString; anything else has none). */
function lines(g: Geometry | null): Position[][] {
  if (g?.type === 'LineString' && Array.isArray(g.coordinates)) return [g.coordinates];
  if (g?.type === 'MultiLineString' && Array.isArray(g.coordinates)) return g.coordinates;
  return [];
}

/** Gives each endpoint a node, reusing the first node within `tol` nm (cells of 0.01°, 3 × 3 searched). */
function snapper(tol: number) {
  const lat: number[] = [],
    lon: number[] = [];
  const cells = new Map<number, number[]>();
  // -180 and 180 are one meridian: file both under 180 so that lines meeting there join.
  const key = (y: number, x: number) =>
    (Math.floor(y / 0.01) + 9001) * 36002 + Math.floor((x <= -180 ? x + 360 : x) / 0.01) + 18001;
  return {
    lat,
    lon,
    node(p: Position): number {
      const y = p[1],
        x = p[0];
      const k = key(y, x);
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          for (const v of cells.get(k + dy * 36002 + dx) ?? []) if (gcNm(y, x, lat[v], lon[v]) <= tol) return v;
        }
      }
      lat.push(y);
      lon.push(x);
      const list = cells.get(k);
      if (list) list.push(lat.length - 1);
      else cells.set(k, [lat.length - 1]);
      return lat.length - 1;
    },
  };
}
