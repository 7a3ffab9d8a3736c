import { distance, point } from '@turf/turf';

/** Great-circle distance in nautical miles between two WGS84 positions. */
export function greatCircleNm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  return distance(point([a.lon, a.lat]), point([b.lon, b.lat]), { units: 'nauticalmiles' });
}
