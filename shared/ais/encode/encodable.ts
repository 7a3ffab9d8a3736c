import type { ClassBPositionReport, PositionReport, SarAircraftReport, StaticVoyageData } from '../ais-message';

/**
 * What the encoder takes for a message: the decoder's own shape (gpsd field names and scaled units),
 * with only the type and MMSI required. A field left out is sent as "not available" (or as zero for
 * flags and reserved bits), so a decoded message re-encodes as it is.
 */
export type Encodable<T extends { type: unknown; mmsi: number }> = Pick<T, 'type' | 'mmsi'> &
  Partial<Omit<T, 'type' | 'mmsi'>>;

/** Types 1, 2, 3 to encode. */
export type PositionReportInput = Encodable<PositionReport>;
/** Type 5 to encode. */
export type StaticVoyageDataInput = Encodable<StaticVoyageData>;
/** Type 9 to encode. */
export type SarAircraftReportInput = Encodable<SarAircraftReport>;
/** Type 18 to encode. */
export type ClassBPositionReportInput = Encodable<ClassBPositionReport>;

/** Any message the encoder can write. */
export type EncodableMessage =
  PositionReportInput | StaticVoyageDataInput | SarAircraftReportInput | ClassBPositionReportInput;
