/**
 * The inverse of shared/ais/scaled-fields.ts: gpsd's scaled values (degrees, knots, degrees) back to
 * the raw integers on the wire, with "not available" (undefined) turned into each field's sentinel.
 * Values past a field's range are clamped to its "or more" value, as a transmitter would.
 */

/** 1/10000 minute per degree: the position unit of types 1-4, 9, 18, 19 and 21. */
const MINUTE_10000THS_PER_DEGREE = 600_000;

/** Longitude to 1/10000 minutes; 181 degrees when not available. */
export function rawLon(lon: number | undefined): number {
  return Math.round((lon ?? 181) * MINUTE_10000THS_PER_DEGREE);
}

/** Latitude to 1/10000 minutes; 91 degrees when not available. */
export function rawLat(lat: number | undefined): number {
  return Math.round((lat ?? 91) * MINUTE_10000THS_PER_DEGREE);
}

/** Knots to tenths; 1023 when not available, 1022 meaning 102.2 knots or more. */
export function rawSpeedTenths(speed: number | undefined): number {
  return speed === undefined ? 1023 : Math.min(1022, Math.max(0, Math.round(speed * 10)));
}

/**
 * Degrees to tenths; 3600 when not available. A value the field can carry is sent as it is (the
 * decoder reports out-of-range courses as sent, so they round-trip); 360 and negative courses are
 * brought into 0-359.9.
 */
export function rawCourseTenths(course: number | undefined): number {
  if (course === undefined) return 3600;
  const tenths = Math.round(course * 10);
  if (tenths >= 0 && tenths < 4096 && tenths !== 3600) return tenths;
  return Math.round((((course % 360) + 360) % 360) * 10) % 3600;
}

/** Whole units up to `max`, or the field's not-available value. */
export function rawOrNotAvailable(value: number | undefined, notAvailable: number, max = notAvailable - 1): number {
  return value === undefined ? notAvailable : Math.min(max, Math.max(0, Math.round(value)));
}

/**
 * Rate of turn (degrees per minute, positive to starboard) to the wire's 4.733 * sqrt(rate), signed;
 * -128 when not available, +-127 for "fastright"/"fastleft".
 */
export function rawTurn(turn: number | 'fastleft' | 'fastright' | undefined): number {
  if (turn === undefined) return -128;
  if (turn === 'fastright') return 127;
  if (turn === 'fastleft') return -127;
  const magnitude = Math.min(126, Math.round(4.733 * Math.sqrt(Math.abs(turn))));
  return turn < 0 ? -magnitude : magnitude;
}

/** Type 5 ETA "MM-DDTHH:MMZ" to its four fields; all not available (0, 0, 24, 60) when absent or unreadable. */
export function rawEta(eta: string | undefined): [month: number, day: number, hour: number, minute: number] {
  const m = eta === undefined ? null : /^(\d{2})-(\d{2})T(\d{2}):(\d{2})Z$/.exec(eta);
  if (!m) return [0, 0, 24, 60];
  return [
    Math.min(15, Number(m[1])),
    Math.min(31, Number(m[2])),
    Math.min(31, Number(m[3])),
    Math.min(63, Number(m[4])),
  ];
}
