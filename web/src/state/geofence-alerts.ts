import type { Case } from '../../../shared/domain/case';
import type { CaseAlarm } from '../../../shared/realtime/events';
import { Store } from './store';

/** A boat crossed into another search-and-rescue region: responsibility may change hands. */
export interface GeofenceAlert {
  /** The timeline entry's id (unique within its case). */
  entryId: string;
  caseId: string;
  at: string;
  /** The server's sentence, e.g. "ENTERED Malta SRR (RCC Malta), left Libya SRR". */
  summary: string;
  /** The headline, when the alert is not a region change (a case that ran out of harbours). */
  title?: string;
}

/** Geofence alerts the operator has not dismissed yet, oldest first. */
export const geofenceAlerts = new Store<readonly GeofenceAlert[]>([]);

const seen = new Set<string>();

/**
 * Looks for geofence entries in a case version. Entries never seen before become alerts when
 * `alert` is true; with `alert` false (the first load) they only count as seen, so opening the
 * console does not replay old crossings.
 */
export function trackGeofences(c: Case, alert: boolean): void {
  const fresh: GeofenceAlert[] = [];
  for (const e of c.timeline) {
    if (e.type !== 'geofence') continue;
    const key = `${c.id}/${e.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (alert) fresh.push({ entryId: e.id, caseId: c.id, at: e.at, summary: e.summary });
  }
  if (fresh.length) geofenceAlerts.set([...geofenceAlerts.get(), ...fresh]);
}

/** A supervisors' alarm from the server (a case ran out of harbours to ask) joins the alerts. */
export function raiseAlarm(a: CaseAlarm): void {
  const alert = {
    entryId: `alarm-${a.kind}-${a.at}`,
    caseId: a.caseId,
    at: a.at,
    summary: a.summary,
    title: `Case ${a.caseId}: no willing harbour left`,
  };
  geofenceAlerts.set([...geofenceAlerts.get(), alert]);
}

/** Removes one alert (the operator has read it); it does not come back. */
export function dismissGeofenceAlert(caseId: string, entryId: string): void {
  geofenceAlerts.set(geofenceAlerts.get().filter((a) => a.caseId !== caseId || a.entryId !== entryId));
}

/** Forgets alerts and what was seen (on logout). */
export function resetGeofenceAlerts(): void {
  seen.clear();
  geofenceAlerts.set([]);
}
