/**
 * A 4-ary min-heap of (key, value) pairs in typed arrays, for Dijkstra's search: half the levels
 * of a binary heap, and the four children of a node side by side in memory. No decrease-key: a
 * node is pushed again when its distance improves and stale entries are skipped when popped, which
 * on a sparse graph like the sea network is faster than keeping positions up to date.
 */

// Math's functions held locally: under jest's VM sandbox every `Math.x` is a slow global lookup.
const { min } = Math;

/** The heap; values are small integers (node indices), keys their distances. */
export class MinHeap {
  private keys = new Float64Array(1024);
  private values = new Int32Array(1024);
  /** Number of entries. */
  size = 0;
  /** Key of the entry last popped. */
  key = 0;

  /** Empties the heap, keeping its storage. */
  clear(): void {
    this.size = 0;
  }

  /** Adds `value` with priority `key`. */
  push(key: number, value: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      const values = new Int32Array(this.size * 2);
      keys.set(this.keys);
      values.set(this.values);
      this.keys = keys;
      this.values = values;
    }
    const ks = this.keys,
      vs = this.values;
    let i = this.size++;
    while (i > 0) {
      const up = (i - 1) >> 2;
      if (ks[up] <= key) break;
      ks[i] = ks[up];
      vs[i] = vs[up];
      i = up;
    }
    ks[i] = key;
    vs[i] = value;
  }

  /** Removes the entry of least key and returns its value (its key is left in `key`); heap must not be empty. */
  pop(): number {
    const ks = this.keys,
      vs = this.values;
    const top = vs[0];
    this.key = ks[0];
    const n = --this.size;
    const k = ks[n],
      v = vs[n];
    let i = 0;
    for (;;) {
      const c0 = 4 * i + 1;
      if (c0 >= n) break;
      let c = c0;
      const last = min(c0 + 4, n);
      for (let j = c0 + 1; j < last; j++) if (ks[j] < ks[c]) c = j;
      if (ks[c] >= k) break;
      ks[i] = ks[c];
      vs[i] = vs[c];
      i = c;
    }
    ks[i] = k;
    vs[i] = v;
    return top;
  }
}
