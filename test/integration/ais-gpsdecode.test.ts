/**
 * Proof against gpsd itself: gpsd's own gpsdecode binary (Debian's gpsd-clients, fetched by
 * scripts/gpsdecode) and `haven decode-ais` decode the same files, and every message gpsd reports
 * for a type Haven supports is found in Haven's output and agrees field by field: exactly against
 * gpsd's raw integers (`-u`, with type 24 parts reported one by one, `-s`), and within gpsd's
 * rounding against its scaled output. Where the packages cannot be fetched (no network, no apt),
 * the test is skipped with a warning rather than failed.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUPPORTED_TYPES, type AisMessage } from '../../shared/ais';
import { compareWithGpsd, parseGpsdJson, type Agreement } from '../unit/ais/gpsd-agreement';
import { expectedFromRaw, expectedFromScaled, type GpsdRecord } from '../unit/ais/gpsd-expected';

const ROOT = join(__dirname, '..', '..');
const GPSDECODE = join(ROOT, 'scripts/gpsdecode');
const HAVEN = join(ROOT, 'bin/haven.js');
const CORPUS = [
  'shared/data/ais/sample.aivdm',
  'shared/data/ais/ais-nmea.log',
  'shared/data/ais/ais-18-27.log',
  'test/fixtures/ais/feed-variants.nmea',
];

// Fetching the Debian packages the first time can take a while; later runs use the cache.
const probe = spawnSync(GPSDECODE, ['-V'], { encoding: 'utf8', timeout: 300_000 });
const gpsdecodeAvailable = probe.status === 0;
if (!gpsdecodeAvailable) {
  console.warn(
    "SKIPPED ais-gpsdecode: gpsd's gpsdecode could not be fetched from Debian's packages " +
      `(${(probe.stderr || probe.error?.message || 'unknown error').trim()})`,
  );
}
const testWithGpsd = gpsdecodeAvailable ? test : test.skip;

/**
 * The fixture interleaves two multipart type 5 messages on one channel. gpsd 3.22 keeps a single
 * multipart buffer per channel and splices them (one ship's name with the other's destination), so
 * these two vessels are left out of the comparison; test/unit/ais/multipart.test.ts covers them.
 */
const INTERLEAVED_MMSIS = [211000001, 257000002];

function gpsdecode(file: string, args: string[]): GpsdRecord[] {
  const run = spawnSync(GPSDECODE, args, { input: readFileSync(join(ROOT, file)), maxBuffer: 1 << 28 });
  expect(run.status).toBe(0);
  return parseGpsdJson(run.stdout.toString()).filter(
    (r) => SUPPORTED_TYPES.includes(r.type) && !INTERLEAVED_MMSIS.includes(r.mmsi),
  );
}

function havenDecode(file: string): AisMessage[] {
  const run = spawnSync(process.execPath, [HAVEN, 'decode-ais', join(ROOT, file)], { maxBuffer: 1 << 28 });
  expect(run.status).toBe(0);
  const messages = run.stdout
    .toString()
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as AisMessage);
  return messages.filter((m) => !INTERLEAVED_MMSIS.includes(m.mmsi));
}

/** Haven messages gpsd does not report: without -s, gpsd reports type 24 only as A+B pairs. */
function unexplained(agreement: Agreement, mergedOnly: boolean): AisMessage[] {
  return agreement.unused.filter((m) => !(mergedOnly && m.type === 24));
}

describe("Haven agrees with gpsd's gpsdecode on the same files", () => {
  jest.setTimeout(300_000);

  testWithGpsd.each(CORPUS)('%s: exactly, against gpsd raw integers with type 24 parts split', (file) => {
    const references = gpsdecode(file, ['-u', '-s']);
    const agreement = compareWithGpsd(references, havenDecode(file), expectedFromRaw);
    expect(agreement.unmatched).toEqual([]);
    expect(agreement.mismatches).toEqual([]);
    expect(agreement.compared).toBe(references.length);
    expect(unexplained(agreement, false)).toEqual([]);
  });

  testWithGpsd.each(CORPUS)('%s: within rounding, against gpsd scaled output', (file) => {
    const references = gpsdecode(file, []);
    const agreement = compareWithGpsd(references, havenDecode(file), expectedFromScaled);
    expect(agreement.unmatched).toEqual([]);
    expect(agreement.mismatches).toEqual([]);
    expect(unexplained(agreement, true)).toEqual([]);
  });
});
