import type { Case, TimelineEntry } from '../../domain/case';
import { matchingOf } from '../../domain/matching';
import { estimatePosition } from '../../geo/drift';
import { srrFor } from '../geo/srr';
import type { Store } from '../store';
import { latestFix, standingFixes } from './locate';

/** After this long without a fix the console shows a dead-reckoned estimate beside the last fix. */
export const ESTIMATE_AFTER_MS = 15 * 60_000;

/** Assemble the full case from its record, fixes, docking requests and timeline; null if unknown. */
export async function loadCase(store: Store, id: string, now = new Date()): Promise<Case | null> {
  const [rec, positions, dockingRequests, timeline] = await Promise.all([
    store.cases.record(id),
    store.cases.fixes(id),
    store.docking.forCase(id),
    store.cases.timeline(id),
  ]);
  if (!rec) return null;
  const last = latestFix(positions);
  // Regions and estimate are derived from the fixes rather than stored, so they never disagree with them.
  const srr = last ? srrFor(last.lat, last.lon) : [];
  const aged = last && rec.status === 'open' && now.getTime() - Date.parse(last.at) > ESTIMATE_AFTER_MS;
  // Drift is reckoned from standing fixes that raised no speed doubt: one misread fix must not send
  // the estimate off at 60 knots.
  const trusted = standingFixes(positions).filter(
    (f) => f.source !== 'estimate' && !f.warnings.some((w) => w.startsWith('implausible speed')),
  );
  const estimate = aged ? estimatePosition(trusted, now) : null;
  const { placedPersons, placedAll, matchingRound, matchingExhausted, matchingPaused, ...fields } = rec;
  const placement = { placedPersons, placedAll, matchingRound, matchingExhausted, matchingPaused };
  return {
    ...fields,
    positions,
    srr,
    estimate,
    dockingRequests,
    matching: matchingOf(rec.personsOnBoard, placement, dockingRequests),
    timeline,
    authoritiesAlerted: alerted(timeline),
  };
}

/** Every authority the contact log names, once, with its newest attempt: derived, so it never disagrees. */
function alerted(timeline: TimelineEntry[]): Case['authoritiesAlerted'] {
  const byName = new Map<string, Case['authoritiesAlerted'][number]>();
  for (const e of timeline) {
    if (e.type !== 'authority-contact' || !e.data.authority) continue;
    const at = e.data.at ?? e.at;
    const key = e.data.authority.toLowerCase();
    const cur = byName.get(key);
    if (!cur || cur.at <= at) byName.set(key, { authority: e.data.authority, at, outcome: e.data.outcome ?? '' });
  }
  return [...byName.values()];
}
