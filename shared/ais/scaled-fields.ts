/**
 * Raw AIS field values to gpsd's scaled units (degrees, knots, degrees), without gpsd's rounding, and
 * with every value the message marks "not available" turned into undefined (so JSON omits it).
 * Other out-of-range values (a latitude of 109 degrees, a heading of 400) are reported as sent, as
 * gpsd does: they are the sender's fault, and whoever stores positions must range-check them.
 */

/** Positions in 1/10000 minute (types 1-4, 9, 18, 19, 21): "not available" is 181 / 91 degrees. */
const MINUTE_10000THS_PER_DEGREE = 600_000;
/** Long-range positions in 1/10 minute (type 27). */
const MINUTE_10THS_PER_DEGREE = 600;

/** Longitude in degrees from 1/10000 minutes; undefined for 181 (not available). */
export function lon(raw: number): number | undefined {
  return raw === 181 * MINUTE_10000THS_PER_DEGREE ? undefined : raw / MINUTE_10000THS_PER_DEGREE;
}

/** Latitude in degrees from 1/10000 minutes; undefined for 91 (not available). */
export function lat(raw: number): number | undefined {
  return raw === 91 * MINUTE_10000THS_PER_DEGREE ? undefined : raw / MINUTE_10000THS_PER_DEGREE;
}

/** Type 27 longitude in degrees from 1/10 minutes; undefined for 181. */
export function lonLongRange(raw: number): number | undefined {
  return raw === 181 * MINUTE_10THS_PER_DEGREE ? undefined : raw / MINUTE_10THS_PER_DEGREE;
}

/** Type 27 latitude in degrees from 1/10 minutes; undefined for 91. */
export function latLongRange(raw: number): number | undefined {
  return raw === 91 * MINUTE_10THS_PER_DEGREE ? undefined : raw / MINUTE_10THS_PER_DEGREE;
}

/** Speed over ground in knots from tenths; 1023 is not available (1022 means 102.2 or more). */
export function speedTenths(raw: number): number | undefined {
  return raw === 1023 ? undefined : raw / 10;
}

/** Course over ground in degrees from tenths; 3600 is not available. */
export function courseTenths(raw: number): number | undefined {
  return raw === 3600 ? undefined : raw / 10;
}

/** `raw` unless it equals the field's "not available" value (heading 511, second 60, altitude 4095...). */
export function unlessNotAvailable(raw: number, notAvailable: number): number | undefined {
  return raw === notAvailable ? undefined : raw;
}

/**
 * Rate of turn in degrees per minute, signed (positive: turning right). The wire carries
 * 4.733 * sqrt(rate); -128 is not available and +-127 mean "turning faster than 5 degrees per 30 s,
 * no turn indicator", which gpsd reports as "fastright" / "fastleft". (gpsd's scaled output also
 * drops the sign; we keep it.)
 */
export function turn(raw: number): number | 'fastleft' | 'fastright' | undefined {
  if (raw === -128) return undefined;
  if (raw === 127) return 'fastright';
  if (raw === -127) return 'fastleft';
  const root = raw / 4.733;
  return raw < 0 ? -(root * root) : root * root;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Type 4 UTC as gpsd prints it ("2007-05-14T19:57:39Z"); undefined when every part is not available. */
export function timestamp(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): string | undefined {
  if (year === 0 && month === 0 && day === 0 && hour === 24 && minute === 60 && second === 60) return undefined;
  const y = year < 1000 ? String(year).padStart(4, '0') : String(year);
  return `${y}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}Z`;
}

/** Type 5 ETA as gpsd prints it ("05-15T14:00Z"); undefined when every part is not available. */
export function eta(month: number, day: number, hour: number, minute: number): string | undefined {
  if (month === 0 && day === 0 && hour === 24 && minute === 60) return undefined;
  return `${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}Z`;
}

/** Draught in metres from tenths; 0 is not available. */
export function draughtTenths(raw: number): number | undefined {
  return raw === 0 ? undefined : raw / 10;
}

/** A ship dimension (metres from the reference point), undefined when all four are 0 (not available). */
export function dimension(raw: number, allFour: number): number | undefined {
  return allFour === 0 ? undefined : raw;
}
