import type { Case } from '../../shared/domain/case';
import { srrFor } from '../../shared/geo/srr';
import type { Store } from '../store';
import { latestFix } from './locate';

/** Assemble the full case from its record, fixes, docking requests and timeline; null if unknown. */
export async function loadCase(store: Store, id: string): Promise<Case | null> {
  const [rec, positions, dockingRequests, timeline] = await Promise.all([
    store.cases.record(id), store.cases.fixes(id), store.docking.forCase(id), store.cases.timeline(id),
  ]);
  if (!rec) return null;
  const last = latestFix(positions);
  // Regions are derived from the newest fix rather than stored, so they can never disagree with it.
  const srr = last ? srrFor(last.lat, last.lon) : [];
  return { ...rec, positions, srr, dockingRequests, timeline };
}
