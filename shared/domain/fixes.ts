/**
 * Which of a case's fixes stand: a fix that a later correction replaced, or that was withdrawn,
 * stays on record but is no longer reasoned from. Pure and browser-safe: server, worker, SITREP
 * and the console all decide "where is the boat" the same way.
 */
import type { Fix } from './position';

/** A fix with coordinates. */
export type LocatedFix = Fix & { lat: number; lon: number };

/** Whether a fix has coordinates. */
export function isLocated(f: Fix | undefined): f is LocatedFix {
  return !!f && f.lat !== null && f.lon !== null;
}

/**
 * Fixes with coordinates that are not withdrawn and that no standing correction replaces. Undoing
 * a correction (withdrawing it) lets the fix it corrected stand again.
 */
export function standingFixes(fixes: readonly Fix[]): LocatedFix[] {
  const corrected = new Set(
    fixes.filter((f) => f.corrects !== undefined && !f.withdrawn).map((f) => f.corrects as number),
  );
  return fixes.filter((f, i) => !corrected.has(i) && !f.withdrawn && isLocated(f)) as LocatedFix[];
}

/** The newest standing fix by time (a correction of an old fix keeps that fix's time), if any. */
export function latestFix(fixes: readonly Fix[]): LocatedFix | undefined {
  let newest: LocatedFix | undefined;
  for (const f of standingFixes(fixes)) if (!newest || Date.parse(f.at) >= Date.parse(newest.at)) newest = f;
  return newest;
}
