import type { VesselPosition } from '../../../shared/domain/vessel';
import { MapStore } from './store';

/** The latest position per vessel, keyed by MMSI. */
export const vessels = new MapStore<VesselPosition>((v) => v.mmsi);

/** Applies a batch from `vessels:positions`, ignoring reports older than what we hold. */
export function applyVesselBatch(batch: VesselPosition[]): void {
  const cur = vessels.get();
  const fresh = batch.filter((v) => {
    const old = cur.get(v.mmsi);
    return !old || old.at <= v.at;
  });
  if (fresh.length) vessels.upsert(...fresh);
}
