import type { HarbourDockingView } from '../../../shared/domain/docking-request';
import { MapStore } from './store';

/** A harbour user's own docking requests, keyed by id. */
export const dockingRequests = new MapStore<HarbourDockingView>((r) => r.id);

/** Pending first (soonest deadline first), then answered ones, newest first. */
export function requestsForDisplay(all: ReadonlyMap<string, HarbourDockingView>): HarbourDockingView[] {
  return [...all.values()].sort((a, b) => {
    const ap = a.status === 'pending' ? 0 : 1;
    const bp = b.status === 'pending' ? 0 : 1;
    if (ap !== bp) return ap - bp;
    return ap === 0 ? a.deadline.localeCompare(b.deadline) : b.createdAt.localeCompare(a.createdAt);
  });
}
