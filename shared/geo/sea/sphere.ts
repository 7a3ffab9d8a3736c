/**
 * Great-circle arithmetic for the sea router, with no dependencies so that it runs in the browser
 * as in Node. The Earth radius is turf's (6,371,008.8 m), so distances agree with greatCircleNm
 * (shared/geo/distance.ts) to rounding, and "never shorter than the great circle" can be asserted.
 */

/** A position in degrees (WGS84). */
export interface LatLon {
  lat: number;
  lon: number;
}

/** Earth's mean radius in nautical miles (turf's radius over 1,852 m). */
export const EARTH_RADIUS_NM = 6371008.8 / 1852;

const RAD = Math.PI / 180;
const { atan2, cos, pow, sin, sqrt } = Math;

/**
 * Great-circle distance in nautical miles between (lat1, lon1) and (lat2, lon2): turf's haversine,
 * operation for operation, so that the answer is greatCircleNm's to the last bit and "never
 * shorter than the great circle" holds against it exactly.
 */
export function gcNm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = toRadians(lat2 - lat1);
  const dLon = toRadians(lon2 - lon1);
  const a = pow(sin(dLat / 2), 2) + pow(sin(dLon / 2), 2) * cos(toRadians(lat1)) * cos(toRadians(lat2));
  return 2 * atan2(sqrt(a), sqrt(1 - a)) * EARTH_RADIUS_NM;
}

/** Degrees to radians as turf converts them. */
function toRadians(degrees: number): number {
  return ((degrees % 360) * Math.PI) / 180;
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
