/**
 * What one flush writes and broadcasts: the newest position per MMSI and the static data merged per
 * MMSI since the last flush. A feed may deliver thousands of sentences a second; the consoles and
 * Redis see at most one position per vessel per flush.
 */
import type { VesselPosition } from '../../shared/domain/vessel';
import type { VesselStatic } from '../../shared/backend/store/vessels.store';

/** A batch taken for flushing. */
export interface TakenBatch {
  positions: VesselPosition[];
  statics: { mmsi: string; data: VesselStatic }[];
}

/** Positions and static data waiting for the next flush. */
export class PositionBatch {
  private positions = new Map<string, VesselPosition>();
  private statics = new Map<string, VesselStatic>();

  /** Entries waiting (positions plus vessels with static data). */
  get size(): number {
    return this.positions.size + this.statics.size;
  }

  /** Keeps `p` unless the batch already holds a newer position of the same vessel. */
  addPosition(p: VesselPosition): void {
    const held = this.positions.get(p.mmsi);
    // Times are all Date#toISOString (same length, UTC), so they compare as strings.
    if (held && held.at > p.at) return;
    this.positions.set(p.mmsi, p);
  }

  /** Merges static fields (later reports win field by field; absent fields keep what was there). */
  addStatic(mmsi: string, data: VesselStatic): void {
    let merged = this.statics.get(mmsi);
    for (const key in data) {
      const value = data[key as keyof VesselStatic];
      if (value === undefined) continue;
      if (!merged) this.statics.set(mmsi, (merged = {}));
      (merged as Record<string, unknown>)[key] = value;
    }
  }

  /** Empties the batch, returning what it held. */
  take(): TakenBatch {
    const taken = {
      positions: [...this.positions.values()],
      statics: [...this.statics].map(([mmsi, data]) => ({ mmsi, data })),
    };
    this.positions = new Map();
    this.statics = new Map();
    return taken;
  }
}
