import { feature } from 'topojson-client';
import type { VesselPosition } from '../../shared/domain/vessel';

/** The sea the simulated fleet sails: the central Mediterranean, as the console opens on it. */
const AREA = { west: 8.5, east: 20.5, south: 31.5, north: 39.5 };

/** A seeded generator (mulberry32): the same fleet every run, so screenshots compare. */
export function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Ring = number[][];

/** Land rings (outer rings of world-atlas's 1:50m land) that touch AREA, to keep ships at sea. */
function landRings(): Ring[] {
  const topology = require('world-atlas/land-50m.json') as Parameters<typeof feature>[0];
  const land = feature(
    topology,
    (topology.objects as Record<string, Parameters<typeof feature>[1]>).land,
  ) as unknown as GeoJSON.FeatureCollection<GeoJSON.MultiPolygon>;
  const rings: Ring[] = [];
  for (const f of land.features) {
    for (const poly of f.geometry.coordinates) {
      const ring = poly[0];
      const lons = ring.map((p) => p[0]);
      const lats = ring.map((p) => p[1]);
      if (
        Math.max(...lons) < AREA.west ||
        Math.min(...lons) > AREA.east ||
        Math.max(...lats) < AREA.south ||
        Math.min(...lats) > AREA.north
      )
        continue;
      rings.push(ring);
    }
  }
  return rings;
}

function inside(ring: Ring, lon: number, lat: number): boolean {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

/** A simulated fleet's vessel: its report and a speed and course it keeps. */
export type SimVessel = VesselPosition;

/** Shipping lanes as [lat, lon] waypoints: Sicily channel to the east, Messina, Malta-Tripoli, Gabes, Otranto. */
const LANES: [number, number][][] = [
  [
    [37.4, 8.5],
    [37.55, 10.9],
    [37.15, 11.6],
    [36.2, 13.5],
    [35.8, 15.5],
    [35.0, 18.0],
    [34.3, 20.5],
  ],
  [
    [35.9, 14.6],
    [36.7, 15.4],
    [38.2, 15.65],
  ],
  [
    [35.85, 14.55],
    [32.95, 13.2],
  ],
  [
    [34.3, 11.0],
    [35.8, 14.4],
  ],
  [
    [35.5, 17.0],
    [39.5, 19.0],
  ],
];
/** Ports and fishing grounds, where small craft gather. */
const CLUSTERS: [number, number][] = [
  [35.9, 14.5],
  [35.5, 12.6],
  [34.7, 10.9],
  [32.95, 13.2],
  [37.45, 15.15],
  [37.05, 15.35],
  [37.6, 12.5],
  [32.15, 20.0],
  [32.95, 12.0],
  [34.2, 10.5],
  [37.0, 12.0],
];

/** A point of the sea: on a lane (with its direction), near a cluster, or anywhere. */
function place(r: () => number): {
  lat: number;
  lon: number;
  course: number | null;
  where: 'lane' | 'cluster' | 'open';
} {
  const u = r();
  const spread = () => r() + r() - 1;
  if (u < 0.55) {
    const lane = LANES[Math.floor(r() * LANES.length)];
    const leg = Math.floor(r() * (lane.length - 1));
    const [a, b] = [lane[leg], lane[leg + 1]];
    const t = r();
    const course = (Math.atan2((b[1] - a[1]) * Math.cos((a[0] * Math.PI) / 180), b[0] - a[0]) * 180) / Math.PI;
    return {
      lat: a[0] + (b[0] - a[0]) * t + spread() * 0.12,
      lon: a[1] + (b[1] - a[1]) * t + spread() * 0.12,
      course: ((r() < 0.5 ? course : course + 180) + 360 + spread() * 6) % 360,
      where: 'lane',
    };
  }
  if (u < 0.85) {
    const [lat, lon] = CLUSTERS[Math.floor(r() * CLUSTERS.length)];
    return { lat: lat + spread() * 0.45, lon: lon + spread() * 0.55, course: null, where: 'cluster' };
  }
  return {
    lat: AREA.south + r() * (AREA.north - AREA.south),
    lon: AREA.west + r() * (AREA.east - AREA.west),
    course: null,
    where: 'open',
  };
}

/**
 * `n` vessels at sea, on lanes, around ports and fishing grounds and scattered: merchants on the
 * lanes, fishing, sailing and untyped craft near the coasts, a few rescue assets, SAR aircraft
 * and AIS-SART beacons; one in twenty last reported 15 minutes ago (stale).
 */
export function simulateFleet(n: number, seed = 9, now = Date.now()): SimVessel[] {
  const r = rng(seed);
  const rings = landRings();
  const fleet: SimVessel[] = [];
  while (fleet.length < n) {
    const p = place(r);
    if (p.lat < AREA.south || p.lat > AREA.north || p.lon < AREA.west || p.lon > AREA.east) continue;
    if (rings.some((ring) => inside(ring, p.lon, p.lat))) continue;
    const { lat, lon } = p;
    const i = fleet.length;
    const pick = r();
    const kind = i % 1000 === 5 ? 'rescue' : i % 1000 === 7 ? 'aircraft' : 'vessel';
    const sart = i % 2500 === 11;
    const shiptype =
      kind !== 'vessel' || sart
        ? undefined
        : p.where === 'lane'
          ? pick < 0.85
            ? [70, 80, 60][i % 3]
            : undefined
          : pick < 0.4
            ? 30
            : pick < 0.65
              ? [36, 37][i % 2]
              : pick < 0.8
                ? undefined
                : pick < 0.9
                  ? 52
                  : 70;
    const mmsi = sart
      ? `970${String(100_000 + i).padStart(6, '0')}`
      : kind === 'aircraft'
        ? `111${247_000 + i}`
        : String(200_000_000 + i * 37);
    const speed =
      kind === 'aircraft'
        ? 140
        : sart
          ? 0.3
          : shiptype === 30
            ? 2 + r() * 5
            : shiptype === 36 || shiptype === 37
              ? 4 + r() * 4
              : 8 + r() * 12;
    const course = p.course ?? Math.round(r() * 3600) / 10;
    fleet.push({
      mmsi,
      name: sart
        ? null
        : `${kind === 'rescue' ? 'RESCUE' : kind === 'aircraft' ? 'EAGLE' : 'SIM'} ${String(i).padStart(4, '0')}`,
      lat,
      lon,
      speed,
      course,
      heading: kind === 'aircraft' || sart ? null : Math.round(course) % 360,
      source: 'simulator',
      kind,
      ...(kind === 'aircraft' ? { alt: 450 } : {}),
      ...(shiptype === undefined ? {} : { shiptype }),
      ...(sart ? { sart: true } : {}),
      at: new Date(now - (i % 20 === 3 ? 15 * 60_000 : Math.floor(r() * 20_000))).toISOString(),
    });
  }
  return fleet;
}

/** The fleet `seconds` later: every fresh vessel moved along its course, with a new report time. */
export function advance(fleet: readonly SimVessel[], seconds: number, now = Date.now()): SimVessel[] {
  return fleet.map((v) => {
    if (Date.parse(v.at) < now - 10 * 60_000) return v;
    const nm = ((v.speed ?? 0) * seconds) / 3600;
    const rad = ((v.course ?? 0) * Math.PI) / 180;
    const lat = v.lat + (nm * Math.cos(rad)) / 60;
    const lon = v.lon + (nm * Math.sin(rad)) / (60 * Math.cos((v.lat * Math.PI) / 180));
    return { ...v, lat, lon, at: new Date(now).toISOString() };
  });
}
