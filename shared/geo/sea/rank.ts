/**
 * Ranking one position against every port: one Dijkstra search from the position's joins that stops
 * once `n` accepted ports are settled, then the land-free great-circle shortcuts.
 *
 * Why the top `n` is exact: a port's distance is min(network distance, great circle if the straight
 * line is land-free). The search settles ports in order of network distance; let T be the n-th.
 * Every port not settled has a network distance >= T, so it can only beat T by a land-free great
 * circle shorter than T, and those are exactly the ports tested for a shortcut (in order of great
 * circle, stopping at T). The n settled ports have distances <= T, so nothing else can enter.
 */
import type { SeaGraph } from './graph';
import type { Joined } from './join';
import type { PortTable } from './ports';
import type { Search } from './search';
import { EARTH_RADIUS_NM, atLeastGreatCircle, gcNm, unitInto } from './sphere';

/** A port and its sea distance from a position. */
export interface PortDistance {
  id: string;
  distanceNm: number;
}

/** Ranks positions against the current port table, reusing its buffers between calls. */
export class Ranker {
  private ports!: PortTable;
  private accepted = new Uint8Array(0);
  private asked = new Uint32Array(0);
  private best = new Float64Array(0);
  private gcOf = new Float64Array(0);
  private near = new Int32Array(0);
  private stamp = 0;
  private readonly here = new Float64Array(3);

  constructor(
    private readonly graph: SeaGraph,
    private readonly search: Search,
    private readonly direct: (a: Joined, b: Joined) => boolean,
  ) {}

  /** Uses a new port table. */
  setPorts(ports: PortTable): void {
    this.ports = ports;
    const n = ports.ids.length;
    this.accepted = new Uint8Array(n);
    this.asked = new Uint32Array(n);
    this.best = new Float64Array(n);
    this.gcOf = new Float64Array(n);
    this.near = new Int32Array(n);
    this.stamp = 0;
  }

  /** The `n` nearest ports by sea from the joined place, nearest first, ties by id. */
  nearest(boat: Joined, n: number, accept?: (id: string) => boolean): PortDistance[] {
    const { graph, search, ports } = this;
    const V = graph.nodes;
    if (++this.stamp === 0xffffffff) {
      this.asked.fill(0);
      this.stamp = 1;
    }
    const ok = (p: number): boolean => {
      if (this.asked[p] !== this.stamp) {
        this.asked[p] = this.stamp;
        this.accepted[p] = !accept || accept(ports.ids[p]) ? 1 : 0;
      }
      return this.accepted[p] === 1;
    };
    // With a filter, the search can stop once every accepted port it can reach is settled (a
    // dozen willing ports must not cost a search of the whole world for n = 50).
    let wanted = n;
    if (accept) {
      let joinable = 0;
      for (let p = 0; p < ports.ids.length && joinable < n; p++)
        if (ports.joins[p].nodes.length > 0 && ok(p)) joinable++;
      wanted = joinable;
    }
    const found: number[] = [];
    const best = this.best;
    // Once `wanted` ports are settled, ports tied with the last one are still taken, so that ties
    // are broken by id (deterministically) rather than by the order the heap happens to pop them.
    let cutoff = Infinity;
    search.start(V + ports.ids.length + 1);
    boat.nodes.forEach((v, k) => search.offer(v, boat.nm[k], -1, -1));
    for (let u = search.next(); u >= 0; u = search.next()) {
      if (search.dist[u] > cutoff) {
        // Popped, so settled: a port's distance must be known to the shortcut test below.
        if (u >= V) best[u - V] = search.dist[u];
        break;
      }
      if (u >= V) {
        const p = u - V;
        best[p] = search.dist[u];
        if (!ok(p)) continue;
        found.push(p);
        if (found.length === wanted) cutoff = search.dist[u];
        continue;
      }
      search.relax(u);
      const { atFirst, atPort, atNm } = ports;
      for (let k = atFirst[u]; k < atFirst[u + 1]; k++) search.offer(V + atPort[k], search.dist[u] + atNm[k], u, -1);
    }
    // Ports in `found` already keep their place (their `best` may have become the great circle).
    for (const p of this.shortcuts(boat, found, n, ok)) if (!found.includes(p)) found.push(p);
    const ranked = found.map((p) => {
      const gc = gc3(boat.lat, boat.lon, ports.joins[p].lat, ports.joins[p].lon);
      return { id: ports.ids[p], distanceNm: atLeastGreatCircle(best[p], gc) };
    });
    ranked.sort((a, b) => a.distanceNm - b.distanceNm || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return ranked.slice(0, n);
  }

  /**
   * Accepted ports whose great circle from the place is shorter than their network distance and
   * than the n-th best distance so far (which each shortcut found may lower), and whose straight
   * line is land-free; their `best` is set to the great circle.
   */
  private shortcuts(boat: Joined, found: number[], n: number, ok: (p: number) => boolean): number[] {
    const { ports, search, best, here } = this;
    const V = this.graph.nodes;
    // The n best distances so far, ascending; the last is the bar a shortcut must pass.
    const top = found.map((p) => best[p]);
    const bar = () => (top.length < n ? Infinity : top[n - 1]);
    unitInto(boat.lat, boat.lon, here, 0);
    // Great circle < bar  <=>  cos(angle) > cos(bar / R); a margin keeps rounding from dropping one.
    const limit = bar();
    const cosLimit = limit >= Math.PI * EARTH_RADIUS_NM ? -2 : Math.cos(limit / EARTH_RADIUS_NM) - 1e-12;
    const { unit } = ports;
    // Candidates in typed buffers, sorted by great circle: no garbage per case.
    const gcOf = this.gcOf,
      near = this.near;
    let count = 0;
    for (let p = 0, o = 0; p < ports.ids.length; p++, o += 3) {
      if (here[0] * unit[o] + here[1] * unit[o + 1] + here[2] * unit[o + 2] <= cosLimit) continue;
      const gc = gc3(boat.lat, boat.lon, ports.joins[p].lat, ports.joins[p].lon);
      if (gc < limit) {
        gcOf[p] = gc;
        near[count++] = p;
      }
    }
    const order = near.subarray(0, count).sort((a, b) => gcOf[a] - gcOf[b]);
    const out: number[] = [];
    for (let i = 0; i < count; i++) {
      const p = order[i],
        gc = gcOf[p];
      if (gc > bar()) break;
      const known = search.isSettled(V + p) ? best[p] : Infinity;
      if (gc >= known || !ok(p)) continue;
      // Tested from the port's end: a line that meets land mostly does so next to the port, and
      // the test stops at the first crossing.
      if (!this.direct(ports.joins[p], boat)) continue;
      best[p] = gc;
      out.push(p);
      const at = known === Infinity ? -1 : top.indexOf(known);
      if (at >= 0) top.splice(at, 1);
      top.splice(sortedIndex(top, gc), 0, gc);
      if (top.length > n) top.length = n;
    }
    return out;
  }
}

/** Where `x` goes in the ascending array `a`. */
function sortedIndex(a: number[], x: number): number {
  let lo = 0,
    hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Held locally: imported bindings can be getters under some bundlers, and this runs per port.
const gc3 = gcNm;
