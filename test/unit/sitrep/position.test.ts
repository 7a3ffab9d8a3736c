/** SITREP positions and date-time groups, rounding and padding included. */
import { parsePosition } from '../../../shared/geo/position';
import { formatDtg, formatSitrepPosition } from '../../../shared/sitrep';

describe('a position written for a SITREP', () => {
  it('is degrees and decimal minutes with hyphens, three-digit longitude degrees, hemisphere last', () => {
    expect(formatSitrepPosition(35.776667, 14.291667)).toBe('35-46.6N 014-17.5E');
    expect(formatSitrepPosition(27.741667, -15.603333)).toBe('27-44.5N 015-36.2W');
    expect(formatSitrepPosition(-33.9012, 151.2093)).toBe('33-54.1S 151-12.6E');
  });

  it('pads minutes below ten and single-digit degrees', () => {
    expect(formatSitrepPosition(5.0833333, 3.05)).toBe('05-05.0N 003-03.0E');
  });

  it('carries 59.95 minutes into the next whole degree instead of writing 60.0', () => {
    expect(formatSitrepPosition(35 + 59.95 / 60, 14 + 59.96 / 60)).toBe('36-00.0N 015-00.0E');
    expect(formatSitrepPosition(-(35 + 59.97 / 60), -(179 + 59.99 / 60))).toBe('36-00.0S 180-00.0W');
  });

  it('keeps 59.94 minutes as 59.9', () => {
    expect(formatSitrepPosition(35 + 59.94 / 60, 14)).toBe('35-59.9N 014-00.0E');
  });

  it('writes a value that rounds to zero as north or east, never as a negative zero', () => {
    expect(formatSitrepPosition(-0.0001, -0.0001)).toBe('00-00.0N 000-00.0E');
  });

  it('reads back through the position parser as the same place to within a tenth of a minute', () => {
    const r = parsePosition(formatSitrepPosition(35.777135, 14.291735));
    expect(r).toMatchObject({ ok: true, format: 'sitrep' });
    if (r.ok) expect(Math.abs(r.lat - 35.777135) * 60).toBeLessThanOrEqual(0.05);
  });

  it('refuses an impossible position', () => {
    expect(() => formatSitrepPosition(91, 0)).toThrow(RangeError);
    expect(() => formatSitrepPosition(0, Number.NaN)).toThrow(RangeError);
  });
});

describe('a date-time group', () => {
  it('is DDHHMMZ MON YY in UTC, whatever the time zone of the input', () => {
    expect(formatDtg(new Date('2024-05-01T12:30:59Z'))).toBe('011230Z MAY 24');
    expect(formatDtg('2024-12-31T23:59:00-02:00')).toBe('010159Z JAN 25');
  });

  it('refuses an invalid date', () => {
    expect(() => formatDtg('yesterday')).toThrow(RangeError);
  });
});
