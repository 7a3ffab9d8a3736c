/**
 * The parser's vocabulary: what it answers, and what each family of readers hands to the final
 * decision (positions found, problems met, and which stretches of text it has read).
 */

/** How a position was written; shown to operators beside the raw text. */
export type PositionFormat =
  | 'decimal'
  | 'ddm'
  | 'dms'
  | 'sitrep'
  | 'nmea-ddmm'
  | 'nmea-rmc'
  | 'nmea-gga'
  | 'nmea-gll'
  | 'iridium-go'
  | 'google-maps'
  | 'geo-uri'
  | 'map-link';

/** Stable codes for why a text gave no position (the `reason` is the sentence for people). */
export type PositionErrorCode =
  | 'empty'
  | 'too-long'
  | 'no-position'
  | 'one-coordinate'
  | 'two-latitudes'
  | 'two-longitudes'
  | 'minutes-range'
  | 'seconds-range'
  | 'latitude-range'
  | 'longitude-range'
  | 'malformed'
  | 'sign-conflict'
  | 'axis-conflict'
  | 'ambiguous-hemisphere'
  | 'several-positions'
  | 'nmea-checksum'
  | 'nmea-no-fix'
  | 'nmea-malformed'
  | 'link-without-coordinates'
  | 'internal';

/** The parser's answer: one unambiguous position, or a reason it could not find one. */
export type ParsedPosition =
  | { ok: true; lat: number; lon: number; format: PositionFormat }
  | { ok: false; code: PositionErrorCode; reason: string };

/** A position one reader found, with where it starts so the earliest mention wins among equals. */
export interface Found {
  lat: number;
  lon: number;
  format: PositionFormat;
  at: number;
}

/**
 * Something that stood in a reader's way. A fatal problem refuses the whole text even when a
 * position was found elsewhere in it (a caller who wrote 61 minutes meant something we cannot
 * guess); a soft one only explains why nothing was found.
 */
export interface Problem {
  code: PositionErrorCode;
  reason: string;
  fatal: boolean;
  at: number;
}

/** A half-open stretch [start, end) of the normalised text that a reader has consumed. */
export interface Span {
  start: number;
  end: number;
}

/** What one family of readers made of the text. */
export interface Extraction {
  found: Found[];
  problems: Problem[];
  claimed: Span[];
}

/** An empty extraction, for readers that found nothing to say. */
export function emptyExtraction(): Extraction {
  return { found: [], problems: [], claimed: [] };
}

/** Latitude and longitude range check shared by every reader; undefined when both are valid. */
export function rangeProblem(lat: number, lon: number, at: number, fatal: boolean): Problem | undefined {
  if (!(Math.abs(lat) <= 90)) {
    return { code: 'latitude-range', reason: `latitude must be between 90°S and 90°N (got ${fmt(lat)}°)`, fatal, at };
  }
  if (!(Math.abs(lon) <= 180)) {
    return {
      code: 'longitude-range',
      reason: `longitude must be between 180°W and 180°E (got ${fmt(lon)}°)`,
      fatal,
      at,
    };
  }
  return undefined;
}

/** A number as people would read it back in a message: no float noise, no exponent surprises. */
export function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return String(Number(n.toFixed(6)));
}
