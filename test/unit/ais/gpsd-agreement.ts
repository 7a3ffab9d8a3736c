/**
 * Pairs gpsd's decodes with Haven's and compares them field by field. Pairing goes by type and MMSI
 * in order of appearance. gpsd reports a type 24 only once it has both parts, merged; such a record
 * is compared with Haven's part B and the part A before it. Haven messages gpsd never reported are
 * returned, so a test can require each to be explained.
 */
import type { AisMessage } from '../../../shared/ais';
import { IGNORED_KEYS, type Expected, type GpsdRecord } from './gpsd-expected';

/** How one reference compared. */
export interface Agreement {
  /** gpsd records paired with a Haven message. */
  compared: number;
  fieldsCompared: number;
  /** Per type, how many records were compared. */
  byType: Record<number, number>;
  mismatches: string[];
  unmatched: GpsdRecord[];
  /** Haven messages no gpsd record was paired with. */
  unused: AisMessage[];
}

/** Converts one gpsd field into what Haven should say, or undefined to leave the field uncompared. */
export type Expectation = (rec: GpsdRecord, key: string) => Expected | undefined;

/** The AIS records among gpsd's JSON lines (other classes such as TPV or SKY are dropped). */
export function parseGpsdJson(text: string): GpsdRecord[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as GpsdRecord)
    .filter((rec) => rec.class === 'AIS');
}

function isPart(m: AisMessage, partno: 0 | 1): boolean {
  return m.type === 24 && m.partno === partno;
}

function equal(actual: unknown, expected: Expected): boolean {
  if (expected.value === undefined) return actual === undefined;
  if (typeof expected.value === 'number' && typeof actual === 'number' && expected.tolerance > 0) {
    return Math.abs(actual - expected.value) <= expected.tolerance;
  }
  return actual === expected.value;
}

/** Compares gpsd `records` (supported types only are expected) with Haven's `messages`. */
export function compareWithGpsd(records: GpsdRecord[], messages: AisMessage[], expect: Expectation): Agreement {
  const used = new Array<boolean>(messages.length).fill(false);
  const result: Agreement = { compared: 0, fieldsCompared: 0, byType: {}, mismatches: [], unmatched: [], unused: [] };
  const take = (rec: GpsdRecord, want: (m: AisMessage) => boolean, before = messages.length): number => {
    for (let i = 0; i < before; i++) {
      const m = messages[i]!;
      if (!used[i] && m.type === rec.type && m.mmsi === rec.mmsi && want(m)) return i;
    }
    return -1;
  };
  for (const rec of records) {
    const part = rec.part === 'A' ? 0 : rec.part === 'B' ? 1 : undefined;
    const merged = rec.type === 24 && part === undefined;
    const i = take(rec, (m) => rec.type !== 24 || isPart(m, merged ? 1 : part!));
    // For a merged type 24 the name comes from the latest part A before this part B (which gpsd's
    // split output may already have reported on its own).
    let nameFrom = -1;
    if (merged && i >= 0) {
      for (let j = i - 1; j >= 0 && nameFrom < 0; j--) {
        const m = messages[j]!;
        if (isPart(m, 0) && m.mmsi === rec.mmsi) nameFrom = j;
      }
    }
    if (i < 0 || (merged && nameFrom < 0)) {
      result.unmatched.push(rec);
      continue;
    }
    used[i] = true;
    if (nameFrom >= 0) used[nameFrom] = true;
    result.compared++;
    result.byType[rec.type] = (result.byType[rec.type] ?? 0) + 1;
    for (const key of Object.keys(rec)) {
      if (IGNORED_KEYS.has(key)) continue;
      const expected = expect(rec, key);
      if (!expected) continue;
      const source = key === 'shipname' && nameFrom >= 0 ? messages[nameFrom]! : messages[i]!;
      const actual = (source as unknown as Record<string, unknown>)[key];
      result.fieldsCompared++;
      if (!equal(actual, expected)) {
        result.mismatches.push(
          `type ${rec.type} mmsi ${rec.mmsi} ${key}: haven ${JSON.stringify(actual)}, ` +
            `gpsd ${JSON.stringify(rec[key])} (expected ${JSON.stringify(expected.value)})`,
        );
      }
    }
  }
  result.unused = messages.filter((_, i) => !used[i]);
  return result;
}
