/**
 * Great-circle arithmetic for the sea router, with no dependencies so that it runs in the browser
 * as in Node. The Earth radius is turf's (6,371,008.8 m), so distances agree with greatCircleNm
 * (shared/geo/distance.ts) to rounding, and "never shorter than the great circle" can be asserted.
 */

/** A position in degrees (WGS84). */
export interface LatLon { lat: number; lon: number }

/** Earth's mean radius in nautical miles (turf's radius over 1,852 m). */
export const EARTH_RADIUS_NM = 6371008.8 / 1852;

const RAD = Math.PI / 180;
const { asin, atan2, cos, min, sin, sqrt } = Math;

/** Great-circle distance in nautical miles between (lat1, lon1) and (lat2, lon2), by haversine. */
export function gcNm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const s1 = sin(((lat2 - lat1) * RAD) / 2);
  const s2 = sin(((lon2 - lon1) * RAD) / 2);
  const h = s1 * s1 + cos(lat1 * RAD) * cos(lat2 * RAD) * s2 * s2;
  return 2 * EARTH_RADIUS_NM * atan2(sqrt(h), sqrt(1 - h));
}

/** Great-circle distance in nautical miles between two positions. */
export function greatCircle(a: LatLon, b: LatLon): number {
  return gcNm(a.lat, a.lon, b.lat, b.lon);
}

/** The unit vector of a position, written into `out` at `at` (x, y, z): dot products rank by distance. */
export function unitInto(lat: number, lon: number, out: Float64Array, at: number): void {
  const c = cos(lat * RAD);
  out[at] = c * cos(lon * RAD);
  out[at + 1] = c * sin(lon * RAD);
  out[at + 2] = sin(lat * RAD);
}

/** The great-circle distance in nm that a chord of length `chord` between unit vectors spans. */
export function chordToNm(chord: number): number {
  return 2 * EARTH_RADIUS_NM * asin(min(1, chord / 2));
}

/** A longitude or longitude difference brought into [-180, 180). */
export function wrapLon(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/** Whether a value is a usable position (finite, latitude within ±90). */
export function isPosition(p: LatLon | null | undefined): p is LatLon {
  return !!p && Number.isFinite(p.lat) && Number.isFinite(p.lon) && Math.abs(p.lat) <= 90;
}

/**
 * A network distance, checked against the great circle: a chain of great-circle segments cannot be
 * shorter, so a shorter answer is a bug, not rounding (1e-9 of relative rounding is allowed and
 * evened out, so that callers can rely on distance >= great circle exactly).
 */
export function atLeastGreatCircle(d: number, gc: number): number {
  if (d < gc * (1 - 1e-9) - 1e-9) throw new Error(`sea distance ${d} nm is shorter than the great circle ${gc} nm`);
  return Math.max(d, gc);
}
