import type { VesselPosition } from '../../../shared/domain/vessel';

/** What one change to the live vessels did, so that a view redraws only that. */
export interface VesselChange {
  /** Vessels added or moved, as their newest report. */
  readonly changed: readonly VesselPosition[];
  /** MMSIs that left the live view. */
  readonly removed: readonly string[];
  /** True when everything was replaced (first load, reconnect, logout): walk the whole map. */
  readonly reset: boolean;
}

/** Called with the live map (the same object every time, changed in place) and what changed. */
export type VesselListener = (all: ReadonlyMap<string, VesselPosition>, change: VesselChange) => void;

/** A vessel silent this long leaves the live view: the server's default (AIS_STALE_MINUTES). */
export const LIVE_WINDOW_MS = 30 * 60_000;

/** Whether report time `a` is the same as or later than `b` (ISO 8601 strings). */
export function notOlder(a: string, b: string): boolean {
  // The server writes toISOString(): such strings order as text, which spares a parse per report
  // at 20,000 vessels a batch. Anything else (an offset, other precision) is parsed.
  if (a.length === 24 && b.length === 24 && a.endsWith('Z') && b.endsWith('Z')) return a >= b;
  return Date.parse(a) >= Date.parse(b);
}

/**
 * The latest position per vessel, keyed by MMSI. A batch is merged into one map in place (no copy
 * of 20,000 entries per batch) and listeners hear which vessels changed.
 */
export class VesselStore {
  private readonly byMmsi = new Map<string, VesselPosition>();
  private readonly listeners = new Set<VesselListener>();

  /** The live map; it changes in place, so read it when needed rather than keeping a copy. */
  get(): ReadonlyMap<string, VesselPosition> {
    return this.byMmsi;
  }

  /** Calls `listener` now (as a reset) and on every change; returns the unsubscribe function. */
  subscribe(listener: VesselListener): () => void {
    this.listeners.add(listener);
    listener(this.byMmsi, { changed: [], removed: [], reset: true });
    return () => this.listeners.delete(listener);
  }

  /** Merges a batch: a report older than the one held is ignored; an equal one (a new name) applies. */
  applyBatch(batch: readonly VesselPosition[]): VesselChange {
    const changed: VesselPosition[] = [];
    for (const v of batch) {
      const old = this.byMmsi.get(v.mmsi);
      if (old && !notOlder(v.at, old.at)) continue;
      this.byMmsi.set(v.mmsi, v);
      changed.push(v);
    }
    const change: VesselChange = { changed, removed: [], reset: false };
    if (changed.length) this.emit(change);
    return change;
  }

  /**
   * Replaces everything with a fresh list from the API: vessels it lacks have left the live view.
   * A report held here that is newer than the listed one (a batch that came in while the list was
   * loading) is kept, so no vessel jumps back.
   */
  replaceAll(list: readonly VesselPosition[]): void {
    const next = list.map((v) => {
      const held = this.byMmsi.get(v.mmsi);
      return held && !notOlder(v.at, held.at) ? held : v;
    });
    this.byMmsi.clear();
    for (const v of next) this.byMmsi.set(v.mmsi, v);
    this.emit({ changed: next, removed: [], reset: true });
  }

  /** Removes vessels silent for longer than `windowMs`, as the server's live view does; answers their MMSIs. */
  prune(now = Date.now(), windowMs = LIVE_WINDOW_MS): string[] {
    const removed: string[] = [];
    for (const [mmsi, v] of this.byMmsi) {
      if (now - Date.parse(v.at) > windowMs) removed.push(mmsi);
    }
    for (const mmsi of removed) this.byMmsi.delete(mmsi);
    if (removed.length) this.emit({ changed: [], removed, reset: false });
    return removed;
  }

  private emit(change: VesselChange): void {
    for (const l of this.listeners) l(this.byMmsi, change);
  }
}

/** The live vessels of this page. */
export const vessels = new VesselStore();

/** Applies a batch from `vessels:positions`, ignoring reports older than what we hold. */
export function applyVesselBatch(batch: VesselPosition[]): void {
  vessels.applyBatch(batch);
}
