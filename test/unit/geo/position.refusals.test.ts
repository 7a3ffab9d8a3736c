/**
 * Each way the position parser refuses a text, and the sentence it gives the operator. The
 * families it accepts are in position.test.ts.
 */
import { MAX_POSITION_TEXT, parsePosition, type ParsedPosition } from '../../../shared/geo/position';

function refusal(text: string): Extract<ParsedPosition, { ok: false }> {
  const r = parsePosition(text);
  if (r.ok) throw new Error(`"${text}" accepted as ${r.lat}, ${r.lon}`);
  return r;
}

describe('refusing a text that holds no single clear position', () => {
  it('says so when the text is empty or has no position', () => {
    expect(refusal('   ').code).toBe('empty');
    expect(refusal('no position yet, battery low')).toMatchObject({
      code: 'no-position',
      reason: expect.stringMatching(/^no position found/),
    });
    expect(refusal('we are 40 people, 3 children').code).toBe('no-position');
  });

  it('says only one coordinate was given, and which', () => {
    expect(refusal('35.5N')).toMatchObject({
      code: 'one-coordinate',
      reason: expect.stringContaining('the latitude "35.5N"'),
    });
    expect(refusal('35.777135').code).toBe('one-coordinate');
    expect(refusal("N 35°46.628' E").code).toBe('one-coordinate');
  });

  it('refuses two latitudes or two longitudes', () => {
    expect(refusal('35.5N 36.5N')).toMatchObject({
      code: 'two-latitudes',
      reason: '"35.5N" and "36.5N" are both latitudes; a position needs a longitude too',
    });
    expect(refusal('14.2E 15.2W').code).toBe('two-longitudes');
  });

  it('refuses minutes or seconds of 60 or more instead of carrying them over', () => {
    expect(refusal("35°61'N 014°17'E")).toMatchObject({
      code: 'minutes-range',
      reason: expect.stringContaining('minutes must be below 60 (got 61)'),
    });
    expect(refusal("35°46'60\"N 14°17'E")).toMatchObject({
      code: 'seconds-range',
      reason: expect.stringContaining('seconds must be below 60 (got 60)'),
    });
    expect(refusal('3561.2N 01417.5E').code).toBe('minutes-range');
  });

  it('refuses a latitude beyond 90 or a longitude beyond 180, hinting at a swapped order', () => {
    expect(refusal("91°00'N 014°00'E")).toMatchObject({
      code: 'latitude-range',
      reason: 'latitude must be between 90°S and 90°N (got 91°)',
    });
    expect(refusal('35.5N 181.5E').code).toBe('longitude-range');
    expect(refusal('151.2093, -33.9012').reason).toContain('if the longitude comes first, add hemisphere letters');
  });

  it('refuses several different positions but accepts one position written twice', () => {
    expect(refusal('Position 35.5N 14.2E. Earlier 35.4N 14.1E')).toMatchObject({
      code: 'several-positions',
      reason: 'the text gives 2 different positions (35.5, 14.2 and 35.4, 14.1); send one position at a time',
    });
    expect(refusal('35.5, 14.2 https://maps.google.com/?q=36.5,14.2').code).toBe('several-positions');
    expect(parsePosition("35°46.6'N 14°17.5'E (35.7767, 14.2917)").ok).toBe(true);
  });

  it('refuses contradictions: a minus sign with a hemisphere, a label with the other axis, the ambiguous O', () => {
    expect(refusal('-35.5S 14.2E').code).toBe('sign-conflict');
    expect(refusal('lat 35.5E lon 14.2N').code).toBe('axis-conflict');
    expect(refusal('35.5N 14.2O')).toMatchObject({
      code: 'ambiguous-hemisphere',
      reason: expect.stringContaining('write E or W'),
    });
  });

  it('explains that a shortened map link has to be opened first', () => {
    expect(refusal('https://maps.app.goo.gl/abcDEF123').code).toBe('link-without-coordinates');
  });

  it('refuses texts longer than a position could be, and anything that is not text', () => {
    expect(refusal('1'.repeat(MAX_POSITION_TEXT + 1))).toMatchObject({
      code: 'too-long',
      reason: expect.stringContaining('at most 2000'),
    });
    expect(refusal(undefined as unknown as string).code).toBe('empty');
    expect(refusal(42 as unknown as string).code).toBe('empty');
  });
});
