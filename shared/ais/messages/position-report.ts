/** Types 1, 2 and 3: the class A position report, the bulk of all AIS traffic. */
import type { BitReader } from '../bit-reader';
import type { PositionReport } from '../ais-message';
import type { SkipReason } from '../skip-reason';
import { courseTenths, lat, lon, speedTenths, turn, unlessNotAvailable } from '../scaled-fields';

/** Shortest accepted report: a few transmitters in the wild send 163 bits instead of 168. */
const MIN_BITS = 163;
/** Longest accepted report: current gpsd's limit (3.22 had none); longer ones are noise. */
const MAX_BITS = 204;

/** Decodes a type 1, 2 or 3 message already loaded into `r`. */
export function decodePositionReport(r: BitReader, type: 1 | 2 | 3): PositionReport | SkipReason {
  const bits = r.bitLength;
  if (bits < MIN_BITS) return 'truncated-payload';
  if (bits > MAX_BITS) return 'oversized-payload';
  return {
    type,
    repeat: r.u(6, 2),
    mmsi: r.u(8, 30),
    status: r.u(38, 4),
    turn: turn(r.s(42, 8)),
    speed: speedTenths(r.u(50, 10)),
    accuracy: r.flag(60),
    lon: lon(r.s(61, 28)),
    lat: lat(r.s(89, 27)),
    course: courseTenths(r.u(116, 12)),
    heading: unlessNotAvailable(r.u(128, 9), 511),
    second: unlessNotAvailable(r.u(137, 6), 60),
    maneuver: r.u(143, 2),
    raim: r.flag(148),
    // A short report carries a truncated radio status; read what is there, as gpsd does.
    radio: bits >= 168 ? r.u(149, 19) : r.u(149, bits - 149),
  };
}
