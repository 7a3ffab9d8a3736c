/**
 * Type 27: long-range position report, picked up by satellites far from any coast station, which is
 * where boats in distress often are. Positions are coarse (1/10 minute) and signed: west and south
 * are negative, which several npm decoders get wrong.
 */
import type { BitReader } from '../bit-reader';
import type { LongRangeReport } from '../ais-message';
import type { SkipReason } from '../skip-reason';
import { latLongRange, lonLongRange, unlessNotAvailable } from '../scaled-fields';

/** The standard length. */
const BITS = 96;
/** Some transmitters send a whole 168-bit slot; gpsd accepts exactly these two lengths. */
const FULL_SLOT_BITS = 168;

/** Decodes a type 27 message already loaded into `r`. */
export function decodeLongRangeReport(r: BitReader): LongRangeReport | SkipReason {
  const bits = r.bitLength;
  if (bits < BITS) return 'truncated-payload';
  if (bits !== BITS && bits !== FULL_SLOT_BITS) return 'oversized-payload';
  return {
    type: 27,
    repeat: r.u(6, 2),
    mmsi: r.u(8, 30),
    status: r.u(40, 4),
    accuracy: r.flag(38),
    lon: lonLongRange(r.s(44, 18)),
    lat: latLongRange(r.s(62, 17)),
    // Whole knots and whole degrees here: 63 knots and 511 degrees are "not available".
    speed: unlessNotAvailable(r.u(79, 6), 63),
    course: unlessNotAvailable(r.u(85, 9), 511),
    raim: r.flag(39),
    gnss: r.flag(94),
  };
}
