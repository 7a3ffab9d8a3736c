import { listCases } from '../api/cases';
import { listHarbours } from '../api/harbours';
import { listVessels } from '../api/vessels';
import type { HavenSocket } from '../socket/client';
import { applyDockingRequest, applyNotification, cases, notifications, selectedCaseId, upsertCase } from './cases';
import { harbours } from './harbours';
import { applyVesselBatch, vessels } from './vessels';

/** Feeds the operator stores from the socket's events. */
export function attachOperatorFeed(socket: HavenSocket): void {
  socket.on('case:created', upsertCase);
  socket.on('case:updated', upsertCase);
  socket.on('docking:requested', applyDockingRequest);
  socket.on('docking:answered', applyDockingRequest);
  socket.on('notification:status', applyNotification);
  socket.on('vessels:positions', applyVesselBatch);
}

/**
 * Loads the full picture from the API (at start and after every reconnect, so nothing missed while
 * offline stays missing). Harbours and vessels are optional extras: a refusal there is not an error.
 */
export async function refreshOperatorData(): Promise<void> {
  const [all] = await Promise.all([
    listCases(),
    listHarbours().then((list) => harbours.replaceAll(list)).catch(() => undefined),
    listVessels().then((list) => vessels.replaceAll(list)).catch(() => undefined),
  ]);
  // Keep whichever copy of a case is newer: an event may have landed while the list was loading.
  const current = cases.get();
  cases.replaceAll(all.map((c) => {
    const cur = current.get(c.id);
    return cur && cur.updatedAt > c.updatedAt ? cur : c;
  }));
}

/** Forgets everything (on logout), so the next user starts clean. */
export function resetOperatorState(): void {
  cases.replaceAll([]);
  harbours.replaceAll([]);
  vessels.replaceAll([]);
  notifications.set(new Map());
  selectedCaseId.set(null);
}
