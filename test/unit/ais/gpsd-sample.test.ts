/**
 * Proof against gpsd's expected decodes, shipped with its test suite: for every message type Haven
 * supports, every message gpsd decoded from the same file is found in Haven's output and agrees
 * field by field. Haven messages gpsd did not report must each be explained.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SUPPORTED_TYPES, decodeAisText, type AisMessage } from '../../../shared/ais';
import { compareWithGpsd, parseGpsdJson, type Agreement } from './gpsd-agreement';
import { expectedFromRaw, expectedFromScaled, type GpsdRecord } from './gpsd-expected';

const DATA = path.join(__dirname, '../../../shared/data/ais');
const read = (name: string): string => readFileSync(path.join(DATA, name), 'utf8');
const supported = (records: GpsdRecord[]): GpsdRecord[] => records.filter((r) => SUPPORTED_TYPES.includes(r.type));

/** The gpsd daemon's .chk output repeats most reports on the next line; one of each is the decode. */
function withoutRepeats(records: GpsdRecord[]): GpsdRecord[] {
  return records.filter((r, i) => i === 0 || JSON.stringify(r) !== JSON.stringify(records[i - 1]));
}

/** gpsd reports type 24 only as merged A+B pairs, so a part without its partner has no counterpart. */
function unexplained(unused: AisMessage[]): AisMessage[] {
  return unused.filter((m) => m.type !== 24);
}

function expectAgreement(agreement: Agreement, references: GpsdRecord[]): void {
  expect(agreement.unmatched).toEqual([]);
  expect(agreement.mismatches).toEqual([]);
  expect(agreement.compared).toBe(references.length);
  expect(unexplained(agreement.unused)).toEqual([]);
}

describe("Haven agrees with gpsd's expected decodes of sample.aivdm", () => {
  const { messages } = decodeAisText(read('sample.aivdm'));

  test('every supported message matches gpsd raw integers (.ju.chk), converted to degrees and knots', () => {
    const references = supported(parseGpsdJson(read('sample.aivdm.ju.chk')));
    const agreement = compareWithGpsd(references, messages, expectedFromRaw);
    expectAgreement(agreement, references);
    // Every supported type occurs in gpsd's file, so every decoder is exercised.
    expect(
      Object.keys(agreement.byType)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual([...SUPPORTED_TYPES]);
    expect(agreement.fieldsCompared).toBeGreaterThan(300);
  });

  test('every supported message matches gpsd scaled output (.js.chk) within its rounding', () => {
    const references = supported(parseGpsdJson(read('sample.aivdm.js.chk')));
    const agreement = compareWithGpsd(references, messages, expectedFromScaled);
    expectAgreement(agreement, references);
  });

  test('type 24 parts gpsd could not pair are the ones its collision tests expect', () => {
    const references = supported(parseGpsdJson(read('sample.aivdm.ju.chk')));
    const { unused } = compareWithGpsd(references, messages, expectedFromRaw);
    expect(unused.map((m) => [m.mmsi, m.type === 24 ? m.partno : -1])).toEqual([
      [271041815, 1], // 24B repeated after its pair was reported
      [271041511, 0], // 24A superseded before its 24B came
      [271020195, 1], // 24B whose 24A was never sent
    ]);
  });
});

describe("Haven agrees with gpsd's daemon output on real receiver captures", () => {
  test.each(['ais-nmea.log', 'ais-18-27.log'])('%s: every supported message matches gpsd (raw .chk)', (name) => {
    const { messages } = decodeAisText(read(name));
    const references = withoutRepeats(supported(parseGpsdJson(read(`${name}.chk`))));
    expect(references.length).toBeGreaterThan(100);
    expectAgreement(compareWithGpsd(references, messages, expectedFromRaw), references);
  });
});
