/**
 * Dijkstra's search over the network's nodes plus "pseudo-nodes" (ports, or the destination of a
 * point-to-point query) that the caller offers as it settles nodes. State lives in typed arrays
 * reused between searches and validated by a stamp, so a search costs what it visits, not the size
 * of the graph.
 */
import type { SeaGraph } from './graph';
import { MinHeap } from './heap';

/** Reusable search state over `size` indices (graph nodes first, then pseudo-nodes). */
export class Search {
  /** Best distance found so far, valid where `reached[i] === stamp`. */
  dist = new Float64Array(0);
  /** Where the best distance came from: the previous index (-1 for a start) and the arc (-1 for a join). */
  from = new Int32Array(0);
  arc = new Int32Array(0);
  private reached = new Uint32Array(0);
  private settled = new Uint32Array(0);
  private stamp = 0;
  private readonly heap = new MinHeap();

  constructor(readonly graph: SeaGraph) {}

  /** Starts a new search over `size` indices. */
  start(size: number): void {
    if (this.dist.length < size) {
      this.dist = new Float64Array(size);
      this.from = new Int32Array(size);
      this.arc = new Int32Array(size);
      this.reached = new Uint32Array(size);
      this.settled = new Uint32Array(size);
      this.stamp = 0;
    }
    if (++this.stamp === 0xffffffff) {
      this.reached.fill(0);
      this.settled.fill(0);
      this.stamp = 1;
    }
    this.heap.clear();
  }

  /** Offers index `v` at distance `d`, reached from `u` by arc `arc` (-1: a join or a start). */
  offer(v: number, d: number, u: number, arc: number): void {
    if (this.settled[v] === this.stamp) return;
    if (this.reached[v] === this.stamp && this.dist[v] <= d) return;
    this.reached[v] = this.stamp;
    this.dist[v] = d;
    this.from[v] = u;
    this.arc[v] = arc;
    this.heap.push(d, v);
  }

  /** Settles and returns the nearest index not yet settled (its distance is final), or -1. */
  next(): number {
    const heap = this.heap;
    while (heap.size > 0) {
      const v = heap.pop();
      if (this.settled[v] === this.stamp || heap.key > this.dist[v]) continue;
      this.settled[v] = this.stamp;
      return v;
    }
    return -1;
  }

  /** Offers the network neighbours of node `u`, now settled (offer() written out, with the
   * arrays in locals: this loop is most of a ranking's time). */
  relax(u: number): void {
    const { first, to, nm } = this.graph;
    const { dist, reached, settled, from, arc, stamp, heap } = this;
    const d = dist[u];
    for (let k = first[u], end = first[u + 1]; k < end; k++) {
      const v = to[k];
      if (settled[v] === stamp) continue;
      const dv = d + nm[k];
      if (reached[v] === stamp && dist[v] <= dv) continue;
      reached[v] = stamp;
      dist[v] = dv;
      from[v] = u;
      arc[v] = k;
      heap.push(dv, v);
    }
  }

  /** Whether index `v` has been settled in this search. */
  isSettled(v: number): boolean {
    return this.settled[v] === this.stamp;
  }
}
