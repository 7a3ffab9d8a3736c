/**
 * Type 24: class B static data, sent as two independent messages. Part A carries the name, part B
 * the ship type, vendor, call sign and dimensions. gpsd pairs them up and reports only pairs; we
 * report each part as it arrives (with `partno`), and leave merging by MMSI to the vessel store,
 * which also sees type 5 and 19 static data.
 */
import type { BitReader } from '../bit-reader';
import type { StaticDataReportA, StaticDataReportB } from '../ais-message';
import type { SkipReason } from '../skip-reason';
import { dimension, unlessNotAvailable } from '../scaled-fields';
import { readSixBitText } from '../six-bit-text';

/** Part A is 168 bits; 160 is accepted (the spare byte is often left off). */
const PART_A_MIN_BITS = 160;
const PART_A_MAX_BITS = 168;
/** Part B is 168 bits; longer ones are accepted with the extra bits ignored, as gpsd does. */
const PART_B_MIN_BITS = 168;

/** MMSIs 98xxxxxxx belong to craft associated with a parent ship, whose MMSI replaces the dimensions. */
function isAuxiliaryCraft(mmsi: number): boolean {
  return Math.floor(mmsi / 10_000_000) === 98;
}

/** Decodes a type 24 message (either part) already loaded into `r`. */
export function decodeStaticDataReport(r: BitReader): StaticDataReportA | StaticDataReportB | SkipReason {
  const bits = r.bitLength;
  const partno = r.u(38, 2);
  const mmsi = r.u(8, 30);
  if (partno === 0) {
    if (bits < PART_A_MIN_BITS) return 'truncated-payload';
    if (bits > PART_A_MAX_BITS) return 'oversized-payload';
    return { type: 24, repeat: r.u(6, 2), mmsi, partno: 0, shipname: readSixBitText(r, 40, 20) };
  }
  if (partno !== 1) return 'unsupported-type';
  if (bits < PART_B_MIN_BITS) return 'truncated-payload';
  const auxiliary = isAuxiliaryCraft(mmsi);
  const bow = r.u(132, 9);
  const stern = r.u(141, 9);
  const port = r.u(150, 6);
  const starboard = r.u(156, 6);
  const all = auxiliary ? 0 : bow + stern + port + starboard;
  return {
    type: 24,
    repeat: r.u(6, 2),
    mmsi,
    partno: 1,
    shiptype: unlessNotAvailable(r.u(40, 8), 0),
    vendorid: readSixBitText(r, 48, 7),
    model: r.u(66, 4),
    serial: r.u(70, 20),
    callsign: readSixBitText(r, 90, 7),
    to_bow: dimension(bow, all),
    to_stern: dimension(stern, all),
    to_port: dimension(port, all),
    to_starboard: dimension(starboard, all),
    mothership_mmsi: auxiliary ? r.u(132, 30) : undefined,
  };
}
