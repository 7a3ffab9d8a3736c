/**
 * Positions as SITREPs write them: degrees and decimal minutes to a tenth, hyphen between,
 * longitude degrees on three digits, hemisphere letter last: `35-46.6N 014-17.5E`. Rounding is
 * done once, on tenths of a minute, so 59.95' becomes the next whole degree (`36-00.0N`), never
 * `35-60.0N`.
 */

/** `35-46.6N 014-17.5E` for (35.7767, 14.2917). Throws a RangeError for an impossible position. */
export function formatSitrepPosition(lat: number, lon: number): string {
  if (!(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180)) {
    throw new RangeError(`not a position: ${lat}, ${lon}`);
  }
  return `${coordinate(lat, 2, 'N', 'S')} ${coordinate(lon, 3, 'E', 'W')}`;
}

function coordinate(value: number, degreeDigits: number, plus: string, minus: string): string {
  const tenths = Math.round(Math.abs(value) * 600);
  const degrees = Math.floor(tenths / 600);
  const minuteTenths = tenths - degrees * 600;
  const minutes = `${String(Math.floor(minuteTenths / 10)).padStart(2, '0')}.${minuteTenths % 10}`;
  // A value that rounds to zero is written N/E: "00-00.0S" would be a sign without a number.
  const hemisphere = value < 0 && tenths > 0 ? minus : plus;
  return `${String(degrees).padStart(degreeDigits, '0')}-${minutes}${hemisphere}`;
}
