/**
 * Values a message marks "not available" (ITU-R M.1371) are reported as absent rather than as the
 * sentinel numbers gpsd prints (lat 91, lon 181, speed 102.3, course 360, heading 511...), so nobody
 * plots a vessel at 91 degrees north. Ordinary values are scaled without rounding.
 */
import { AisDecoder, type PositionReport } from '../../../shared/ais';
import { PayloadBuilder, positionReport, sentence, type PositionFields } from './nmea-builder';

function decode(built: PayloadBuilder): Record<string, unknown> {
  const { payload, fill } = built.armour();
  const { message, skipped } = new AisDecoder().push(sentence(payload, fill));
  expect(skipped).toBeUndefined();
  return message as unknown as Record<string, unknown>;
}

const position = (fields: PositionFields): PositionReport =>
  decode(positionReport(fields)) as unknown as PositionReport;

describe('not-available values', () => {
  test('a position report with every sentinel has none of those fields, in the object or its JSON', () => {
    const message = position({
      lat: 91 * 600000,
      lon: 181 * 600000,
      speed: 1023,
      course: 3600,
      heading: 511,
      turn: -128,
      second: 60,
    });
    for (const key of ['lat', 'lon', 'speed', 'course', 'heading', 'turn', 'second'])
      expect(message).toHaveProperty(key, undefined);
    expect(Object.keys(JSON.parse(JSON.stringify(message)) as object)).toEqual([
      'type',
      'repeat',
      'mmsi',
      'status',
      'accuracy',
      'maneuver',
      'raim',
      'radio',
    ]);
  });

  test('values next to the sentinels are real and scaled: 102.2 knots, 359.9 degrees, heading 359', () => {
    expect(position({ speed: 1022, course: 3599, heading: 359, second: 59 })).toMatchObject({
      speed: 102.2,
      course: 359.9,
      heading: 359,
      second: 59,
    });
  });

  test('positions are degrees from 1/10000 minute, unrounded, west and south negative', () => {
    const message = position({ lat: -20000001, lon: -74037230 });
    expect(message.lat).toBe(-20000001 / 600000);
    expect(message.lon).toBe(-74037230 / 600000);
  });

  test('rate of turn is degrees per minute with its sign; +-127 are "fastright"/"fastleft"', () => {
    expect(position({ turn: 127 }).turn).toBe('fastright');
    expect(position({ turn: -127 }).turn).toBe('fastleft');
    expect(position({ turn: 47 }).turn).toBeCloseTo((47 / 4.733) ** 2, 10);
    expect(position({ turn: -47 }).turn).toBeCloseTo(-((47 / 4.733) ** 2), 10);
    expect(position({ turn: 0 }).turn).toBe(0);
  });

  test('time stamps 61-63 (manual, dead reckoning, inoperative) are kept, only 60 means not available', () => {
    expect(position({ second: 62 }).second).toBe(62);
  });

  test('a SAR aircraft without altitude, speed or course reports none of them', () => {
    const built = new PayloadBuilder()
      .uint(9, 6)
      .uint(0, 2)
      .uint(111232511, 30)
      .uint(4095, 12)
      .uint(1023, 10)
      .uint(0, 1)
      .int(181 * 600000, 28)
      .int(91 * 600000, 27)
      .uint(3600, 12)
      .uint(60, 6)
      .padTo(168);
    expect(decode(built)).toMatchObject({
      type: 9,
      alt: undefined,
      speed: undefined,
      lon: undefined,
      lat: undefined,
      course: undefined,
      second: undefined,
    });
  });

  test('a SAR aircraft speed is in whole knots (1022 means 1022 knots or more)', () => {
    const built = new PayloadBuilder()
      .uint(9, 6)
      .uint(0, 2)
      .uint(111232511, 30)
      .uint(300, 12)
      .uint(1022, 10)
      .padTo(168);
    expect(decode(built)).toMatchObject({ alt: 300, speed: 1022 });
  });

  test('a class B static report of an auxiliary craft gives its mothership instead of dimensions', () => {
    const built = new PayloadBuilder()
      .uint(24, 6)
      .uint(0, 2)
      .uint(981234567, 30)
      .uint(1, 2)
      .uint(36, 8)
      .text('ABC', 3)
      .uint(1, 4)
      .uint(42, 20)
      .text('DAUGHTR', 7)
      .uint(244123456, 30)
      .uint(0, 6)
      .padTo(168);
    // Like gpsd, vendorid is read as the seven characters of ITU-R M.1371-3, so since revision 4 its
    // last four overlap model and serial: here "ABC" then the character model and serial bits spell.
    expect(decode(built)).toMatchObject({
      partno: 1,
      mothership_mmsi: 244123456,
      to_bow: undefined,
      vendorid: 'ABCD',
      model: 1,
      serial: 42,
    });
  });

  test('dimensions all zero are not available; a zero among real dimensions is kept', () => {
    const dims = (bow: number, stern: number, port: number, starboard: number): PayloadBuilder =>
      new PayloadBuilder()
        .uint(24, 6)
        .uint(0, 2)
        .uint(244123456, 30)
        .uint(1, 2)
        .uint(37, 8)
        .text('SRT', 7)
        .text('PD1234', 7)
        .uint(bow, 9)
        .uint(stern, 9)
        .uint(port, 6)
        .uint(starboard, 6)
        .padTo(168);
    expect(decode(dims(0, 0, 0, 0))).toMatchObject({
      to_bow: undefined,
      to_stern: undefined,
      to_port: undefined,
      to_starboard: undefined,
    });
    expect(decode(dims(0, 12, 0, 4))).toMatchObject({ to_bow: 0, to_stern: 12, to_port: 0, to_starboard: 4 });
  });
});
