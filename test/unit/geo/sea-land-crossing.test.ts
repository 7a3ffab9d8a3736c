/**
 * Whether a straight line at sea crosses land (land-crossing.ts), on the world-atlas 1:10m land:
 * known places, the allowance near a port a little inland, and two independent checks: a point
 * clearly inside land sampled along a line means the line crosses, and landAt agrees with isOnLand.
 */
import fc from 'fast-check';
import { atSeaBetween, coastCrossings, crossesLand, landAt } from '../../../shared/geo/land-crossing';
import { isOnLand, nearestCoastNm } from '../../../shared/geo/land';

describe('a straight line', () => {
  it('across Italy, from the Tyrrhenian to the Adriatic, crosses land twice', () => {
    const a = { lat: 41.9, lon: 12.0 },
      b = { lat: 42.1, lon: 15.0 };
    expect(crossesLand(a, b)).toBe(true);
    expect(coastCrossings(a, b)).toHaveLength(2); // in near Ostia, out near Vasto
  });

  it('across the toe of Calabria crosses land', () => {
    expect(crossesLand({ lat: 38.1, lon: 15.6 }, { lat: 38.4, lon: 16.6 })).toBe(true);
  });

  it.each([
    ['the open Ionian Sea', { lat: 36, lon: 17 }, { lat: 34, lon: 20 }],
    [
      'the Strait of Messina, between Capo Peloro and Punta Pezzo',
      { lat: 38.2, lon: 15.615 },
      { lat: 38.262, lon: 15.668 },
    ],
    ['the Pacific across the 180th meridian', { lat: 0, lon: 179 }, { lat: 0.5, lon: -179 }],
  ])('along %s does not cross land', (_name, a, b) => {
    expect(crossesLand(a, b)).toBe(false);
    expect(coastCrossings(a, b)).toEqual([]);
  });

  it('across Wrangel Island, over the 180th meridian, crosses land twice', () => {
    expect(coastCrossings({ lat: 71.2, lon: 178 }, { lat: 71.2, lon: -177 })).toHaveLength(2);
  });

  it('from the sea onto Sicily crosses the coast once and ends on land', () => {
    const a = { lat: 36.5, lon: 14.5 },
      b = { lat: 37.5, lon: 14.0 };
    expect(coastCrossings(a, b)).toHaveLength(1);
    expect(crossesLand(a, b)).toBe(true);
  });
});

describe('the allowance next to a port', () => {
  // The World Port Index puts Oran at 35.7N 0.633W, 1.25 nm inside the 1:10m coastline.
  const oran = { lat: 35.7, lon: -0.633333 };
  const allowance = nearestCoastNm(oran.lat, oran.lon) + 0.5;

  it('lets a line from the port reach the open sea across its first stretch of land', () => {
    const north = { lat: 35.9, lon: -0.633 }; // 12 nm out, across the harbour front
    expect(isOnLand(oran.lat, oran.lon)).toBe(true);
    expect(atSeaBetween(oran, north, 0, 0)).toBe(false);
    expect(atSeaBetween(oran, north, allowance, 0)).toBe(true);
  });

  it('does not let it cross land beyond that stretch', () => {
    // East-north-east the line runs along the coast and crosses it again 2 to 4 nm out.
    expect(atSeaBetween(oran, { lat: 35.85, lon: -0.5 }, allowance, 0)).toBe(false);
    // Nor to a point on land: nothing of the line is at sea.
    expect(atSeaBetween(oran, { lat: 35.8, lon: -0.4 }, allowance, 0)).toBe(false);
  });

  it('is all there is to check when the stretches of both ends cover the line', () => {
    expect(atSeaBetween(oran, { lat: 35.71, lon: -0.633333 }, allowance, 0)).toBe(true);
  });
});

describe('checked independently', () => {
  const med = fc.record({
    lat: fc.double({ min: 35, max: 44, noNaN: true }),
    lon: fc.double({ min: 5, max: 20, noNaN: true }),
  });

  it('a line with a point well inside land (sampled every 0.05 nm along the great circle) crosses land', () => {
    fc.assert(
      fc.property(
        med,
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        fc.double({ min: 1, max: 40, noNaN: true }),
        (a, bearing, nm) => {
          const b = {
            lat: a.lat + (nm / 60) * Math.cos(bearing),
            lon: a.lon + ((nm / 60) * Math.sin(bearing)) / Math.cos((a.lat * Math.PI) / 180),
          };
          const steps = Math.ceil(nm / 0.05);
          // Well inside: 0.05 nm (90 m) from the coast, more than the pieces of the line stray from the
          // great circle, so that the two geometries cannot disagree.
          const inland = Array.from({ length: steps + 1 }, (_, k) => slerp(a, b, k / steps)).some(
            (p) => isOnLand(p.lat, p.lon) && nearestCoastNm(p.lat, p.lon) > 0.05,
          );
          if (inland) expect(crossesLand(a, b)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("landAt gives isOnLand's answer", () => {
    const world = fc.record({
      lat: fc.double({ min: -85, max: 85, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.oneof(med, world), (p) => landAt(p.lat, p.lon) === isOnLand(p.lat, p.lon)),
      { numRuns: 3000 },
    );
  });
});

/** The point a fraction f of the way from a to b along the great circle. */
function slerp(
  a: { lat: number; lon: number },
  b: { lat: number; lon: number },
  f: number,
): { lat: number; lon: number } {
  const r = Math.PI / 180;
  const u = (p: { lat: number; lon: number }) => [
    Math.cos(p.lat * r) * Math.cos(p.lon * r),
    Math.cos(p.lat * r) * Math.sin(p.lon * r),
    Math.sin(p.lat * r),
  ];
  const [p, q] = [u(a), u(b)];
  const d = Math.acos(Math.min(1, p[0] * q[0] + p[1] * q[1] + p[2] * q[2]));
  const [wa, wb] = d === 0 ? [1, 0] : [Math.sin((1 - f) * d) / Math.sin(d), Math.sin(f * d) / Math.sin(d)];
  const v = [0, 1, 2].map((i) => wa * p[i] + wb * q[i]);
  return { lat: Math.atan2(v[2], Math.hypot(v[0], v[1])) / r, lon: Math.atan2(v[1], v[0]) / r };
}
