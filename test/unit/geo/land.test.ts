/**
 * Land and coast distance on world-atlas's 1:10m land, on places whose answer is known: the small
 * islands of the central Mediterranean, open sea, a straight stretch of the Mauritanian coast, and
 * a comparison with turf's geodesic point-to-line distance around Malta.
 */
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, point, pointToLineDistance, polygonToLine } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { isOnLand, nearestCoastNm } from '../../../shared/geo/land';

describe('whether a position is on land', () => {
  it.each([
    ['Lampedusa', 35.505, 12.6],
    ['Linosa', 35.865, 12.865],
    ['Malta', 35.88, 14.42],
    ['Gozo', 36.045, 14.25],
    ['Sicily', 37.5, 14.0],
    ['Tripoli', 32.8, 13.2],
    ['Gran Canaria', 27.95, -15.6],
    ['Chukotka, across the 180th meridian', 66, -175],
    ['Antarctica, round the pole', -85, 0],
  ])('is true on %s', (_name, lat, lon) => {
    expect(isOnLand(lat, lon)).toBe(true);
  });

  it.each([
    ['off Lampedusa', 35.3, 12.7],
    ['between Malta and Sicily', 36.4, 14.6],
    ['the Ionian Sea', 34.5, 17.0],
    ['the Atlantic west of the Canaries', 28.0, -20.0],
    ['the Pacific', 0, -140],
  ])('is false at sea (%s)', (_name, lat, lon) => {
    expect(isOnLand(lat, lon)).toBe(false);
  });

  it('is false for coordinates that are not numbers', () => {
    expect(isOnLand(Number.NaN, 14)).toBe(false);
  });
});

describe('the distance to the nearest coast', () => {
  // Where land-10m puts the (nearly north-south) coast of Mauritania at 18°N.
  const COAST_LON_AT_18N = -16.0279;

  it('is about 10 nm for a point 10 nm out to sea from a straight coast', () => {
    const tenNmWest = COAST_LON_AT_18N - 10 / (60 * Math.cos((18 * Math.PI) / 180));
    expect(nearestCoastNm(18, tenNmWest)).toBeGreaterThan(9.7);
    expect(nearestCoastNm(18, tenNmWest)).toBeLessThan(10.1);
  });

  it('is about zero on the coastline', () => {
    expect(nearestCoastNm(18, COAST_LON_AT_18N)).toBeLessThan(0.1);
  });

  it('agrees within 1% with the geodesic distance to the coast of Malta, south of the island', () => {
    const topology = JSON.parse(readFileSync(require.resolve('world-atlas/land-10m.json'), 'utf8'));
    const land = feature(topology, topology.objects.land) as unknown as FeatureCollection<MultiPolygon | Polygon>;
    const polygons = land.features.flatMap((f) =>
      f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [f.geometry.coordinates],
    );
    const malta = polygons.find((p) =>
      booleanPointInPolygon(point([14.42, 35.88]), { type: 'Polygon', coordinates: p }),
    );
    expect(malta).toBeDefined();
    const coast = polygonToLine({ type: 'Polygon', coordinates: malta! }) as Feature<LineString | MultiLineString>;
    const line: Feature<LineString> =
      coast.geometry.type === 'LineString'
        ? (coast as Feature<LineString>)
        : {
            type: 'Feature',
            properties: {},
            geometry: { type: 'LineString', coordinates: coast.geometry.coordinates[0] },
          };
    for (const [lat, lon] of [
      [35.7, 14.5],
      [35.6, 14.3],
      [35.75, 14.7],
    ]) {
      const geodesic = pointToLineDistance(point([lon, lat]), line, { units: 'nauticalmiles' });
      expect(Math.abs(nearestCoastNm(lat, lon) - geodesic) / geodesic).toBeLessThan(0.01);
    }
  });

  it('puts the waters off Lampedusa where a chart does: about 12 nm south-east of the island', () => {
    expect(nearestCoastNm(35.3, 12.7)).toBeGreaterThan(10);
    expect(nearestCoastNm(35.3, 12.7)).toBeLessThan(14);
  });
});
