/**
 * Doubts about a fix, as sentences for the operator. They are warnings shown beside the fix, never
 * a silent rejection: a position on land may be a caller on the beach, a jump may be the first
 * good fix after a bad one, and only a person can tell.
 */
import { greatCircleNm } from './distance';
import { isOnLand, nearestCoastNm } from './land';

/** A fix as far as plausibility is concerned; a fix without coordinates has nothing to doubt. */
export interface FixLike {
  lat: number | null;
  lon: number | null;
  at?: string | Date;
}

/** A rectangle of latitude and longitude the hotline watches, named for the warning text. */
export interface WatchArea {
  name: string;
  south: number;
  west: number;
  north: number;
  east: number;
}

/**
 * The Mediterranean (Gibraltar to the Levant, the Adriatic included) and the Atlantic route from
 * Senegal and Cape Verde to the Canaries.
 */
export const DEFAULT_WATCH_AREA: WatchArea = {
  name: 'the Mediterranean and the Atlantic off West Africa and the Canaries',
  south: 10,
  west: -30,
  north: 46,
  east: 37,
};

/** Fastest speed over ground a migrant boat (a small boat with an outboard) plausibly makes. */
export const MAX_SMALL_BOAT_KN = 25;

/** Below this, time between fixes is too short to tell a speed; one minute is assumed. */
const MIN_INTERVAL_H = 1 / 60;

/** Sentences for everything doubtful about `fix`; empty when nothing is. */
export function plausibilityWarnings(
  fix: FixLike,
  previousFix?: FixLike,
  watchArea: WatchArea = DEFAULT_WATCH_AREA,
): string[] {
  const { lat, lon } = fix;
  if (lat === null || lon === null || !Number.isFinite(lat) || !Number.isFinite(lon)) return [];
  const warnings: string[] = [];
  if (isOnLand(lat, lon)) {
    warnings.push(`the position is on land, ${nearestCoastNm(lat, lon).toFixed(1)} nm from the nearest coast`);
  }
  const speed = speedWarning({ lat, lon, at: fix.at }, previousFix);
  if (speed) warnings.push(speed);
  const outside = distanceOutsideNm(lat, lon, watchArea);
  if (outside > 0) {
    warnings.push(
      `the position is outside the watched area (${watchArea.name}), ${Math.round(outside)} nm beyond its edge`,
    );
  }
  return warnings;
}

function speedWarning(fix: { lat: number; lon: number; at?: string | Date }, previous?: FixLike): string | undefined {
  if (!previous || previous.lat === null || previous.lon === null || !fix.at || !previous.at) return undefined;
  const ms = Math.abs(new Date(fix.at).getTime() - new Date(previous.at).getTime());
  if (!Number.isFinite(ms)) return undefined;
  const distanceNm = greatCircleNm(fix, { lat: previous.lat, lon: previous.lon });
  const hours = Math.max(ms / 3_600_000, MIN_INTERVAL_H);
  const knots = distanceNm / hours;
  if (!(knots > MAX_SMALL_BOAT_KN)) return undefined;
  return (
    `implausible speed from the previous fix: ${knots.toFixed(1)} knots ` +
    `(${distanceNm.toFixed(1)} nm in ${duration(ms)}); a small boat makes at most ${MAX_SMALL_BOAT_KN}`
  );
}

function duration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return 'under a minute';
  if (minutes < 120) return `${minutes} min`;
  return `${(minutes / 60).toFixed(1)} h`;
}

/** How far (great-circle, nm) the position lies outside the area; 0 inside or on its edge. */
function distanceOutsideNm(lat: number, lon: number, area: WatchArea): number {
  const nearest = {
    lat: Math.min(Math.max(lat, area.south), area.north),
    lon: Math.min(Math.max(lon, area.west), area.east),
  };
  if (nearest.lat === lat && nearest.lon === lon) return 0;
  return greatCircleNm({ lat, lon }, nearest);
}
