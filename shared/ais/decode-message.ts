/**
 * From a de-armoured payload to a message: reads the type and hands over to that type's decoder.
 * Each decoder checks the length its type needs, so a damaged or truncated payload is set aside with
 * a reason rather than decoded into plausible-looking nonsense.
 */
import { SUPPORTED_TYPES, type AisMessage } from './ais-message';
import type { BitReader } from './bit-reader';
import type { SkipReason } from './skip-reason';
import { decodeAidToNavigationReport } from './messages/aid-to-navigation-report';
import { decodeBaseStationReport } from './messages/base-station-report';
import { decodeClassBExtendedReport, decodeClassBPositionReport } from './messages/class-b-position-report';
import { decodeLongRangeReport } from './messages/long-range-report';
import { decodePositionReport } from './messages/position-report';
import { decodeSarAircraftReport } from './messages/sar-aircraft-report';
import { decodeStaticDataReport } from './messages/static-data-report';
import { decodeStaticVoyageData } from './messages/static-voyage-data';

/** Five slots, the most any AIS message can occupy. */
const MAX_MESSAGE_BITS = 1008;
/** Type, repeat indicator and MMSI: without them there is nothing to report. */
const HEADER_BITS = 38;

/** Decodes the message loaded into `r`, or says why it cannot be. */
export function decodeMessage(r: BitReader): AisMessage | SkipReason {
  if (r.bitLength < HEADER_BITS)
    return r.bitLength >= 6 && !SUPPORTED_TYPES.includes(r.u(0, 6)) ? 'unsupported-type' : 'truncated-payload';
  if (r.bitLength > MAX_MESSAGE_BITS) return 'oversized-payload';
  const type = r.u(0, 6);
  switch (type) {
    case 1:
    case 2:
    case 3:
      return decodePositionReport(r, type);
    case 4:
      return decodeBaseStationReport(r);
    case 5:
      return decodeStaticVoyageData(r);
    case 9:
      return decodeSarAircraftReport(r);
    case 18:
      return decodeClassBPositionReport(r);
    case 19:
      return decodeClassBExtendedReport(r);
    case 21:
      return decodeAidToNavigationReport(r);
    case 24:
      return decodeStaticDataReport(r);
    case 27:
      return decodeLongRangeReport(r);
    default:
      return 'unsupported-type';
  }
}
