/**
 * Property-based tests: the parser never throws and never answers an impossible position, over
 * 120,000 generated strings: arbitrary Unicode, strings built from the pieces positions are made
 * of, and the examples of examples.tsv mutated (characters inserted, dropped, replaced,
 * duplicated, truncated, spliced together). It runs the parser without its safety net, so a bug
 * shows as a failure here rather than as a polite refusal in production.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { readPosition, MAX_POSITION_TEXT } from '../../../shared/geo/position/parse';
import { checksum } from '../../../shared/geo/position/nmea';

const RMC = 'GPRMC,123519,A,3546.628,N,01417.504,E,022.4,084.4,230394,003.1,W';
const GGA = 'GPGGA,123519,3546.628,N,01417.504,E,1,08,0.9,545.4,M,46.9,M,,';
const EXAMPLES = readFileSync(join(__dirname, '..', '..', '..', 'shared', 'data', 'positions', 'examples.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l !== '' && !l.startsWith('#'))
  .map((l) => l.split('\t')[0])
  .concat([
    `$${RMC}*${checksum(RMC)}`,
    `$${GGA}*${checksum(GGA)}`,
    "https://www.google.com/maps/place/35%C2%B046'37.7%22N+14%C2%B017'30.2%22E/" +
      '@35.7771,14.2895,17z/data=!3m1!4b1!3d35.777135!4d14.291735',
    'https://www.openstreetmap.org/?mlat=35.777&mlon=14.29#map=12/35.7/14.2',
    'geo:0,0?q=35.777135,14.291735(Boat)',
  ]);

/** The pieces position texts are made of, so that generated strings get deep into the parser. */
const PIECES = [
  '0',
  '1',
  '3',
  '5',
  '9',
  '14',
  '35',
  '59',
  '60',
  '61',
  '90',
  '91',
  '180',
  '181',
  '3546.628',
  '01417.504',
  '.',
  ',',
  ' ',
  '  ',
  '-',
  '+',
  '/',
  ':',
  '=',
  '&',
  '?',
  '#',
  '@',
  '!',
  '*',
  '$',
  '%',
  '%C2%B0',
  '(',
  ')',
  '°',
  'º',
  "'",
  "''",
  '"',
  '′',
  '″',
  '’',
  'g',
  'd',
  'deg',
  'min',
  'N',
  'S',
  'E',
  'W',
  'O',
  'n',
  'north',
  'lat',
  'lon',
  'Lat+',
  'Lon-',
  'latitude',
  'ft',
  'GPS',
  '\n',
  '\t',
  '\u200f',
  '\u066b',
  '\u060c',
  '٣',
  '٥',
  '۱',
  '۴',
  '−',
  '–',
  'geo:',
  'https://maps.google.com/?q=',
  'http://x.y/m?lat=',
  '&lon=',
  '/place/',
  '!3d',
  '!4d',
  '#map=5/',
  '$GPRMC,',
  '$GPGGA,',
  '$GNGLL,',
  ',A,',
  ',V,',
  '*6A',
  'Sent via Iridium GO!',
];

const pieceString = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));

type Mutation = { kind: 'insert' | 'delete' | 'replace' | 'duplicate' | 'truncate'; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'replace', 'duplicate', 'truncate'),
  at: fc.nat(),
  text: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3, unit: 'grapheme' })),
});

function mutate(base: string, muts: Mutation[]): string {
  let s = base;
  for (const m of muts) {
    const at = s.length === 0 ? 0 : m.at % (s.length + 1);
    if (m.kind === 'insert') s = s.slice(0, at) + m.text + s.slice(at);
    else if (m.kind === 'delete') s = s.slice(0, at) + s.slice(at + 1 + (m.text.length % 4));
    else if (m.kind === 'replace') s = s.slice(0, at) + m.text + s.slice(at + m.text.length);
    else if (m.kind === 'duplicate') s = s.slice(0, at) + s.slice(at, at + 8) + s.slice(at);
    else s = s.slice(0, at);
  }
  return s;
}

const mutatedExample = fc
  .tuple(
    fc.constantFrom(...EXAMPLES),
    fc.array(mutation, { minLength: 1, maxLength: 6 }),
    fc.option(fc.constantFrom(...EXAMPLES)),
  )
  .map(([base, muts, splice]) => mutate(splice === null ? base : `${base} ${splice}`, muts));

function holds(text: string): boolean {
  const r = readPosition(text);
  if (r.ok) {
    return (
      Number.isFinite(r.lat) &&
      Number.isFinite(r.lon) &&
      Math.abs(r.lat) <= 90 &&
      Math.abs(r.lon) <= 180 &&
      r.format.length > 0
    );
  }
  return typeof r.reason === 'string' && r.reason.length > 0 && r.code.length > 0;
}

describe('the position parser under generated input', () => {
  it('never throws and never answers an impossible position, for 40,000 arbitrary Unicode strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80, unit: 'grapheme' }), holds), { numRuns: 40_000 });
  });

  it('never throws and never answers an impossible position, for 40,000 strings made of position pieces', () => {
    fc.assert(fc.property(pieceString, holds), { numRuns: 40_000 });
  });

  it('never throws and never answers an impossible position, for 40,000 mutated examples', () => {
    fc.assert(fc.property(mutatedExample, holds), { numRuns: 40_000 });
  });

  it('reads adversarial texts of the maximum length in linear time (no catastrophic backtracking)', () => {
    const nasty = [
      '1',
      '1-',
      '1°',
      "1'",
      '1.1 ',
      'N',
      'N1 ',
      '$GPRMC,',
      'https://a',
      'geo:1,',
      'Lat+1 Lon+',
      '%',
      '٣٫',
    ].map((p) => p.repeat(Math.ceil(MAX_POSITION_TEXT / p.length)).slice(0, MAX_POSITION_TEXT));
    for (const text of nasty) {
      const started = process.hrtime.bigint();
      expect(holds(text)).toBe(true);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      // Generous: a backtracking regex would take seconds or hours here, a linear pass well under 50 ms.
      expect(ms).toBeLessThan(500);
    }
  });
});
