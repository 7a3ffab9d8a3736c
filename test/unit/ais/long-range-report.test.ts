/**
 * Type 27, the long-range report satellites pick up far offshore, where boats in distress often
 * are: 1/10-minute positions are two's-complement signed, so west and south come out negative.
 */
import { AisDecoder, type LongRangeReport } from '../../../shared/ais';
import { PayloadBuilder, sentence } from './nmea-builder';

function longRange(fields: {
  lon: number;
  lat: number;
  speed?: number;
  course?: number;
  bits?: number;
}): LongRangeReport | string {
  const built = new PayloadBuilder()
    .uint(27, 6)
    .uint(1, 2)
    .uint(247320160, 30)
    .uint(0, 1)
    .uint(1, 1)
    .uint(7, 4)
    .int(fields.lon, 18)
    .int(fields.lat, 17)
    .uint(fields.speed ?? 5, 6)
    .uint(fields.course ?? 200, 9)
    .uint(0, 1)
    .uint(0, 1)
    .padTo(fields.bits ?? 96);
  const { payload, fill } = built.armour();
  const { message, skipped } = new AisDecoder().push(sentence(payload, fill));
  return (message as LongRangeReport | undefined) ?? skipped!;
}

describe('type 27 long-range position reports', () => {
  test('a position south and west of Greenwich and the equator is negative on both axes', () => {
    // 33 deg 30' S, 12 deg 36' W, in tenths of a minute.
    expect(longRange({ lat: -33.5 * 600, lon: -12.6 * 600 })).toMatchObject({ lat: -33.5, lon: -12.6 });
  });

  test('the central Mediterranean (north, east) is positive, with tenth-of-a-minute resolution', () => {
    const message = longRange({ lat: 21_050, lon: 7_501 }) as LongRangeReport;
    expect(message.lat).toBe(21_050 / 600);
    expect(message.lon).toBe(7_501 / 600);
  });

  test('the extremes of the signed fields decode to -180 / -90 and just under +180 / +90', () => {
    expect(longRange({ lat: -90 * 600, lon: -180 * 600 })).toMatchObject({ lat: -90, lon: -180 });
    expect(longRange({ lat: 90 * 600 - 1, lon: 180 * 600 - 1 })).toMatchObject({
      lat: (90 * 600 - 1) / 600,
      lon: (180 * 600 - 1) / 600,
    });
  });

  test('status, speed in whole knots and course in whole degrees, with their own "not available" values', () => {
    expect(longRange({ lat: 0, lon: 0, speed: 12, course: 359 })).toMatchObject({
      status: 7,
      speed: 12,
      course: 359,
      repeat: 1,
      raim: true,
      accuracy: false,
    });
    expect(longRange({ lat: 91 * 600, lon: 181 * 600, speed: 63, course: 511 })).toMatchObject({
      lat: undefined,
      lon: undefined,
      speed: undefined,
      course: undefined,
    });
  });

  test('a full 168-bit slot is accepted as gpsd does; other lengths are not type 27', () => {
    expect(longRange({ lat: 600, lon: 600, bits: 168 })).toMatchObject({ lat: 1, lon: 1 });
    expect(longRange({ lat: 600, lon: 600, bits: 120 })).toBe('oversized-payload');
  });
});
