/**
 * Sea distances and routes over the maritime network: a position is joined to the network by
 * land-free segments (join.ts), the network is searched (search.ts), and where the straight line
 * between the two places crosses no land the distance is the great circle. Every distance is the
 * length of a chain of great-circle segments from one place to the other, so it is never shorter
 * than the great circle; that is asserted on every answer.
 *
 * Pure and browser-safe: the network (parsed GeoJSON) and the land (a LandModel) are passed in.
 */
import type { FeatureCollection, LineString } from 'geojson';
import { type SeaGraph, type SeaGraphOptions, assemble, readNetwork } from './graph';
import { buildGrid } from './grid';
import { type JoinContext, type Joined, type LandModel, allowanceOf, joinPlace } from './join';
import { dropLandEdges } from './land-edges';
import { type PortInput, type PortTable, type PortsReport, buildPortTable } from './ports';
import { type PortDistance, Ranker } from './rank';
import { drawLine, searchPath } from './route-line';
import { Search } from './search';
import { type LatLon, atLeastGreatCircle, greatCircle, isPosition } from './sphere';
import { DEFAULT_LINKING, type WaypointLinking, linkWaypoints } from './waypoints';

/** A route: its length in nm, whether it is the direct great circle, and the line to draw. */
export interface SeaRoute {
  distanceNm: number;
  direct: boolean;
  line: LineString;
}

/** How the router is built: the network's options, and coastal waypoints to add to it. */
export interface SeaRouterOptions extends SeaGraphOptions {
  /** Points at sea off capes (coast-waypoints.ts in Node), linked into the network by land-free segments. */
  waypoints?: readonly LatLon[];
  linking?: WaypointLinking;
}

/** Sea distances, routes and port rankings over one network. */
export interface SeaRouter {
  /** The network graph, how many waypoint links it got, and how long building the router took. */
  readonly graph: SeaGraph;
  readonly links: number;
  readonly buildMs: number;
  /** Gives (or changes) the ports to rank; only ports new or moved since the last list are joined again. */
  setPorts(ports: readonly PortInput[]): PortsReport;
  /** The `n` ports nearest by sea, nearest first (ties by id), among those `accept` lets through. */
  nearestPorts(from: LatLon, n: number, accept?: (id: string) => boolean): PortDistance[];
  /** The sea distance in nm to a port (by id) or a position: Infinity if unreachable, NaN if not
   * positions. Throws on an unknown port. One search per call: to rank many ports, use nearestPorts. */
  distanceNm(from: LatLon, to: string | LatLon): number;
  /** The sea route to a port (by id) or a position; null if unreachable. Throws on an unknown port. */
  route(from: LatLon, to: string | LatLon): SeaRoute | null;
}

/** Builds a router over a network given as GeoJSON LineStrings, with the land to keep off. */
export function createSeaRouter(
  network: FeatureCollection,
  land: LandModel,
  options: SeaRouterOptions = {},
): SeaRouter {
  const started = performance.now();
  const raw = readNetwork(network, options);
  const networkNodes = raw.lat.length;
  for (const w of options.waypoints ?? [])
    if (isPosition(w)) {
      raw.lat.push(w.lat);
      raw.lon.push(w.lon);
    }
  const lat = Float64Array.from(raw.lat),
    lon = Float64Array.from(raw.lon);
  // Nodes on land (in harbours, rivers and lakes the 1:10m land closes) reach the sea as ports do.
  const nodeAllowance = new Float64Array(lat.length);
  for (let v = 0; v < lat.length; v++) nodeAllowance[v] = allowanceOf(land.inlandNm({ lat: lat[v], lon: lon[v] }));
  const grid = buildGrid(lat, lon);
  const networkEdges = raw.tails.length;
  const links = linkWaypoints(raw, networkNodes, grid, land, nodeAllowance, options.linking ?? DEFAULT_LINKING);
  // After the links, which give most edges that cut a cape a way round.
  const acrossLand = dropLandEdges(raw, networkEdges, land, nodeAllowance);
  raw.dropped.acrossLand = acrossLand.dropped;
  raw.dropped.bridges = acrossLand.keptAsBridges;
  const graph = assemble(raw, networkNodes);
  const ctx: JoinContext = { graph, grid, land, nodeAllowance };
  const search = new Search(graph);
  let ports: PortTable = buildPortTable(ctx, []).table;
  const ranker = new Ranker(graph, search, direct);
  // Index of the destination of a point-to-point search, after the ports; its joins per node.
  const targetNm = new Float64Array(graph.nodes).fill(Infinity);
  const target = () => graph.nodes + ports.ids.length;

  /** Searches from `a` until the place `b` is settled; its index, or -1 if unreachable. */
  function searchTo(a: Joined, b: Joined): number {
    b.nodes.forEach((v, k) => {
      targetNm[v] = Math.min(targetNm[v], b.nm[k]);
    });
    search.start(target() + 1);
    a.nodes.forEach((v, k) => search.offer(v, a.nm[k], -1, -1));
    let u: number;
    while ((u = search.next()) >= 0 && u !== target()) {
      search.relax(u);
      if (targetNm[u] < Infinity) search.offer(target(), search.dist[u] + targetNm[u], u, -1);
    }
    for (const v of b.nodes) targetNm[v] = Infinity;
    return u;
  }

  /** Whether the straight line between two joined places is land-free by the joining rule. Always
   * called destination (port) first, as ranking does, so that both give the same answer. */
  function direct(a: Joined, b: Joined): boolean {
    return land.atSea(a, b, a.allowanceNm, b.allowanceNm, a.inlandNm > 0);
  }

  function routeBetween(from: LatLon, to: string | LatLon, draw: boolean): SeaRoute | number | null {
    if (!isPosition(from)) return null;
    let b: Joined;
    if (typeof to === 'string') {
      const p = ports.index.get(to);
      if (p === undefined) throw new RangeError(`unknown port ${to}`);
      b = ports.joins[p];
    } else if (isPosition(to)) b = joinPlace(ctx, to);
    else return null;
    const a = joinPlace(ctx, from);
    const gc = greatCircle(a, b);
    if (direct(b, a))
      return draw
        ? {
            distanceNm: gc,
            direct: true,
            line: drawLine([
              [a.lon, a.lat],
              [b.lon, b.lat],
            ]),
          }
        : gc;
    if (searchTo(a, b) < 0) return null;
    const d = atLeastGreatCircle(search.dist[target()], gc);
    return draw ? { distanceNm: d, direct: false, line: drawLine(searchPath(graph, search, target(), a, b)) } : d;
  }

  return {
    graph,
    links,
    buildMs: performance.now() - started,
    setPorts(list) {
      const built = buildPortTable(ctx, list, ports);
      ports = built.table;
      ranker.setPorts(ports);
      return built.report;
    },
    nearestPorts(from, n, accept) {
      if (!isPosition(from) || !(n >= 1) || ports.ids.length === 0) return [];
      return ranker.nearest(joinPlace(ctx, from), Math.floor(n), accept);
    },
    distanceNm(from, to) {
      if (!isPosition(from) || (typeof to !== 'string' && !isPosition(to))) return Number.NaN;
      const d = routeBetween(from, to, false);
      return typeof d === 'number' ? d : Infinity;
    },
    route(from, to) {
      const r = routeBetween(from, to, true);
      return typeof r === 'number' ? null : r;
    },
  };
}
