/** Dead-reckoned estimates with answers worked out by hand from the documented model. */
import { estimatePosition } from '../../../shared/geo/drift';
import { greatCircleNm } from '../../../shared/geo/distance';

const T0 = Date.parse('2024-05-01T10:00:00Z');
const h = (hours: number): Date => new Date(T0 + hours * 3_600_000);
// 0.1° of latitude in turf's nautical miles (earth radius 6371008.8 m).
const NM_PER_TENTH_DEG = 6.00405;

describe('the estimated position of a boat whose last fix is getting old', () => {
  it('carries the last fix forward on the course and speed made good: 6 knots north, two hours on', () => {
    const est = estimatePosition(
      [
        { lat: 34.0, lon: 13.0, at: h(0) },
        { lat: 34.1, lon: 13.0, at: h(1) },
      ],
      h(3),
    );
    expect(est).not.toBeNull();
    expect(est!.courseDeg).toBeCloseTo(0, 6);
    expect(est!.speedKn).toBeCloseTo(NM_PER_TENTH_DEG, 4);
    expect(est!.lat).toBeCloseTo(34.3, 6);
    expect(est!.lon).toBeCloseTo(13.0, 6);
    // 1 nm + 0.5 nm/h x 2 h + 10% of 12.0 nm run.
    expect(est!.radiusNm).toBeCloseTo(1 + 1 + 0.1 * 2 * NM_PER_TENTH_DEG, 4);
    expect(est).toMatchObject({ basedOn: 2, at: '2024-05-01T13:00:00.000Z' });
  });

  it('follows a north-westerly course made good from the oldest to the newest recent fix', () => {
    const fixes = [
      { lat: 33.0, lon: 13.0, at: h(0) },
      { lat: 33.05, lon: 12.95, at: h(1) },
      { lat: 33.1, lon: 12.9, at: h(2) },
    ];
    const est = estimatePosition(fixes, h(4))!;
    expect(est.courseDeg).toBeGreaterThan(310);
    expect(est.courseDeg).toBeLessThan(325);
    // Two more hours at the same speed: as far again as from the first fix to the last.
    const run = greatCircleNm({ lat: 33.1, lon: 12.9 }, est);
    expect(run).toBeCloseTo(greatCircleNm(fixes[0], fixes[2]), 1);
    expect(est.basedOn).toBe(3);
  });

  it('takes fixes in any order and ignores those older than six hours before the newest', () => {
    const est = estimatePosition(
      [
        { lat: 34.1, lon: 13.0, at: h(10) },
        { lat: 20.0, lon: 0.0, at: h(0) },
        { lat: 34.0, lon: 13.0, at: h(9) },
      ],
      h(10),
    )!;
    expect(est).toMatchObject({ basedOn: 2, courseDeg: expect.closeTo(0, 6), lat: expect.closeTo(34.1, 9) });
  });

  it('stays on a single fix with no course, its circle growing by 1.5 nm an hour', () => {
    expect(estimatePosition([{ lat: 34.0, lon: 13.0, at: h(0).toISOString() }], h(2))).toEqual({
      lat: 34.0,
      lon: 13.0,
      radiusNm: 1 + 2 * 1.5,
      basedOn: 1,
      courseDeg: null,
      speedKn: 0,
      at: h(2).toISOString(),
    });
  });

  it('is the newest fix itself, with the base radius, when asked at the time of that fix', () => {
    const est = estimatePosition(
      [
        { lat: 34.0, lon: 13.0, at: h(0) },
        { lat: 34.1, lon: 13.0, at: h(1) },
      ],
      h(1),
    )!;
    expect(est).toMatchObject({ lat: 34.1, lon: 13.0, radiusNm: 1 });
  });

  it('is null without a usable fix', () => {
    expect(estimatePosition([], h(1))).toBeNull();
    expect(
      estimatePosition(
        [
          { lat: Number.NaN, lon: 13, at: h(0) },
          { lat: 34, lon: 13, at: 'not a time' },
        ],
        h(1),
      ),
    ).toBeNull();
  });
});
