/**
 * Proof of the encoder against gpsd: the sentences Haven writes are read by gpsd's own gpsdecode
 * (Debian's gpsd-clients, fetched by scripts/gpsdecode) as the very messages Haven meant, field by
 * field against gpsd's raw integers. Where the packages cannot be fetched, the test is skipped with
 * a visible message rather than failed.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeAisText, type AisMessage } from '../../../shared/ais';
import { encodeAis } from '../../../shared/ais/encode';
import { compareWithGpsd, parseGpsdJson } from './gpsd-agreement';
import { expectedFromRaw } from './gpsd-expected';

const ROOT = path.join(__dirname, '../../..');
const GPSDECODE = path.join(ROOT, 'scripts/gpsdecode');
const CORPUS = ['sample.aivdm', 'ais-nmea.log', 'ais-18-27.log'];
const ENCODABLE = new Set([1, 2, 3, 5, 9, 18]);

const probe = spawnSync(GPSDECODE, ['-V'], { encoding: 'utf8', timeout: 300_000 });
const available = probe.status === 0;
if (!available) {
  console.warn(
    "SKIPPED encode-gpsdecode: gpsd's gpsdecode could not be fetched from Debian's packages " +
      `(${(probe.stderr || probe.error?.message || 'unknown error').trim()})`,
  );
}
const testWithGpsd = available ? test : test.skip;

/** Messages as the simulator sends them, made complete by one trip through Haven's decoder. */
const SIMULATED: string[] = [
  {
    type: 1 as const,
    mmsi: 247000001,
    status: 0,
    speed: 9.4,
    lat: 35.512345,
    lon: 12.601234,
    course: 187.3,
    heading: 186,
    second: 12,
  },
  { type: 1 as const, mmsi: 636012345, lat: -33.9, lon: -18.4, speed: 0 },
  {
    type: 5 as const,
    mmsi: 247000001,
    callsign: 'IRSC1',
    shipname: 'HAVEN RESCUE',
    shiptype: 51,
    to_bow: 40,
    to_stern: 12,
    to_port: 6,
    to_starboard: 6,
    eta: '06-14T18:30Z',
    draught: 4.2,
    destination: 'LAMPEDUSA',
    imo: 9876543,
    dte: 0,
  },
  { type: 9 as const, mmsi: 111247501, alt: 450, speed: 140, lat: 35.8, lon: 14.3, course: 271.5, second: 30 },
  { type: 18 as const, mmsi: 247000003, speed: 6.1, lat: 36.1, lon: 13.2, course: 95, heading: 94, second: 5 },
].flatMap((m, i) => encodeAis(m, { sequenceId: i % 10 }));

describe("gpsd's gpsdecode reads the encoder's sentences as Haven meant them", () => {
  jest.setTimeout(300_000);

  testWithGpsd("every encodable message of gpsd's samples, re-encoded, and the simulator's kinds of message", () => {
    const originals = CORPUS.flatMap(
      (f) => decodeAisText(readFileSync(path.join(ROOT, 'shared/data/ais', f), 'utf8')).messages,
    ).filter((m) => ENCODABLE.has(m.type));
    const simulated = decodeAisText(SIMULATED.join('\n')).messages;
    const meant: AisMessage[] = [...originals, ...simulated];
    const sentences = meant.flatMap((m, i) => encodeAis(m as Parameters<typeof encodeAis>[0], { sequenceId: i % 10 }));
    const run = spawnSync(GPSDECODE, ['-u', '-s'], { input: `${sentences.join('\n')}\n`, maxBuffer: 1 << 26 });
    expect(run.status).toBe(0);
    const references = parseGpsdJson(run.stdout.toString());
    // A short type 5 without its DTE bit is written with DTE 1 ("not ready"), which gpsd then reports.
    const expected = meant.map((m) => (m.type === 5 && m.dte === undefined ? { ...m, dte: 1 } : m));
    const agreement = compareWithGpsd(references, expected, expectedFromRaw);
    expect(agreement.mismatches).toEqual([]);
    expect(agreement.unmatched).toEqual([]);
    expect(agreement.unused).toEqual([]);
    expect(agreement.compared).toBe(meant.length);
    expect(agreement.fieldsCompared).toBeGreaterThan(meant.length * 10);
    expect(
      Object.keys(agreement.byType)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual([1, 2, 3, 5, 9, 18]);
  });
});
