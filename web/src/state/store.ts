/** A value that views can watch; changed only by socket handlers and api/ results. */
export class Store<T> {
  private listeners = new Set<(value: T) => void>();

  constructor(private value: T) {}

  /** The current value. */
  get(): T {
    return this.value;
  }

  /** Replaces the value and tells every listener. */
  set(value: T): void {
    this.value = value;
    for (const l of this.listeners) l(value);
  }

  /** Calls `listener` now and on every change; returns the unsubscribe function. */
  subscribe(listener: (value: T) => void): () => void {
    this.listeners.add(listener);
    listener(this.value);
    return () => this.listeners.delete(listener);
  }
}

/** A keyed collection store: upserts replace by id and keep the others. */
export class MapStore<V> extends Store<ReadonlyMap<string, V>> {
  constructor(private readonly keyOf: (v: V) => string) {
    super(new Map());
  }

  /** Replaces everything (a fresh list from the API). */
  replaceAll(values: readonly V[]): void {
    this.set(new Map(values.map((v) => [this.keyOf(v), v])));
  }

  /** Inserts or replaces some values. */
  upsert(...values: V[]): void {
    const next = new Map(this.get());
    for (const v of values) next.set(this.keyOf(v), v);
    this.set(next);
  }

  /** Changes one value in place when it exists. */
  update(key: string, change: (v: V) => V): void {
    const cur = this.get().get(key);
    if (cur === undefined) return;
    this.upsert(change(cur));
  }
}
