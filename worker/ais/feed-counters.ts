/**
 * Per-feed counters accumulated in memory and handed over as deltas, so the store (one HINCRBY per
 * counter) is written about once a second whatever the line rate.
 */

/** Counter deltas of every feed since the last take. */
export class FeedCounters {
  private deltas = new Map<string, Record<string, number>>();

  /** Adds `n` to one counter of a feed. */
  add(feed: string, counter: string, n = 1): void {
    let d = this.deltas.get(feed);
    if (!d) this.deltas.set(feed, (d = {}));
    d[counter] = (d[counter] ?? 0) + n;
  }

  /** Adds several counters of a feed at once. */
  addAll(feed: string, deltas: Record<string, number>): void {
    for (const [counter, n] of Object.entries(deltas)) if (n) this.add(feed, counter, n);
  }

  /** Returns the deltas and starts again from zero. */
  take(): Map<string, Record<string, number>> {
    const out = this.deltas;
    this.deltas = new Map();
    return out;
  }
}
