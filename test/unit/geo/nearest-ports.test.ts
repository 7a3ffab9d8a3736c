/** Nearest ports by great-circle distance, on real ports of the World Port Index. */
import { nearestPorts } from '../../../shared/geo/nearest-ports';

const PORTS = [
  { id: 'pozzallo', name: 'Pozzallo', lat: 36.716667, lon: 14.85 },
  { id: 'valletta', name: 'Valletta Harbors', lat: 35.9, lon: 14.516667 },
  { id: 'lampedusa', name: 'Lampedusa', lat: 35.494, lon: 12.601 },
  { id: 'tripoli', name: 'Mina Tarabulus (Tripoli)', lat: 32.9, lon: 13.183333 },
  { id: 'sfax', name: 'Mersa Sfax', lat: 34.733333, lon: 10.766667 },
];

describe('the ports nearest to a position', () => {
  it('are the n nearest, nearest first, each item whole with its distance in nautical miles', () => {
    const near = nearestPorts(35.3, 12.7, PORTS, 3);
    expect(near.map((p) => p.id)).toEqual(['lampedusa', 'valletta', 'sfax']);
    expect(near[0]).toEqual({ ...PORTS[2], distanceNm: expect.any(Number) });
    // 0.194° of latitude and 0.099° of longitude at 35.4N: about 12.8 nm.
    expect(near[0].distanceNm).toBeCloseTo(12.8, 0);
  });

  it('measures a known distance: Valletta to Pozzallo is about 52 nm', () => {
    const [pozzallo] = nearestPorts(
      35.9,
      14.516667,
      PORTS.filter((p) => p.id === 'pozzallo'),
      1,
    );
    expect(pozzallo.distanceNm).toBeGreaterThan(51);
    expect(pozzallo.distanceNm).toBeLessThan(53);
  });

  it('gives all ports when fewer than n exist, and none for n of zero', () => {
    expect(nearestPorts(35, 14, PORTS, 50)).toHaveLength(5);
    expect(nearestPorts(35, 14, PORTS, 0)).toEqual([]);
  });

  it('skips ports without usable coordinates instead of ranking them', () => {
    const broken = [...PORTS, { id: 'nowhere', name: 'No position', lat: Number.NaN, lon: 14 }];
    expect(nearestPorts(35, 14, broken, 10).map((p) => p.id)).not.toContain('nowhere');
  });

  it('leaves the input list as it was', () => {
    const before = JSON.stringify(PORTS);
    nearestPorts(35, 14, PORTS, 2);
    expect(JSON.stringify(PORTS)).toBe(before);
  });
});
