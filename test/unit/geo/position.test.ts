/**
 * The position parser family by family, and each way it refuses. examples.tsv is covered by
 * position.examples.test.ts; these are the shapes around it.
 */
import { parsePosition, type ParsedPosition } from '../../../shared/geo/position';
import { checksum } from '../../../shared/geo/position/nmea';

const LAT = 35.777135;
const LON = 14.291735;
const DDM_LAT = 35 + 46.628 / 60;
const DDM_LON = 14 + 17.504 / 60;

function at(text: string): { lat: number; lon: number; format: string } {
  const r = parsePosition(text);
  if (!r.ok) throw new Error(`"${text}" refused: ${r.reason}`);
  return r;
}

function refusal(text: string): Extract<ParsedPosition, { ok: false }> {
  const r = parsePosition(text);
  if (r.ok) throw new Error(`"${text}" accepted as ${r.lat}, ${r.lon}`);
  return r;
}

function sentence(body: string): string {
  return `$${body}*${checksum(body)}`;
}

const RMC = 'GPRMC,123519,A,3546.628,N,01417.504,E,022.4,084.4,230394,003.1,W';
const GGA = 'GPGGA,123519,3546.628,N,01417.504,E,1,08,0.9,545.4,M,46.9,M,,';

describe('reading decimal degrees', () => {
  it.each([
    ['35.777135 N, 14.291735 E'],
    ['N35.777135 E14.291735'],
    ['35.777135N,14.291735E'],
    ['35.777135 north 14.291735 east'],
    ['Lat 35.777135 and Lon 14.291735'],
    ['latitude=35.777135&longitude=14.291735'],
    ['E 14.291735 N 35.777135'],
    ['"35.777135, 14.291735"'],
    ['35,777135 14,291735'],
    ['35,777135,14,291735'],
  ])('reads "%s" whatever the letters, labels, order or decimal separator', (text) => {
    expect(at(text)).toMatchObject({ lat: expect.closeTo(LAT, 9), lon: expect.closeTo(LON, 9), format: 'decimal' });
  });

  it('gives south and west as negative numbers, from letters or from signs', () => {
    expect(at('33.9012S 15.6033W')).toMatchObject({ lat: -33.9012, lon: -15.6033 });
    expect(at('-33.9012, -15.6033')).toMatchObject({ lat: -33.9012, lon: -15.6033 });
    expect(at('\u221233.9012 \u221215.6033')).toMatchObject({ lat: -33.9012, lon: -15.6033 });
  });

  it('reads Persian digits with the Arabic decimal and list separators, and directions spelled in Arabic', () => {
    expect(at('۳۵٫۷۷۷۱۳۵، ۱۴٫۲۹۱۷۳۵')).toMatchObject({ lat: LAT, lon: LON });
    expect(at('٣٥٫٧٧٧١٣٥ شمال ١٤٫٢٩١٧٣٥ غرب')).toMatchObject({ lat: LAT, lon: -LON });
  });
});

describe('reading degrees, minutes and seconds', () => {
  it.each([
    ["35°46.628'N 014°17.504'E"],
    ['35°46.628′N 014°17.504′E'],
    ['35°46.628’N 014°17.504’E'],
    ['35 46.628N 14 17.504E'],
    ['N 35 deg 46.628 min E 14 deg 17.504 min'],
    ['35º 46.628 N 14º 17.504 E'],
    ['35g46.628N 14g17.504E'],
  ])('reads degrees and decimal minutes in "%s"', (text) => {
    expect(at(text)).toMatchObject({ lat: expect.closeTo(DDM_LAT, 9), lon: expect.closeTo(DDM_LON, 9), format: 'ddm' });
  });

  it.each([
    ['35°46′37.7″N 14°17′30.2″E'],
    ['35°46’37.7”N 14°17’30.2”E'],
    ["35°46'37.7''N 14°17'30.2''E"],
    ['N 35 46 37.7 E 14 17 30.2'],
  ])('reads degrees, minutes and seconds in "%s"', (text) => {
    expect(at(text)).toMatchObject({
      lat: expect.closeTo(35.777139, 5),
      lon: expect.closeTo(14.291722, 5),
      format: 'dms',
    });
  });

  it('reads SITREP hyphens, also when a word processor turned them into dashes', () => {
    expect(at('35\u201346.6N 014\u201317.5E')).toMatchObject({ lat: expect.closeTo(35.776667, 5), format: 'sitrep' });
  });

  it('reads packed NMEA minutes and packed aviation seconds', () => {
    expect(at('3546.628,N,01417.504,E')).toMatchObject({ lat: expect.closeTo(DDM_LAT, 9), format: 'nmea-ddmm' });
    expect(at('354637N 0141730E')).toMatchObject({ lat: expect.closeTo(35 + 46 / 60 + 37 / 3600, 9), format: 'dms' });
  });
});

