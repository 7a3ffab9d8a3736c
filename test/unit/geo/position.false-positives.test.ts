/**
 * Texts full of digits that are not positions: harbour replies naming a request, case and call
 * ids, phone numbers, clock times, dates and head counts. None of them may become a position
 * (a harbour's "YES 40 D-000001-lampedusa" once read as 40°N 0°00'01"W), and none of them may
 * spoil a real position written beside them.
 */
import fc from 'fast-check';
import { parsePosition, type ParsedPosition } from '../../../shared/geo/position';

function refusal(text: string): Extract<ParsedPosition, { ok: false }> {
  const r = parsePosition(text);
  if (r.ok) throw new Error(`"${text}" accepted as ${r.lat}, ${r.lon}`);
  return r;
}

function at(text: string): { lat: number; lon: number } {
  const r = parsePosition(text);
  if (!r.ok) throw new Error(`"${text}" refused: ${r.reason}`);
  return r;
}

describe('not reading a position into numbers that mean something else', () => {
  it.each([
    ['Y 40 D-000001-lampedusa'],
    ['y 40 d-000001-lampedusa'],
    ['YES 40 places for request D-000001-lampedusa'],
    ['YES 40 D-000007'],
    ['SI 12 posti D-000003-porto-empedocle'],
    ['NO D-000001-lampedusa'],
    ['Y 40 D\u2013000001\u2013lampedusa'],
  ])('finds no position in the harbour reply "%s"', (text) => {
    expect(refusal(text).code).toBe('no-position');
  });

  it.each([
    ['D-000001-lampedusa'],
    ['C-000042'],
    ['case C-000042, call K-000003'],
    ['Y 40 C-000042'],
    ['40 D-1'],
    ['MV-35 14'],
    ['ref A-35 B-14'],
  ])('reads the identifier in "%s" as one word: its hyphen is no minus sign and its letter no degree sign', (text) => {
    expect(refusal(text).code).toBe('no-position');
  });

  it('does not turn a word hyphenated to a number into a negative coordinate', () => {
    // "boat-35.5" once gave a latitude of -35.5.
    expect(refusal('boat-35.5 14.2')).toMatchObject({
      code: 'one-coordinate',
      reason: expect.stringContaining('"14.2"'),
    });
    expect(refusal('X-35.5 Y-14.2').code).toBe('no-position');
  });

  it('still takes a sign glued to a lat/lon label, and still refuses one glued to a hemisphere letter', () => {
    expect(at('lat-35.5 lon-14.2')).toMatchObject({ lat: -35.5, lon: -14.2 });
    expect(refusal('N-35.5 E-14.2').code).toBe('sign-conflict');
  });

  it.each([['+8821612345678'], ['call +8821612345678'], ['Y 40 +8821612345678'], ['00 8821 612 345 678']])(
    'finds no position in the phone number of "%s"',
    (text) => {
      refusal(text);
    },
  );

  it.each([
    ['22:40'],
    ['ETA 22:40'],
    ['Y 40 22:40'],
    ['7:05:30'],
    ['2026-11-27'],
    ['YES 40 2026-11-27'],
    ['2026-11-27T22:40:00Z'],
    ['ETA 22:40, 2026-11-27'],
  ])('reads the clock time or date in "%s" as a word, not as degrees and minutes', (text) => {
    expect(refusal(text).code).toBe('no-position');
  });

  it('finds no position in head counts, alone or beside half a position', () => {
    expect(refusal('40 people').code).toBe('no-position');
    expect(refusal('40 people, 12 children, 3 women').code).toBe('no-position');
    // A bare whole number never completes a position: "36°10'N 40 people" is not 36°10'N 40°E.
    expect(refusal("36°10'N 40 people")).toMatchObject({
      code: 'one-coordinate',
      reason: expect.stringContaining('the latitude "36°10\'N"'),
    });
    expect(refusal('position 35.5N, 12 people on board').code).toBe('one-coordinate');
    expect(refusal('40° -000001').code).toBe('one-coordinate');
  });

  it('still reads a clear position written beside ids, times, dates, phone numbers and counts', () => {
    expect(at('Y 40 D-000001-lampedusa 35.5N 14.2E')).toMatchObject({ lat: 35.5, lon: 14.2 });
    expect(at('35.5N 14.2E case C-000042')).toMatchObject({ lat: 35.5, lon: 14.2 });
    // The time's 40 once took the N and gave 40N 35.5E.
    expect(at('22:40 N 35.5 E 14.2')).toMatchObject({ lat: 35.5, lon: 14.2 });
    expect(at("2026-11-27T22:40Z 35°46.6'N 014°17.5'E, case C-000042, call +8821612345678, 40 people")).toMatchObject({
      lat: expect.closeTo(35.776667, 5),
      lon: expect.closeTo(14.291667, 5),
    });
  });

  it('finds no position in any text made only of replies, ids, phone numbers, times, dates and counts', () => {
    const d2 = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const digits = (min: number, max: number) =>
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
    const piece = fc.oneof(
      fc.constantFrom('Y', 'YES', 'si', 'oui', 'NO', 'request', 'places', 'case', 'call', 'ETA', 'at', 'on'),
      fc
        .tuple(
          fc.constantFrom('C', 'D', 'K', 'c', 'd', 'k', 'MV'),
          digits(1, 6),
          fc.constantFrom('', '-lampedusa', '-porto-empedocle', '-la-valletta'),
        )
        .map(([p, n, h]) => `${p}-${n}${h}`),
      digits(10, 13).map((n) => `+${n}`),
      fc.tuple(d2(23), d2(59)).map(([h, m]) => `${h}:${m}`),
      fc
        .tuple(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
        .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      fc
        .tuple(fc.integer({ min: 0, max: 500 }), fc.constantFrom('people', 'persons', 'children', 'places', 'posti'))
        .map(([n, w]) => `${n} ${w}`),
    );
    const text = fc
      .array(fc.tuple(piece, fc.constantFrom(' ', ', ', ': ', '\n')), { minLength: 1, maxLength: 8 })
      .map((parts) =>
        parts
          .map(([p, sep]) => p + sep)
          .join('')
          .trim(),
      );
    fc.assert(
      fc.property(text, (t) => !parsePosition(t).ok),
      { numRuns: 5000 },
    );
  });
});
