import type { Fix } from '../../shared/domain/position';
import { srrFor } from '../../shared/backend/geo/srr';
import type { Store } from '../../shared/backend/store';
import type { NewTimelineEntry } from '../../shared/backend/store/timeline.store';
import { latestFix } from '../../shared/backend/cases/locate';

/**
 * Store a fix on a case and, when it moves the boat into another search-and-rescue region (say
 * from the Libyan into the Maltese one), record a geofence event: responsibility changes hands.
 * Returns the geofence summary when there was one.
 */
export async function recordFix(
  store: Store,
  caseId: string,
  fix: Fix,
  entry: NewTimelineEntry,
): Promise<string | null> {
  const before = latestFix(await store.cases.fixes(caseId));
  await store.cases.addFix(caseId, fix, entry);
  return noteRegionChange(store, caseId, before);
}

/**
 * After the fixes of a case changed (a new one, a correction, a withdrawal), compare the newest
 * standing fix with `before` and record a geofence event when the regions differ. Returns its summary.
 */
export async function noteRegionChange(
  store: Store,
  caseId: string,
  before: Fix | undefined,
  why?: string,
): Promise<string | null> {
  // Compare the newest standing fix before and after: a correction of an old fix moves nothing.
  const after = latestFix(await store.cases.fixes(caseId));
  if (!before || !after || before.lat === null || before.lon === null) return null;
  if (before.lat === after.lat && before.lon === after.lon) return null;
  const was = srrFor(before.lat, before.lon);
  const now = srrFor(after.lat, after.lon);
  const entered = now.filter((r) => !was.some((w) => w.code === r.code));
  const left = was.filter((w) => !now.some((r) => r.code === w.code));
  if (!entered.length && !left.length) return null;
  const summary =
    [
      entered.length ? `ENTERED ${entered.map((r) => `${r.name} (${r.rcc})`).join(' and ')}` : '',
      left.length ? `left ${left.map((r) => r.name).join(' and ')}` : '',
    ]
      .filter(Boolean)
      .join(', ') + (why ? ` (${why})` : '');
  await store.cases.note(caseId, {
    type: 'geofence',
    actor: 'system',
    summary,
    data: { entered: entered.map((r) => r.code), left: left.map((r) => r.code) },
  });
  return summary;
}
