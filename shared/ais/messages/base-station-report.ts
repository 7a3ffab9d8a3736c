/** Type 4: base station report, a shore station's position and UTC clock. */
import type { BitReader } from '../bit-reader';
import type { BaseStationReport } from '../ais-message';
import type { SkipReason } from '../skip-reason';
import { lat, lon, timestamp } from '../scaled-fields';

/** The standard length; longer reports are accepted with the extra bits ignored, as gpsd does. */
const MIN_BITS = 168;

/** Decodes a type 4 message already loaded into `r`. */
export function decodeBaseStationReport(r: BitReader): BaseStationReport | SkipReason {
  if (r.bitLength < MIN_BITS) return 'truncated-payload';
  return {
    type: 4,
    repeat: r.u(6, 2),
    mmsi: r.u(8, 30),
    timestamp: timestamp(r.u(38, 14), r.u(52, 4), r.u(56, 5), r.u(61, 5), r.u(66, 6), r.u(72, 6)),
    accuracy: r.flag(78),
    lon: lon(r.s(79, 28)),
    lat: lat(r.s(107, 27)),
    epfd: r.u(134, 4),
    raim: r.flag(148),
    radio: r.u(149, 19),
  };
}
