/**
 * The ports (or any other places) nearest to a position, by great-circle distance. Generic over
 * anything with `lat` and `lon`, so harbours from the store and rows of the World Port Index both
 * fit; the items come back unchanged with `distanceNm` added.
 */
import { greatCircleNm } from './distance';

/** An item with its great-circle distance from the position, in nautical miles. */
export type WithDistance<T> = T & { distanceNm: number };

/** The `n` items nearest to (lat, lon), nearest first; ties keep the input order. */
export function nearestPorts<T extends { lat: number; lon: number }>(
  lat: number,
  lon: number,
  ports: readonly T[],
  n: number,
): WithDistance<T>[] {
  if (!(n > 0) || !Number.isFinite(lat) || !Number.isFinite(lon)) return [];
  const here = { lat, lon };
  return ports
    .filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon))
    .map((p, i) => ({ port: p, i, distanceNm: greatCircleNm(here, p) }))
    .sort((a, b) => a.distanceNm - b.distanceNm || a.i - b.i)
    .slice(0, Math.floor(n))
    .map(({ port, distanceNm }) => ({ ...port, distanceNm }));
}
