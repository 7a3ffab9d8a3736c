/**
 * Haven's AIS decoder: NMEA 0183 AIVDM/AIVDO lines in, gpsd-shaped messages out. Pure code (no I/O):
 * feed listeners keep one AisDecoder per feed; `haven decode-ais` and tests use the same.
 */
export { AisDecoder, type AisDecoderOptions, type AisDecoderStats, type AisPushResult } from './ais-decoder';
export { decodeAisText } from './decode-ais-text';
export { SUPPORTED_TYPES } from './ais-message';
export type {
  AisMessage,
  AidToNavigationReport,
  BaseStationReport,
  ClassBExtendedReport,
  ClassBPositionReport,
  LongRangeReport,
  PositionReport,
  SarAircraftReport,
  StaticDataReportA,
  StaticDataReportB,
  StaticVoyageData,
} from './ais-message';
export { SKIP_REASONS, type SkipReason } from './skip-reason';
export type { TagBlock } from './tag-block';
