/**
 * Sea distances on the real data: the MARNET network, the 1:10m land and the World Port Index,
 * through the Node loader. Expected values are derived independently, in the comments: great
 * circles (turf) for open water, and for routes round land, hand-made polylines whose every leg
 * was checked land-free on the 1:10m coastline (an upper bound of the shortest way by sea) and a
 * fine-raster shortest path (cells of 0.02°, 32 move directions, cell centres at sea, every move a
 * land-free segment; its own error is a percent or two either way).
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPortIndex } from '../../../server/seed/port-index';
import { loadSeaRouter } from '../../../shared/backend/sea-router';
import { greatCircleNm } from '../../../shared/geo/distance';
import { isOnLand } from '../../../shared/geo/land';
import { landAt } from '../../../shared/geo/land-crossing';
import type { PortInput, SeaRouter } from '../../../shared/geo/sea';

// World Port Index numbers of the ports in the two examples of issue 8.
const VIBO = '40060'; // Vibo Valentia Marina, 38.723N 16.130E, Tyrrhenian side of Calabria
const CROTONE = '40440'; // 39.078N 17.136E, Ionian side
const KALI_LIMENES = '43165'; // 34.933N 24.833E, south coast of Crete
const AYIOS_NIKOLAOS = '43155'; // 35.200N 25.717E, Mirabello gulf, north coast of Crete (not 42180, near Athens)
const SQUILLACE = { lat: 38.55, lon: 16.75 }; // a boat in the Gulf of Squillace
const SOUTH_OF_CRETE = { lat: 34.75, lon: 25.55 }; // a boat 14 nm off Crete's south coast, east of Kali Limenes

let router: SeaRouter;
let ports: PortInput[];
const port = (id: string) => ports.find((p) => p.id === id)!;

beforeAll(() => {
  router = loadSeaRouter();
  const rows = readPortIndex(readFileSync(join(__dirname, '../../../shared/data/ports/world-port-index.csv'), 'utf8'));
  // The index repeats two numbers (400 Seydisfjordur, 49460 Machilipatnam): the second takes a suffix.
  const seen = new Set<string>();
  ports = rows.map((r) => {
    const id = seen.has(r.wpi) ? `${r.wpi}-2` : r.wpi;
    seen.add(r.wpi);
    return { id, lat: r.lat, lon: r.lon };
  });
  const report = router.setPorts(ports);
  expect(report.ports).toBe(3768);
  expect(report.joined).toBeGreaterThan(3760);
}, 180_000); // building the router under jest's sandbox takes some twenty seconds

describe('sea distance in open water', () => {
  it.each([
    ['the Ionian Sea', { lat: 36.0, lon: 15.5 }, { lat: 34.0, lon: 18.0 }],
    ['Sicily Channel, Lampedusa to Malta side', { lat: 35.3, lon: 12.7 }, { lat: 35.7, lon: 14.6 }],
    ['the Atlantic west of the Canaries', { lat: 28.0, lon: -20.0 }, { lat: 31.0, lon: -25.0 }],
  ])('is the great circle where the straight line crosses no land (%s)', (_name, a, b) => {
    const route = router.route(a, b)!;
    expect(route.direct).toBe(true);
    expect(route.distanceNm).toBeCloseTo(greatCircleNm(a, b), 6);
    expect(router.distanceNm(a, b)).toBeCloseTo(greatCircleNm(a, b), 6);
  });

  it('is the great circle to Kali Limenes from south of Crete: 37.0 nm, nothing in between', () => {
    // 0.183° of latitude (11.0 nm) and 0.717° of longitude at 34.84N (35.3 nm): 37.0 nm, along
    // the open Libyan Sea south of the Asterousia coast.
    const d = router.distanceNm(SOUTH_OF_CRETE, KALI_LIMENES);
    expect(d).toBeCloseTo(greatCircleNm(SOUTH_OF_CRETE, port(KALI_LIMENES)), 6);
    expect(d).toBeCloseTo(37.0, 1);
  });
});

describe('sea distance round land', () => {
  it('Squillace to Crotone is about 42 nm round Capo Rizzuto and Capo Colonna, not the 36.5 nm straight line', () => {
    // The straight line (36.5 nm) cuts Capo Rizzuto. By hand, legs each checked land-free:
    // boat -> 38.87N 17.11E off Capo Rizzuto 25.57 -> 38.96N 17.19E off Capo Cimiti 6.57
    // -> 39.02N 17.23E off Capo Colonna 4.06 -> Crotone 5.60 = 41.8 nm. Fine raster: 41.2 nm.
    const d = router.distanceNm(SQUILLACE, CROTONE);
    expect(greatCircleNm(SQUILLACE, port(CROTONE))).toBeCloseTo(36.5, 1);
    expect(d).toBeGreaterThan(40);
    expect(d).toBeLessThan(45);
  });

  it('Squillace to Vibo Valentia is about 130 nm round the toe of Italy through the Strait of Messina, not 31', () => {
    // By hand: boat -> 38.42N 16.60E off Punta Stilo 10.52 -> 37.90N 16.06E off Capo Spartivento
    // 40.31 -> 37.90N 15.72E off Capo dell'Armi 16.11 -> 38.00N 15.62E off Reggio 7.65 -> 38.20N
    // 15.615E mid-Strait 12.01 -> 38.262N 15.668E between Capo Peloro and Punta Pezzo 4.48
    // -> 38.62N 15.80E off Capo Vaticano 22.37 -> 38.73N 15.92E off Tropea 8.68 -> 38.76N 16.00E
    // 4.16 -> Vibo Marina 6.48 = 132.8 nm. Fine raster: 129.1 nm. Great circle across Calabria: 30.9.
    const route = router.route(SQUILLACE, VIBO)!;
    expect(route.direct).toBe(false);
    expect(route.distanceNm).toBeGreaterThan(125);
    expect(route.distanceNm).toBeLessThan(138);
    // Through the Strait: the route passes between Sicily and Calabria, near 38.2N 15.6E.
    expect(route.line.coordinates.some(([lon, lat]) => lat > 38.1 && lat < 38.3 && lon > 15.55 && lon < 15.7)).toBe(
      true,
    );
  });

  it('south of Crete to Ayios Nikolaos is about 90 nm round Cape Sidero, not 28 nm across the island', () => {
    // By hand: boat -> 34.97N 26.20E off Kavo Goudouro 34.64 -> 35.05N 26.34E 8.39 -> 35.20N
    // 26.36E off Kavo Plaka 9.06 -> 35.33N 26.33E off Cape Sidero 7.94 -> 35.30N 26.25E 4.31
    // -> 35.22N 26.00E in Sitia bay 13.16 -> Ayios Nikolaos 13.95 = 91.5 nm. Fine raster: 87.7 nm.
    const d = router.distanceNm(SOUTH_OF_CRETE, AYIOS_NIKOLAOS);
    expect(greatCircleNm(SOUTH_OF_CRETE, port(AYIOS_NIKOLAOS))).toBeCloseTo(28.2, 1);
    expect(d).toBeGreaterThan(85);
    expect(d).toBeLessThan(97);
  });
});

describe('ranking by sea distance', () => {
  it('asks Crotone before Vibo Valentia from the Gulf of Squillace (the great circle says the opposite)', () => {
    const ranked = router.nearestPorts(SQUILLACE, 50).map((p) => p.id);
    expect(ranked[0]).toBe(CROTONE);
    expect(ranked.indexOf(VIBO)).toBeGreaterThan(ranked.indexOf(CROTONE));
    expect(greatCircleNm(SQUILLACE, port(VIBO))).toBeLessThan(greatCircleNm(SQUILLACE, port(CROTONE)));
  });

  it('asks Kali Limenes before Ayios Nikolaos from south of Crete (the great circle says the opposite)', () => {
    const ranked = router.nearestPorts(SOUTH_OF_CRETE, 50).map((p) => p.id);
    expect(ranked.indexOf(KALI_LIMENES)).toBeGreaterThanOrEqual(0);
    expect(ranked.indexOf(AYIOS_NIKOLAOS)).toBeGreaterThan(ranked.indexOf(KALI_LIMENES));
  });

  it('gives the distances the point-to-point search gives, and is the exact top n of all ports', () => {
    // Brute force over the ports within 400 nm (a port farther away by great circle is farther by sea).
    for (const at of [SQUILLACE, SOUTH_OF_CRETE, { lat: 35.2, lon: 13.0 }]) {
      const ranked = router.nearestPorts(at, 20);
      const brute = ports
        .filter((p) => greatCircleNm(at, p) < 400)
        .map((p) => ({ id: p.id, distanceNm: router.distanceNm(at, p.id) }))
        .sort((a, b) => a.distanceNm - b.distanceNm || (a.id < b.id ? -1 : 1))
        .slice(0, 20);
      expect(ranked.map((p) => p.id)).toEqual(brute.map((p) => p.id));
      ranked.forEach((p, k) => expect(p.distanceNm).toBeCloseTo(brute[k].distanceNm, 9));
    }
  });

  it('ranks only the ports accepted', () => {
    const ranked = router.nearestPorts(SQUILLACE, 5, (id) => id !== CROTONE);
    expect(ranked).toHaveLength(5);
    expect(ranked.map((p) => p.id)).not.toContain(CROTONE);
  });
});

describe('routes', () => {
  it('are lines from the boat to the port, as long as the distance, that stay off land', () => {
    for (const [from, id] of [
      [SQUILLACE, VIBO],
      [SQUILLACE, CROTONE],
      [SOUTH_OF_CRETE, AYIOS_NIKOLAOS],
    ] as const) {
      const route = router.route(from, id)!;
      const c = route.line.coordinates;
      expect(c[0]).toEqual([from.lon, from.lat]);
      expect(c[c.length - 1]).toEqual([port(id).lon, port(id).lat]);
      let length = 0;
      for (let i = 0; i + 1 < c.length; i++)
        length += greatCircleNm({ lat: c[i][1], lon: c[i][0] }, { lat: c[i + 1][1], lon: c[i + 1][0] });
      expect(length).toBeCloseTo(route.distanceNm, 6);
      expect(route.distanceNm).toBeCloseTo(router.distanceNm(from, id), 9);
      // Every 0.1 nm along the line is at sea, but for the last mile into the port (ports sit on
      // the coastline, some a little inland at this scale).
      for (const p of samples(c, 0.1))
        if (greatCircleNm(p, port(id)) > 1) expect([p, isOnLand(p.lat, p.lon)]).toEqual([p, false]);
    }
  });
});

describe('the sea distance between random positions at sea', () => {
  it('is never shorter than the great circle, and reaches the other place', () => {
    const seaPoint = fc
      .record({ lat: fc.double({ min: 31, max: 44, noNaN: true }), lon: fc.double({ min: -5, max: 35, noNaN: true }) })
      .filter((p) => !landAt(p.lat, p.lon));
    fc.assert(
      fc.property(seaPoint, seaPoint, (a, b) => {
        const d = router.distanceNm(a, b);
        expect(d).toBeGreaterThanOrEqual(greatCircleNm(a, b) - 1e-9);
        expect(d).toBeLessThan(Infinity);
      }),
      { numRuns: 60 },
    );
  });

  it('is the length of a route that stays at sea', () => {
    // Sampled every 0.25 nm with landAt (isOnLand's answer, fast; see sea-land-crossing.test.ts),
    // but for 2 nm at each end: a place that cannot be joined otherwise may cross a little land.
    const seaPoint = fc
      .record({ lat: fc.double({ min: 31, max: 44, noNaN: true }), lon: fc.double({ min: -5, max: 35, noNaN: true }) })
      .filter((p) => !landAt(p.lat, p.lon));
    fc.assert(
      fc.property(seaPoint, seaPoint, (a, b) => {
        const route = router.route(a, b)!;
        expect(route.distanceNm).toBeCloseTo(router.distanceNm(a, b), 9);
        const ashore = samples(route.line.coordinates, 0.25).filter(
          (p) => greatCircleNm(p, a) > 2 && greatCircleNm(p, b) > 2 && landAt(p.lat, p.lon),
        );
        expect(ashore).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

/** Points every `stepNm` along a line (straight in longitude and latitude between its vertices, as drawn). */
function samples(c: number[][], stepNm: number): { lat: number; lon: number }[] {
  const out: { lat: number; lon: number }[] = [];
  for (let i = 0; i + 1 < c.length; i++) {
    const n = Math.max(
      1,
      Math.ceil(greatCircleNm({ lat: c[i][1], lon: c[i][0] }, { lat: c[i + 1][1], lon: c[i + 1][0] }) / stepNm),
    );
    for (let k = 0; k < n; k++)
      out.push({ lat: c[i][1] + ((c[i + 1][1] - c[i][1]) * k) / n, lon: c[i][0] + ((c[i + 1][0] - c[i][0]) * k) / n });
  }
  return out;
}
