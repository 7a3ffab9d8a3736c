/** Plausibility warnings on fixes: on land, too fast since the previous fix, outside the watch area. */
import { DEFAULT_WATCH_AREA, MAX_SMALL_BOAT_KN, plausibilityWarnings } from '../../../shared/geo/plausibility';

const AT = '2024-05-01T10:00:00Z';
const later = (minutes: number): string => new Date(Date.parse(AT) + minutes * 60_000).toISOString();

describe('plausibility warnings on a fix', () => {
  it('are none for a boat at sea south of Lampedusa moving at 5 knots', () => {
    const previous = { lat: 35.0, lon: 12.7, at: AT };
    // 0.0833° of latitude is 5 nm: one hour later, 5 knots.
    expect(plausibilityWarnings({ lat: 35.0833, lon: 12.7, at: later(60) }, previous)).toEqual([]);
  });

  it('say the position is on land, and how far inland', () => {
    const [warning] = plausibilityWarnings({ lat: 35.88, lon: 14.42, at: AT });
    expect(warning).toMatch(/^the position is on land, \d+\.\d nm from the nearest coast$/);
  });

  it('state the computed speed when the boat would have made 40 knots since the previous fix', () => {
    const previous = { lat: 34.0, lon: 13.0, at: AT };
    // 0.3331° of latitude is 20.0 nm (turf's earth radius), in 30 minutes: 40 knots.
    const warnings = plausibilityWarnings({ lat: 34.3331, lon: 13.0, at: later(30) }, previous);
    expect(warnings).toEqual([
      'implausible speed from the previous fix: 40.0 knots (20.0 nm in 30 min); ' +
        `a small boat makes at most ${MAX_SMALL_BOAT_KN}`,
    ]);
  });

  it('do not doubt 20 knots, and take a fix that arrives out of order by the time between them', () => {
    const previous = { lat: 34.0, lon: 13.0, at: later(60) };
    expect(plausibilityWarnings({ lat: 34.3336, lon: 13.0, at: AT }, previous)).toEqual([]);
  });

  it('doubt a jump of miles between two fixes given for the same minute', () => {
    const warnings = plausibilityWarnings({ lat: 34.1, lon: 13.0, at: AT }, { lat: 34.0, lon: 13.0, at: AT });
    expect(warnings[0]).toMatch(/^implausible speed .* \(6\.0 nm in under a minute\)/);
  });

  it('say how far outside the watched area a position is (default: Mediterranean and Atlantic off West Africa)', () => {
    const [warning] = plausibilityWarnings({ lat: 0, lon: -25, at: AT });
    expect(warning).toMatch(
      new RegExp(
        String.raw`^the position is outside the watched area \(the Mediterranean and the Atlantic off West Africa ` +
          String.raw`and the Canaries\), 6\d\d nm beyond its edge$`,
      ),
    );
    expect(plausibilityWarnings({ lat: 28.0, lon: -17.0, at: AT })).toEqual([]);
  });

  it('use the watched area they are given', () => {
    const aegean = { name: 'the Aegean', south: 35, west: 22, north: 41, east: 28 };
    expect(plausibilityWarnings({ lat: 35.3, lon: 12.7, at: AT }, undefined, aegean)[0]).toContain(
      'outside the watched area (the Aegean)',
    );
    expect(DEFAULT_WATCH_AREA.south).toBeLessThan(15);
  });

  it('are none for a fix without coordinates, and ignore a previous fix without them', () => {
    expect(plausibilityWarnings({ lat: null, lon: null, at: AT })).toEqual([]);
    expect(plausibilityWarnings({ lat: 35.0, lon: 12.7, at: AT }, { lat: null, lon: null, at: AT })).toEqual([]);
  });
});
