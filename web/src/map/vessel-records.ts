import type { VesselPosition } from '../../../shared/domain/vessel';
import { VESSEL_CLASSES, vesselClass, type VesselClass } from './vessel-class';

/** Web Mercator's limit (EPSG:3857, as Leaflet clamps it). */
const MAX_LAT = 85.0511287798;
/** The equator's length in Web Mercator metres (2πR, R = 6,378,137 m). */
const EQUATOR_M = 2 * Math.PI * 6_378_137;
/** The course-and-speed vector shows where the vessel will be in this many hours: 6 minutes. */
export const VECTOR_HOURS = 0.1;
const DEG = Math.PI / 180;

/**
 * What the layer keeps per vessel: the report, and everything a frame needs precomputed once per
 * report (projection, heading, vector), so a frame is multiply-adds only.
 */
export interface VesselRecord {
  v: VesselPosition;
  cls: VesselClass;
  atMs: number;
  /** Web Mercator position in [0, 1]: world pixel = m * 256 * 2^zoom, as Leaflet's EPSG3857. */
  mx: number;
  my: number;
  /** Whether the symbol has a bow to point (a heading or course is known). */
  pointed: boolean;
  /** The heading in 5° steps (0-71) for the symbol's sprite, or -1 when no heading is known. */
  bucket: number;
  /** The 6-minute vector's length in the units of mx, my (0 when none): its direction is worked out only when drawn. */
  vlen: number;
  /** Where the vector ends, as an offset in the units of mx, my; valid once `vectorOf` has run for this report. */
  vx: number;
  vy: number;
  vdone: boolean;
  /** Canvas pixel where the last frame drew it, and that frame's number (hit tests, a11y list). */
  cx: number;
  cy: number;
  frame: number;
  /** Index in the dense array (swap-remove). */
  index: number;
}

// Reports of one batch often share their time: the last one read is remembered.
let lastIso = '';
let lastMs = 0;

/** Milliseconds since the epoch of an ISO 8601 time; the server's toISOString() form is read without Date.parse. */
export function isoMs(iso: string): number {
  if (iso === lastIso) return lastMs;
  lastMs = readIso(iso);
  lastIso = iso;
  return lastMs;
}

function readIso(iso: string): number {
  if (iso.length !== 24 || iso.charCodeAt(23) !== 90) return Date.parse(iso);
  const d = (i: number) => iso.charCodeAt(i) - 48;
  return Date.UTC(
    d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3),
    d(5) * 10 + d(6) - 1,
    d(8) * 10 + d(9),
    d(11) * 10 + d(12),
    d(14) * 10 + d(15),
    d(17) * 10 + d(18),
    d(20) * 100 + d(21) * 10 + d(22),
  );
}

/**
 * Fills in the derived fields of `r` from report `v`. Only what every frame needs is worked out
 * here (one sine and one logarithm): at 20,000 reports a batch, each trigonometric call counts.
 */
function derive(r: VesselRecord, v: VesselPosition): void {
  r.v = v;
  r.cls = vesselClass(v);
  r.atMs = isoMs(v.at);
  const lat = Math.max(-MAX_LAT, Math.min(MAX_LAT, v.lat));
  const s = Math.sin(lat * DEG);
  r.mx = (v.lon + 180) / 360;
  r.my = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
  const bow = v.heading ?? v.course;
  r.pointed = bow !== null;
  r.bucket = bow === null ? -1 : Math.round((((bow % 360) + 360) % 360) / 5) % 72;
  // Mercator stretches by 1/cos(lat): a nautical mile is more map units away from the equator.
  r.vlen =
    v.course !== null && v.speed !== null && v.speed >= 0.5
      ? (v.speed * 1852 * VECTOR_HOURS) / (EQUATOR_M * Math.sqrt(1 - s * s))
      : 0;
  r.vdone = r.vlen === 0;
  r.vx = 0;
  r.vy = 0;
}

/** Where a record's 6-minute vector ends (offset in the units of mx, my), worked out once per report. */
export function vectorOf(r: VesselRecord): VesselRecord {
  if (!r.vdone) {
    const course = (r.v.course ?? 0) * DEG;
    r.vx = r.vlen * Math.sin(course);
    r.vy = -r.vlen * Math.cos(course);
    r.vdone = true;
  }
  return r;
}

/** All vessels as records: a map by MMSI for updates and a dense array for fast frames. */
export class RecordSet {
  /** Records in no particular order; walk this to draw. */
  readonly list: VesselRecord[] = [];
  private readonly byMmsi = new Map<string, VesselRecord>();
  // Kept up to date as records come, go and change class: never recounted per batch.
  private readonly counts = new Map<VesselClass, number>(VESSEL_CLASSES.map((c) => [c, 0]));

  /** The record of an MMSI. */
  get(mmsi: string): VesselRecord | undefined {
    return this.byMmsi.get(mmsi);
  }

  /** Adds or updates a vessel; answers its record. */
  upsert(v: VesselPosition): VesselRecord {
    let r = this.byMmsi.get(v.mmsi);
    if (r) {
      const was = r.cls;
      derive(r, v);
      if (r.cls === was) return r;
      this.count(was, -1);
    } else {
      // Every field set up front: all records share one object shape, which keeps frames fast.
      r = {
        v,
        cls: 'other',
        atMs: 0,
        mx: 0.5,
        my: 0.5,
        pointed: false,
        bucket: -1,
        vlen: 0.5,
        vx: 0.5,
        vy: 0.5,
        vdone: false,
        cx: 0.5,
        cy: 0.5,
        frame: -1,
        index: this.list.length,
      };
      derive(r, v);
      this.list.push(r);
      this.byMmsi.set(v.mmsi, r);
    }
    this.count(r.cls, 1);
    return r;
  }

  /** Removes a vessel; answers its record when it had one. */
  remove(mmsi: string): VesselRecord | undefined {
    const r = this.byMmsi.get(mmsi);
    if (!r) return undefined;
    this.byMmsi.delete(mmsi);
    const last = this.list.pop()!;
    if (last !== r) {
      last.index = r.index;
      this.list[r.index] = last;
    }
    this.count(r.cls, -1);
    return r;
  }

  /** Forgets everything. */
  clear(): void {
    this.list.length = 0;
    this.byMmsi.clear();
    for (const c of VESSEL_CLASSES) this.counts.set(c, 0);
  }

  /** How many vessels of each class there are (shown or not). */
  classCounts(): ReadonlyMap<VesselClass, number> {
    return this.counts;
  }

  private count(cls: VesselClass, delta: number): void {
    this.counts.set(cls, (this.counts.get(cls) ?? 0) + delta);
  }
}
