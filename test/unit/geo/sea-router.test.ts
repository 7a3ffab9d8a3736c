/**
 * The sea router's parts, pure (no files, no real land): the graph read from GeoJSON, the heap,
 * the node grid, and routing round a square island whose land test is written here independently
 * (segment against box, in the plane), where every expected distance can be worked out by hand.
 */
import fc from 'fast-check';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import { greatCircleNm } from '../../../shared/geo/distance';
import { type LandModel, type LatLon, buildSeaGraph, createSeaRouter, greatCircle } from '../../../shared/geo/sea';
import { buildGrid, within } from '../../../shared/geo/sea/grid';
import { MinHeap } from '../../../shared/geo/sea/heap';

const line = (coords: number[][], pass: string | null = null): Feature<LineString> => ({
  type: 'Feature',
  properties: { pass },
  geometry: { type: 'LineString', coordinates: coords },
});
const network = (...lines: Feature<LineString>[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: lines,
});

describe('the graph of a network', () => {
  it('joins line ends within 0.05 nm into one node, and not those farther apart', () => {
    // 0.0005° of latitude is 0.03 nm; 0.005° is 0.3 nm.
    const g = buildSeaGraph(
      network(
        line([
          [10, 40],
          [10.1, 40],
        ]),
        line([
          [10.1, 40.0005],
          [10.2, 40],
        ]),
        line([
          [10.2, 40.005],
          [10.3, 40],
        ]),
      ),
    );
    expect(g.nodes).toBe(5);
    expect(g.first[g.nodes]).toBe(6); // three edges, both ways
  });

  it('weighs an edge by the great circles of its segments, through its end nodes', () => {
    const coords = [
      [10, 40],
      [10.5, 40.3],
      [11, 40.1],
      [11.2, 39.5],
    ];
    const g = buildSeaGraph(network(line(coords)));
    let expected = 0;
    for (let i = 0; i + 1 < coords.length; i++)
      expected += greatCircleNm(
        { lat: coords[i][1], lon: coords[i][0] },
        { lat: coords[i + 1][1], lon: coords[i + 1][0] },
      );
    expect(g.nm[0]).toBeCloseTo(expected, 9);
    expect(g.nm[1]).toBeCloseTo(expected, 9);
  });

  it('meets itself across the 180th meridian', () => {
    const g = buildSeaGraph(
      network(
        line([
          [179, 10],
          [180, 10],
        ]),
        line([
          [-180, 10],
          [-179, 10],
        ]),
      ),
    );
    expect(g.nodes).toBe(3);
  });

  it('leaves out closed passes, loops and lines that are not lines', () => {
    const g = buildSeaGraph(
      network(
        line(
          [
            [32.5, 29.7],
            [32.3, 31.3],
          ],
          'suez',
        ),
        line([
          [0, 0],
          [1, 1],
          [0, 0],
        ]),
        line([
          [0, 0],
          [Number.NaN, 1],
        ]),
        line([
          [5, 5],
          [6, 6],
        ]),
      ),
      { closedPasses: ['suez'] },
    );
    expect(g.dropped).toMatchObject({ closedPass: 1, loop: 1, invalid: 1 });
    expect(g.first[g.nodes]).toBe(2);
  });

  it('refuses what is not a FeatureCollection', () => {
    expect(() => buildSeaGraph({ type: 'Feature' } as unknown as FeatureCollection)).toThrow(TypeError);
  });
});

describe('the great circle of the router', () => {
  it('is greatCircleNm (turf) to the last bit', () => {
    const point = fc.record({
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(point, point, (a, b) => greatCircle(a, b) === greatCircleNm(a, b)),
      { numRuns: 5000 },
    );
  });
});

describe('the heap', () => {
  it('pops in order of key, whatever the order of pushes', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { maxLength: 3000 }), (keys) => {
        const heap = new MinHeap();
        keys.forEach((k, i) => heap.push(k, i));
        const popped: number[] = [];
        while (heap.size > 0) {
          heap.pop();
          popped.push(heap.key);
        }
        expect(popped).toEqual([...keys].sort((a, b) => a - b));
      }),
    );
  });
});