describe('reading NMEA sentences', () => {
  it('reads $GPRMC and $GPGGA with a correct checksum, and the same fix twice counts once', () => {
    expect(at(sentence(RMC))).toMatchObject({
      lat: expect.closeTo(DDM_LAT, 9),
      lon: expect.closeTo(DDM_LON, 9),
      format: 'nmea-rmc',
    });
    expect(at(sentence(GGA))).toMatchObject({ format: 'nmea-gga' });
    expect(at(`${sentence(RMC)}\r\n${sentence(GGA)}`)).toMatchObject({ format: 'nmea-rmc' });
  });

  it('refuses a sentence whose checksum is wrong or missing', () => {
    expect(refusal(`$${RMC}*00`)).toMatchObject({
      code: 'nmea-checksum',
      reason: expect.stringMatching(/checksum is \*00 but its content gives/),
    });
    expect(refusal(`$${RMC}`).code).toBe('nmea-checksum');
  });

  it('refuses a fix the receiver marks void', () => {
    expect(refusal(sentence(RMC.replace(',A,', ',V,'))).code).toBe('nmea-no-fix');
    expect(refusal(sentence(GGA.replace(',E,1,', ',E,0,'))).code).toBe('nmea-no-fix');
  });
});

describe('reading messages and links', () => {
  it('reads an Iridium GO! check-in and its own map link as one position', () => {
    const msg =
      `I am here Lat+${LAT} Lon+${LON} Alt+2554ft GPS Sats seen 08 ` +
      `http://map.iridium.com/m?lat=${LAT}&lon=${LON} Sent via Iridium GO!`;
    expect(at(msg)).toEqual({ ok: true, lat: LAT, lon: LON, format: 'iridium-go' });
  });

  it.each([
    [`https://maps.google.com/?q=${LAT},${LON}`],
    [`https://www.google.com/maps/@${LAT},${LON},15z`],
    [`https://www.google.com/maps/place/${LAT},${LON}`],
    [`https://www.google.com/maps/search/?api=1&query=${LAT}%2C${LON}`],
    [
      "https://www.google.com/maps/place/35%C2%B046'37.7%22N+14%C2%B017'30.2%22E/" +
        `@35.7,14.2,17z/data=!3m1!3d${LAT}!4d${LON}`,
    ],
    [`https://www.google.com/maps/dir//${LAT},${LON}/@35.7,14.2,12z`],
  ])('reads the marker of the Google Maps link %s', (link) => {
    const r = at(link);
    expect(r.format).toBe('google-maps');
    expect(r.lat).toBeCloseTo(LAT, 4);
    expect(r.lon).toBeCloseTo(LON, 4);
  });

  it('reads lat=..&lon=.. links, OpenStreetMap markers and geo: URIs', () => {
    expect(at(`http://example.org/m?lat=${LAT}&lon=${LON}`)).toMatchObject({ lat: LAT, lon: LON, format: 'map-link' });
    expect(at(`https://www.openstreetmap.org/?mlat=${LAT}&mlon=${LON}#map=12/35/14`)).toMatchObject({
      lat: LAT,
      lon: LON,
    });
    expect(at(`geo:${LAT},${LON};u=30`)).toMatchObject({ lat: LAT, lon: LON, format: 'geo-uri' });
    expect(at(`geo:0,0?q=${LAT},${LON}(Boat)`)).toMatchObject({ lat: LAT, lon: LON, format: 'geo-uri' });
  });

  it('ignores numbers that are not positions around a clear one', () => {
    expect(
      at('2024-05-01 12:30 UTC, 35.5N 14.2E, 60 people, 3 children, 20 S of Lampedusa, course 270°'),
    ).toMatchObject({ lat: 35.5, lon: 14.2 });
    expect(at('call +39 06 5908 4527, we are at 35.5 14.2')).toMatchObject({ lat: 35.5, lon: 14.2 });
    // A count right before decimal degrees is not the degrees of a "08 35.5" degrees-minutes pair.
    expect(at('Sats seen 08 35.5N 14.2E')).toMatchObject({ lat: 35.5, lon: 14.2, format: 'decimal' });
    expect(at('seen 08 35.5 14.2')).toMatchObject({ lat: 35.5, lon: 14.2 });
  });
});
