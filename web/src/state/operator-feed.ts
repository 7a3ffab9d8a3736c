import type { Case } from '../../../shared/domain/case';
import { listCases } from '../api/cases';
import { listHarbours } from '../api/harbours';
import { listVessels } from '../api/vessels';
import type { HavenSocket } from '../socket/client';
import {
  applyDockingRequest,
  applyNotification,
  cases,
  mergeCase,
  notifications,
  selectedCaseId,
  upsertCase,
} from './cases';
import { raiseAlarm, resetGeofenceAlerts, trackGeofences } from './geofence-alerts';
import { harbours } from './harbours';
import { refreshOutbox, resetOutbox } from './outbox';
import { applyVesselBatch, vessels } from './vessels';

let loadedOnce = false;

/** Feeds the operator stores from the socket's events. */
export function attachOperatorFeed(socket: HavenSocket): void {
  const onCase = (c: Case) => {
    upsertCase(c);
    trackGeofences(c, true);
  };
  socket.on('case:created', onCase);
  socket.on('case:updated', onCase);
  socket.on('docking:requested', applyDockingRequest);
  socket.on('docking:answered', applyDockingRequest);
  socket.on('notification:status', (n) => {
    applyNotification(n);
    // The event says that a message was stored, not what it says: read the outbox again.
    if (n.status === 'outbox') void refreshOutbox();
  });
  socket.on('vessels:positions', applyVesselBatch);
  socket.on('case:alarm', raiseAlarm);
}

/**
 * Loads the full picture from the API (at start and after every reconnect, so nothing missed while
 * offline stays missing). Harbours, vessels and the outbox are extras: a refusal there is not an error
 * here (the outbox panel shows its own).
 */
export async function refreshOperatorData(): Promise<void> {
  const firstLoad = !loadedOnce;
  const [all] = await Promise.all([
    listCases(),
    listHarbours()
      .then((list) => harbours.replaceAll(list))
      .catch(() => undefined),
    listVessels()
      .then((list) => vessels.replaceAll(list))
      .catch(() => undefined),
    refreshOutbox(),
  ]);
  // Keep whichever copy of a case is newer, and cases the list missed: an event (or our own call)
  // may have landed while the list was loading.
  const next = new Map(cases.get());
  for (const c of all) next.set(c.id, mergeCase(next.get(c.id), c));
  cases.set(next);
  // A crossing missed while offline still alerts after a reconnect; old ones at start-up do not.
  for (const c of all) trackGeofences(c, !firstLoad);
  loadedOnce = true;
}

/** Whether the first full picture has arrived (what was already there then is not news). */
export function operatorDataLoaded(): boolean {
  return loadedOnce;
}

/** Forgets everything (on logout), so the next user starts clean. */
export function resetOperatorState(): void {
  cases.replaceAll([]);
  harbours.replaceAll([]);
  vessels.replaceAll([]);
  notifications.set(new Map());
  resetOutbox();
  selectedCaseId.set(null);
  resetGeofenceAlerts();
  loadedOnce = false;
}
