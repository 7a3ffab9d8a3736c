/**
 * The decoded messages, field for field as gpsd names them (see gpsd's AIVDM/AIVDO protocol
 * decoding). Units are gpsd's scaled ones: degrees, knots, degrees, metres. An optional field is
 * absent (undefined, so JSON leaves it out) when the message marks it "not available".
 * These are plain interfaces rather than zod schemas: the decoder builds them itself, at feed rate.
 */

/** Fields every AIS message starts with. */
interface Header {
  repeat: number;
  mmsi: number;
}

/** Distances in metres from the position reference point to bow, stern, port and starboard. */
interface Dimensions {
  to_bow?: number;
  to_stern?: number;
  to_port?: number;
  to_starboard?: number;
}

/** Types 1, 2, 3: class A position report. */
export interface PositionReport extends Header {
  type: 1 | 2 | 3;
  status: number;
  /** Degrees per minute, positive to starboard; "fastleft"/"fastright" above 5 degrees per 30 s. */
  turn?: number | 'fastleft' | 'fastright';
  speed?: number;
  accuracy: boolean;
  lon?: number;
  lat?: number;
  course?: number;
  heading?: number;
  /** UTC second of the fix; 61-63 mean manual input, dead reckoning, positioning inoperative. */
  second?: number;
  maneuver: number;
  raim: boolean;
  radio: number;
}

/** Type 4: base station report, with the station's UTC clock. */
export interface BaseStationReport extends Header {
  type: 4;
  timestamp?: string;
  accuracy: boolean;
  lon?: number;
  lat?: number;
  epfd: number;
  raim: boolean;
  radio: number;
}

/** Type 5: class A static and voyage data. */
export interface StaticVoyageData extends Header, Dimensions {
  type: 5;
  ais_version: number;
  imo?: number;
  callsign?: string;
  shipname?: string;
  shiptype?: number;
  epfd: number;
  /** "MM-DDTHH:MMZ" as gpsd prints it; parts the sender left out keep their not-available values. */
  eta?: string;
  draught?: number;
  destination?: string;
  dte?: number;
}

/** Type 9: search and rescue aircraft position report (speed in whole knots, altitude in metres). */
export interface SarAircraftReport extends Header {
  type: 9;
  alt?: number;
  speed?: number;
  accuracy: boolean;
  lon?: number;
  lat?: number;
  course?: number;
  second?: number;
  regional: number;
  dte: number;
  assigned: boolean;
  raim: boolean;
  radio: number;
}

/** Fields types 18 and 19 share. */
interface ClassBPosition extends Header {
  reserved: number;
  speed?: number;
  accuracy: boolean;
  lon?: number;
  lat?: number;
  course?: number;
  heading?: number;
  second?: number;
  regional: number;
}

/** Type 18: class B position report. */
export interface ClassBPositionReport extends ClassBPosition {
  type: 18;
  cs: boolean;
  display: boolean;
  dsc: boolean;
  band: boolean;
  msg22: boolean;
  assigned: boolean;
  raim: boolean;
  radio: number;
}

/** Type 19: extended class B position report, with name and dimensions. */
export interface ClassBExtendedReport extends ClassBPosition, Dimensions {
  type: 19;
  shipname?: string;
  shiptype?: number;
  epfd: number;
  raim: boolean;
  dte: number;
  assigned: boolean;
}

/** Type 21: aid to navigation (buoys, lights, virtual marks). */
export interface AidToNavigationReport extends Header, Dimensions {
  type: 21;
  aid_type: number;
  name?: string;
  accuracy: boolean;
  lon?: number;
  lat?: number;
  epfd: number;
  second?: number;
  regional: number;
  off_position: boolean;
  raim: boolean;
  virtual_aid: boolean;
  assigned: boolean;
}

/** Type 24 part A: the class B vessel's name. */
export interface StaticDataReportA extends Header {
  type: 24;
  partno: 0;
  shipname?: string;
}

/** Type 24 part B: type, vendor, call sign and dimensions (or, for an auxiliary craft, its mothership). */
export interface StaticDataReportB extends Header, Dimensions {
  type: 24;
  partno: 1;
  shiptype?: number;
  /** Seven characters, as gpsd reads it; since ITU-R M.1371-4 only the first three are the vendor. */
  vendorid?: string;
  model: number;
  serial: number;
  callsign?: string;
  mothership_mmsi?: number;
}

/** Type 27: long-range (satellite) position report; positions to 1/10 minute. */
export interface LongRangeReport extends Header {
  type: 27;
  accuracy: boolean;
  raim: boolean;
  status: number;
  lon?: number;
  lat?: number;
  speed?: number;
  course?: number;
  gnss: boolean;
}

/** Any message the decoder produces. */
export type AisMessage =
  | PositionReport
  | BaseStationReport
  | StaticVoyageData
  | SarAircraftReport
  | ClassBPositionReport
  | ClassBExtendedReport
  | AidToNavigationReport
  | StaticDataReportA
  | StaticDataReportB
  | LongRangeReport;

/** The message types the decoder handles. */
export const SUPPORTED_TYPES: readonly number[] = [1, 2, 3, 4, 5, 9, 18, 19, 21, 24, 27];
