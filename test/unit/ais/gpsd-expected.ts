/**
 * What Haven should report, derived independently from gpsd's output: gpsd's raw integers (`-u`,
 * `.ju.chk`, the daemon `.chk` files) converted to degrees/knots, or gpsd's rounded scaled values
 * (`.js.chk`) with a tolerance. Sentinels gpsd prints as numbers become "absent" here, following the
 * issue's list (lat 91, lon 181, speed 102.3, heading 511...) and ITU-R M.1371's "not available".
 */

/** One gpsd JSON object of class AIS. */
export type GpsdRecord = { class: string; type: number; mmsi: number } & Record<string, unknown>;

/** An expected field: `value` undefined means Haven must leave the field out. */
export interface Expected {
  value: unknown;
  tolerance: number;
}

/** gpsd bookkeeping and presentation fields, not part of the decode. */
export const IGNORED_KEYS = new Set([
  'class',
  'device',
  'scaled',
  'part',
  'status_text',
  'shiptype_text',
  'epfd_text',
  'aid_type_text',
]);
const TEXT_KEYS = new Set(['shipname', 'callsign', 'destination', 'name', 'vendorid']);
const DIMENSION_KEYS = ['to_bow', 'to_stern', 'to_port', 'to_starboard'];

function exact(value: unknown): Expected {
  return { value, tolerance: 0 };
}

function absentIf(condition: boolean, value: unknown, tolerance = 1e-12): Expected {
  return condition ? exact(undefined) : { value, tolerance };
}

/** Fields that mean "not available" at zero or in their text form, the same in raw and scaled output. */
function common(rec: GpsdRecord, key: string): Expected | undefined {
  const v = rec[key];
  if (TEXT_KEYS.has(key)) return absentIf(v === '', v);
  if (DIMENSION_KEYS.includes(key))
    return absentIf(
      DIMENSION_KEYS.every((k) => !rec[k]),
      v,
    );
  if (key === 'imo' || key === 'shiptype') return absentIf(v === 0, v);
  if (key === 'eta') return absentIf(v === '00-00T24:60Z', v);
  if (key === 'timestamp') return absentIf(v === '0000-00-00T24:60:60Z', v);
  if (key === 'heading') return absentIf(v === 511, v);
  if (key === 'second') return absentIf(v === 60, v);
  if (key === 'alt') return absentIf(v === 4095, v);
  return undefined;
}

/** Haven's expected value of `key`, converted from gpsd's raw integer. */
export function expectedFromRaw(rec: GpsdRecord, key: string): Expected {
  const known = common(rec, key);
  if (known) return known;
  const v = rec[key] as number;
  const longRange = rec.type === 27;
  switch (key) {
    case 'lat':
      return longRange ? absentIf(v === 91 * 600, v / 600) : absentIf(v === 91 * 600000, v / 600000);
    case 'lon':
      return longRange ? absentIf(v === 181 * 600, v / 600) : absentIf(v === 181 * 600000, v / 600000);
    case 'speed':
      if (longRange) return absentIf(v === 63, v);
      return rec.type === 9 ? absentIf(v === 1023, v) : absentIf(v === 1023, v / 10);
    case 'course':
      return longRange ? absentIf(v === 511, v) : absentIf(v === 3600, v / 10);
    case 'draught':
      return absentIf(v === 0, v / 10);
    case 'turn':
      if (v === -128) return exact(undefined);
      if (v === 127 || v === -127) return exact(v > 0 ? 'fastright' : 'fastleft');
      return { value: Math.sign(v) * (v / 4.733) ** 2, tolerance: 1e-9 };
    default:
      return exact(rec[key]);
  }
}

/** Half a unit in the last decimal gpsd printed, for its scaled output. */
function rounding(rec: GpsdRecord, key: string): number {
  if (key === 'lat' || key === 'lon') {
    const printed = String(rec[key]);
    const decimals = printed.includes('.') ? printed.length - printed.indexOf('.') - 1 : 0;
    return 0.5 * 10 ** -decimals + 1e-12;
  }
  return 0.05 + 1e-9;
}

/** Haven's expected value of `key` from gpsd's scaled (rounded) output; undefined when not comparable. */
export function expectedFromScaled(rec: GpsdRecord, key: string): Expected | undefined {
  const known = common(rec, key);
  if (known) return known;
  const v = rec[key];
  const longRange = rec.type === 27;
  switch (key) {
    case 'lat':
      return absentIf(v === 91, v, rounding(rec, key));
    case 'lon':
      return absentIf(v === 181, v, rounding(rec, key));
    case 'speed':
      if (longRange) return absentIf(v === 63, v);
      if (rec.type === 9) return absentIf(v === 1023, v);
      // gpsdecode prints "nan" for not available and "fast" for 102.2 knots or more.
      if (v === 'fast') return exact(102.2);
      return absentIf(v === 102.3 || v === 'nan', v, rounding(rec, key));
    case 'course':
      return longRange ? absentIf(v === 511, v) : absentIf(v === 360, v, rounding(rec, key));
    case 'draught':
      return absentIf(v === 0, v, rounding(rec, key));
    case 'turn':
      // gpsd prints the magnitude only, as text; compared separately by the caller.
      return undefined;
    case 'status':
      // For type 27 the scaled output replaces the code by its text.
      return typeof v === 'string' ? undefined : exact(v);
    default:
      return exact(v);
  }
}
