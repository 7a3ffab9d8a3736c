/**
 * Where a boat probably is now, when its newest fix is getting old: dead reckoning from the course
 * and speed it made good over its last fixes, with a circle of uncertainty that grows with time.
 *
 * The model, deliberately simple so that an operator can check it by hand:
 * - course and speed made good: great-circle bearing and distance from the oldest to the newest
 *   fix of the last DRIFT_WINDOW_H hours, over the time between them;
 * - the estimate: the newest fix carried forward on that course at that speed until `now`;
 * - the radius: BASE_RADIUS_NM + GROWTH_NM_PER_H per hour since the newest fix + RUN_FRACTION of
 *   the distance run (an error of a few degrees of course and a knot of speed adds up), plus
 *   UNKNOWN_DRIFT_KN per hour when a single fix gives no course at all (wind and current still move
 *   a drifting boat, in a direction nobody knows).
 */
import { MAX_SMALL_BOAT_KN } from './plausibility';
import { bearing, destination, point } from '@turf/turf';
import { greatCircleNm } from './distance';

/** Fixes older than this before the newest one do not count towards course and speed. */
export const DRIFT_WINDOW_H = 6;
/** Uncertainty of the newest fix itself. */
export const BASE_RADIUS_NM = 1;
/** Growth of the uncertainty with every hour since the newest fix. */
export const GROWTH_NM_PER_H = 0.5;
/** Share of the distance dead-reckoned that is added to the uncertainty. */
export const RUN_FRACTION = 0.1;
/** Unknown drift of a boat with a single fix, added to the radius per hour. */
export const UNKNOWN_DRIFT_KN = 1;

/** A position report with its time. */
export interface TimedFix {
  lat: number;
  lon: number;
  at: string | Date;
}

/** An estimated position: always shown as an estimate, never as a fix. */
export interface PositionEstimate {
  lat: number;
  lon: number;
  radiusNm: number;
  /** How many fixes the course and speed were made good from. */
  basedOn: number;
  /** Course made good in degrees true, null when a single fix gives none. */
  courseDeg: number | null;
  speedKn: number;
  /** The time of the estimate (`now`), ISO 8601. */
  at: string;
}

/** The estimated position at `now` from `fixes` (in any order), or null without a usable fix. */
export function estimatePosition(fixes: readonly TimedFix[], now: Date): PositionEstimate | null {
  const usable = fixes
    .map((f) => ({ lat: f.lat, lon: f.lon, t: new Date(f.at).getTime() }))
    .filter((f) => Number.isFinite(f.lat) && Number.isFinite(f.lon) && Number.isFinite(f.t))
    .sort((a, b) => a.t - b.t);
  const newest = usable[usable.length - 1];
  if (!newest || !Number.isFinite(now.getTime())) return null;
  const window = usable.filter((f) => f.t >= newest.t - DRIFT_WINDOW_H * 3_600_000);
  const oldest = window[0];
  const spanH = (newest.t - oldest.t) / 3_600_000;
  const elapsedH = Math.max(0, (now.getTime() - newest.t) / 3_600_000);

  if (spanH <= 0) {
    const radiusNm = BASE_RADIUS_NM + (GROWTH_NM_PER_H + UNKNOWN_DRIFT_KN) * elapsedH;
    return {
      lat: newest.lat,
      lon: newest.lon,
      radiusNm,
      basedOn: window.length,
      courseDeg: null,
      speedKn: 0,
      at: now.toISOString(),
    };
  }
  const madeGoodNm = greatCircleNm(oldest, newest);
  // Two fixes close in time can imply an impossible speed (one of them misread): cap it at what a small boat makes.
  const speedKn = Math.min(madeGoodNm / spanH, MAX_SMALL_BOAT_KN);
  const courseDeg = (bearing(point([oldest.lon, oldest.lat]), point([newest.lon, newest.lat])) + 360) % 360;
  const runNm = speedKn * elapsedH;
  const [lon, lat] =
    runNm > 0
      ? destination(point([newest.lon, newest.lat]), runNm, courseDeg, { units: 'nauticalmiles' }).geometry.coordinates
      : [newest.lon, newest.lat];
  const radiusNm = BASE_RADIUS_NM + GROWTH_NM_PER_H * elapsedH + RUN_FRACTION * runNm;
  return {
    lat,
    lon: ((lon + 540) % 360) - 180,
    radiusNm,
    basedOn: window.length,
    courseDeg,
    speedKn,
    at: now.toISOString(),
  };
}
