import type { Case } from '../../shared/domain/case';
import { estimatePosition } from '../../shared/geo/drift';
import { srrFor } from '../../shared/geo/srr';
import type { Store } from '../store';
import { latestFix } from './locate';

/** After this long without a fix the console shows a dead-reckoned estimate beside the last fix. */
export const ESTIMATE_AFTER_MS = 15 * 60_000;

/** Assemble the full case from its record, fixes, docking requests and timeline; null if unknown. */
export async function loadCase(store: Store, id: string, now = new Date()): Promise<Case | null> {
  const [rec, positions, dockingRequests, timeline] = await Promise.all([
    store.cases.record(id), store.cases.fixes(id), store.docking.forCase(id), store.cases.timeline(id),
  ]);
  if (!rec) return null;
  const last = latestFix(positions);
  // Regions and estimate are derived from the fixes rather than stored, so they never disagree with them.
  const srr = last ? srrFor(last.lat, last.lon) : [];
  const aged = last && rec.status === 'open' && now.getTime() - Date.parse(last.at) > ESTIMATE_AFTER_MS;
  const located = positions.filter((f): f is typeof f & { lat: number; lon: number } => f.lat !== null && f.lon !== null && f.source !== 'estimate');
  const estimate = aged ? estimatePosition(located, now) : null;
  return { ...rec, positions, srr, estimate, dockingRequests, timeline };
}