describe('the node grid', () => {
  it('finds every point within a radius, nearest first (to 1e-4 nm), near the poles and across 180° too', () => {
    const point = fc.record({
      lat: fc.double({ min: -89.9, max: 89.9, noNaN: true }),
      lon: fc.double({ min: -180, max: 179.99, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(point, { minLength: 1, maxLength: 200 }),
        point,
        fc.double({ min: 1, max: 3000, noNaN: true }),
        (points, at, radius) => {
          const grid = buildGrid(
            Float64Array.from(points, (p) => p.lat),
            Float64Array.from(points, (p) => p.lon),
          );
          const found = within(grid, at.lat, at.lon, radius);
          const expected = points.map((p, i) => [greatCircleNm(at, p), i]).filter(([d]) => d <= radius - 1e-9);
          const ids = Array.from(found.ids.subarray(0, found.count));
          for (const [, i] of expected) expect(ids).toContain(i);
          for (let k = 1; k < found.count; k++) expect(found.nm[k]).toBeGreaterThanOrEqual(found.nm[k - 1] - 1e-4);
        },
      ),
      { numRuns: 200 },
    );
  });
});

/**
 * A square island, 0.2° a side, centred on 0N 0E; a network that rings it 0.2° out, with nodes at
 * the corners and the middles of the sides. Near the equator a degree is 60.04 nm both ways.
 */
const ISLAND = 0.1;
const island: LandModel = {
  inlandNm: (p) =>
    Math.abs(p.lat) < ISLAND && Math.abs(p.lon) < ISLAND
      ? (ISLAND - Math.max(Math.abs(p.lat), Math.abs(p.lon))) * 60.04
      : 0,
  atSea(a, b, skipA, skipB) {
    // The part of the segment inside the box (Liang-Barsky, in the plane of longitude and latitude),
    // in nm from a; at sea if it lies within the two stretches at the ends.
    const length = greatCircleNm(a, b);
    if (skipA + skipB >= length) return true;
    let t0 = 0,
      t1 = 1;
    const dLon = ((((b.lon - a.lon + 180) % 360) + 360) % 360) - 180; // the short way round
    for (const [p, q] of [
      [-dLon, a.lon + ISLAND],
      [dLon, ISLAND - a.lon],
      [-(b.lat - a.lat), a.lat + ISLAND],
      [b.lat - a.lat, ISLAND - a.lat],
    ]) {
      if (p === 0) {
        if (q <= 0) return true;
        continue;
      }
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
    if (t0 >= t1) return true;
    return t1 * length <= skipA + 1e-9 || t0 * length >= length - skipB - 1e-9;
  },
};
const R = 0.2;
const ring = network(
  line([
    [-R, -R],
    [0, -R],
  ]),
  line([
    [0, -R],
    [R, -R],
  ]),
  line([
    [R, -R],
    [R, 0],
  ]),
  line([
    [R, 0],
    [R, R],
  ]),
  line([
    [R, R],
    [0, R],
  ]),
  line([
    [0, R],
    [-R, R],
  ]),
  line([
    [-R, R],
    [-R, 0],
  ]),
  line([
    [-R, 0],
    [-R, -R],
  ]),
);

describe('routing round an island', () => {
  const router = createSeaRouter(ring, island);
  const west = { lat: 0, lon: -0.3 },
    east = { lat: 0, lon: 0.3 };

  it('takes the great circle where the line misses the island', () => {
    const a = { lat: 0.15, lon: -0.3 },
      b = { lat: 0.15, lon: 0.3 };
    expect(router.route(a, b)).toMatchObject({ direct: true, distanceNm: greatCircleNm(a, b) });
  });

  it('goes round it otherwise: west to east by the middle of the north (or south) side', () => {
    // Both ends see the middles of the north and south sides (0.2N 0E and 0.2S 0E) past the
    // island's corners, and those are the shortest ways round: 2 x great circle (0N 0.3W, 0.2N 0E).
    const expected = 2 * greatCircleNm(west, { lat: R, lon: 0 });
    const route = router.route(west, east)!;
    expect(route.direct).toBe(false);
    expect(route.distanceNm).toBeCloseTo(expected, 9);
    expect(route.line.coordinates).toEqual([
      [-0.3, 0],
      [0, route.line.coordinates[1][1]],
      [0.3, 0],
    ]);
    expect(Math.abs(route.line.coordinates[1][1])).toBe(R);
  });

  it('joins a port on the island by its stretch to the coast', () => {
    // A port 0.03° (1.8 nm) inside the north coast: it reaches the sea north, by the node at
    // 0.2N 0E 0.13° (7.8 nm) away. From the east: 0N 0.3E to 0.2N 0E, then down to the port.
    router.setPorts([{ id: 'inland', lat: 0.07, lon: 0 }]);
    const d = router.distanceNm(east, 'inland');
    expect(d).toBeCloseTo(
      greatCircleNm(east, { lat: R, lon: 0 }) + greatCircleNm({ lat: R, lon: 0 }, { lat: 0.07, lon: 0 }),
      9,
    );
    expect(router.nearestPorts(east, 1)).toEqual([{ id: 'inland', distanceNm: d }]);
  });

  it('ranks exactly as one search per port would, whatever ports and filter', () => {
    const sea = fc
      .record({
        lat: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
        lon: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
      })
      .filter((p) => island.inlandNm(p) === 0);
    fc.assert(
      fc.property(
        fc.array(sea, { minLength: 1, maxLength: 30 }),
        sea,
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 4 }),
        (ports, boat, n, skip) => {
          router.setPorts(ports.map((p, i) => ({ id: `p${i}`, ...p })));
          const accept = (id: string) => Number(id.slice(1)) % skip !== 1;
          const brute = ports
            .map((_, i) => ({ id: `p${i}`, distanceNm: router.distanceNm(boat, `p${i}`) }))
            .filter((p) => accept(p.id))
            .sort((a, b) => a.distanceNm - b.distanceNm || (a.id < b.id ? -1 : 1))
            .slice(0, n);
          const ranked = router.nearestPorts(boat, n, accept);
          expect(ranked.map((p) => p.id)).toEqual(brute.map((p) => p.id));
          ranked.forEach((p, k) => {
            expect(p.distanceNm).toBeCloseTo(brute[k].distanceNm, 9);
            expect(p.distanceNm).toBeGreaterThanOrEqual(greatCircleNm(boat, ports[Number(p.id.slice(1))]));
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reuses the joins of ports that did not move, refuses duplicate ids and skips bad positions', () => {
    const first = router.setPorts([
      { id: 'a', lat: 0.3, lon: 0 },
      { id: 'b', lat: -0.3, lon: 0 },
    ]);
    expect(first.computed).toBe(2);
    const again = router.setPorts([
      { id: 'a', lat: 0.3, lon: 0 },
      { id: 'b', lat: -0.31, lon: 0 },
      { id: 'c', lat: Number.NaN, lon: 0 },
    ]);
    expect(again).toMatchObject({
      ports: 3,
      joined: 2,
      computed: 1,
      skipped: [{ id: 'c', reason: 'no valid position' }],
    });
    expect(() =>
      router.setPorts([
        { id: 'a', lat: 0.3, lon: 0 },
        { id: 'a', lat: 0.4, lon: 0 },
      ]),
    ).toThrow(RangeError);
    expect(() => router.route(west, 'nowhere')).toThrow(RangeError);
  });

  it('draws a route over the 180th meridian as one line, its longitudes unwrapped', () => {
    const a = { lat: 0.1, lon: 179.7 },
      b = { lat: -0.2, lon: -179.4 };
    const route = router.route(a, b)!;
    const c = route.line.coordinates;
    expect(c[0]).toEqual([179.7, 0.1]);
    expect(c[c.length - 1][0]).toBeCloseTo(180.6, 9);
    let length = 0;
    for (let i = 0; i + 1 < c.length; i++) {
      expect(Math.abs(c[i + 1][0] - c[i][0])).toBeLessThan(180);
      length += greatCircleNm({ lat: c[i][1], lon: c[i][0] }, { lat: c[i + 1][1], lon: c[i + 1][0] });
    }
    // Drawn with a vertex every half degree or less, along the great circle it was measured on.
    expect(c.length).toBeGreaterThan(2);
    expect(length).toBeCloseTo(route.distanceNm, 9);
    expect(route.distanceNm).toBeCloseTo(greatCircleNm(a, b), 9);
  });

  it('answers NaN, nothing or null for what is not a position', () => {
    const nowhere = { lat: Number.NaN, lon: 0 } as LatLon;
    expect(router.distanceNm(nowhere, east)).toBeNaN();
    expect(router.nearestPorts(nowhere, 3)).toEqual([]);
    expect(router.route(nowhere, east)).toBeNull();
  });

  it('is never shorter than the great circle', () => {
    const sea = fc.record({
      lat: fc.double({ min: -0.6, max: 0.6, noNaN: true }),
      lon: fc.double({ min: -0.6, max: 0.6, noNaN: true }),
    });
    fc.assert(
      fc.property(sea, sea, (a, b) => {
        expect(router.distanceNm(a, b)).toBeGreaterThanOrEqual(greatCircleNm(a, b) - 1e-9);
      }),
      { numRuns: 300 },
    );
  });
});
