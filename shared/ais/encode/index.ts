/**
 * Haven's AIS encoder: messages in the decoder's shape (gpsd field names and units) to NMEA 0183
 * `!AIVDM` sentences, for types 1-3, 5, 9 and 18. Pure code. The demo simulator speaks through it,
 * and tests use it to state exactly what a feed sends.
 */
import type { BitWriter } from './bit-writer';
import type { EncodableMessage } from './encodable';
import { encodeClassBPositionReport } from './class-b-position-report';
import { encodePositionReport } from './position-report';
import { encodeSarAircraftReport } from './sar-aircraft-report';
import { encodeStaticVoyageData } from './static-voyage-data';
import { toSentences, type SentenceOptions } from './sentences';

export { BitWriter, type ArmouredPayload } from './bit-writer';
export type {
  ClassBPositionReportInput,
  EncodableMessage,
  PositionReportInput,
  SarAircraftReportInput,
  StaticVoyageDataInput,
} from './encodable';
export { nmeaChecksum, toSentences, type SentenceOptions } from './sentences';
export { encodeClassBPositionReport, encodePositionReport, encodeSarAircraftReport, encodeStaticVoyageData };

/** The message's bits, by type. */
export function encodeMessage(m: EncodableMessage): BitWriter {
  switch (m.type) {
    case 1:
    case 2:
    case 3:
      return encodePositionReport(m);
    case 5:
      return encodeStaticVoyageData(m);
    case 9:
      return encodeSarAircraftReport(m);
    case 18:
      return encodeClassBPositionReport(m);
  }
}

/** The NMEA sentences for one message (two for a type 5). */
export function encodeAis(m: EncodableMessage, options?: SentenceOptions): string[] {
  return toSentences(encodeMessage(m).armour(), options);
}
