/**
 * Types 18 and 19: class B position reports, from the small "CS" transponders of yachts, fishing
 * boats and many NGO rescue ships. Type 19 (extended) adds the name and dimensions.
 */
import type { BitReader } from '../bit-reader';
import type { ClassBExtendedReport, ClassBPositionReport } from '../ais-message';
import type { SkipReason } from '../skip-reason';
import { courseTenths, dimension, lat, lon, speedTenths, unlessNotAvailable } from '../scaled-fields';
import { readSixBitText } from '../six-bit-text';

/** Standard lengths; longer reports are accepted with the extra bits ignored, as gpsd does. */
const TYPE_18_BITS = 168;
const TYPE_19_BITS = 312;

/** Decodes a type 18 message already loaded into `r`. */
export function decodeClassBPositionReport(r: BitReader): ClassBPositionReport | SkipReason {
  if (r.bitLength < TYPE_18_BITS) return 'truncated-payload';
  return {
    type: 18,
    repeat: r.u(6, 2),
    mmsi: r.u(8, 30),
    reserved: r.u(38, 8),
    speed: speedTenths(r.u(46, 10)),
    accuracy: r.flag(56),
    lon: lon(r.s(57, 28)),
    lat: lat(r.s(85, 27)),
    course: courseTenths(r.u(112, 12)),
    heading: unlessNotAvailable(r.u(124, 9), 511),
    second: unlessNotAvailable(r.u(133, 6), 60),
    regional: r.u(139, 2),
    cs: r.flag(141),
    display: r.flag(142),
    dsc: r.flag(143),
    band: r.flag(144),
    msg22: r.flag(145),
    assigned: r.flag(146),
    raim: r.flag(147),
    radio: r.u(148, 20),
  };
}

/** Decodes a type 19 message already loaded into `r`. */
export function decodeClassBExtendedReport(r: BitReader): ClassBExtendedReport | SkipReason {
  if (r.bitLength < TYPE_19_BITS) return 'truncated-payload';
  const bow = r.u(271, 9);
  const stern = r.u(280, 9);
  const port = r.u(289, 6);
  const starboard = r.u(295, 6);
  const all = bow + stern + port + starboard;
  return {
    type: 19,
    repeat: r.u(6, 2),
    mmsi: r.u(8, 30),
    reserved: r.u(38, 8),
    speed: speedTenths(r.u(46, 10)),
    accuracy: r.flag(56),
    lon: lon(r.s(57, 28)),
    lat: lat(r.s(85, 27)),
    course: courseTenths(r.u(112, 12)),
    heading: unlessNotAvailable(r.u(124, 9), 511),
    second: unlessNotAvailable(r.u(133, 6), 60),
    regional: r.u(139, 4),
    shipname: readSixBitText(r, 143, 20),
    shiptype: unlessNotAvailable(r.u(263, 8), 0),
    to_bow: dimension(bow, all),
    to_stern: dimension(stern, all),
    to_port: dimension(port, all),
    to_starboard: dimension(starboard, all),
    epfd: r.u(301, 4),
    raim: r.flag(305),
    dte: r.u(306, 1),
    assigned: r.flag(307),
  };
}
