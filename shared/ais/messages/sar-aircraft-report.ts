/** Type 9: search and rescue aircraft position report, sent by SAR helicopters and planes. */
import type { BitReader } from '../bit-reader';
import type { SarAircraftReport } from '../ais-message';
import type { SkipReason } from '../skip-reason';
import { courseTenths, lat, lon, unlessNotAvailable } from '../scaled-fields';

/** The standard length; longer reports are accepted with the extra bits ignored, as gpsd does. */
const MIN_BITS = 168;

/** Decodes a type 9 message already loaded into `r`. */
export function decodeSarAircraftReport(r: BitReader): SarAircraftReport | SkipReason {
  if (r.bitLength < MIN_BITS) return 'truncated-payload';
  return {
    type: 9,
    repeat: r.u(6, 2),
    mmsi: r.u(8, 30),
    // Metres; 4095 is not available, 4094 means 4094 m or higher.
    alt: unlessNotAvailable(r.u(38, 12), 4095),
    // Unlike every other report, whole knots: 1023 is not available, 1022 means 1022 knots or more.
    speed: unlessNotAvailable(r.u(50, 10), 1023),
    accuracy: r.flag(60),
    lon: lon(r.s(61, 28)),
    lat: lat(r.s(89, 27)),
    course: courseTenths(r.u(116, 12)),
    second: unlessNotAvailable(r.u(128, 6), 60),
    regional: r.u(134, 8),
    dte: r.u(142, 1),
    assigned: r.flag(146),
    raim: r.flag(147),
    radio: r.u(148, 20),
  };
}
