/** Type 5: class A static and voyage data (name, call sign, IMO number, destination, ETA). */
import type { BitReader } from '../bit-reader';
import type { StaticVoyageData } from '../ais-message';
import type { SkipReason } from '../skip-reason';
import { dimension, draughtTenths, eta, unlessNotAvailable } from '../scaled-fields';
import { readSixBitText } from '../six-bit-text';

/** The standard is 424 bits, but many transmitters send 420 or 422; gpsd accepts those too. */
const MIN_BITS = 420;
/** Long enough to carry the DTE flag at bit 422. */
const BITS_WITH_DTE = 423;

/** Decodes a type 5 message already loaded into `r`. */
export function decodeStaticVoyageData(r: BitReader): StaticVoyageData | SkipReason {
  const bits = r.bitLength;
  if (bits < MIN_BITS) return 'truncated-payload';
  const bow = r.u(240, 9);
  const stern = r.u(249, 9);
  const port = r.u(258, 6);
  const starboard = r.u(264, 6);
  const all = bow + stern + port + starboard;
  return {
    type: 5,
    repeat: r.u(6, 2),
    mmsi: r.u(8, 30),
    ais_version: r.u(38, 2),
    imo: unlessNotAvailable(r.u(40, 30), 0),
    callsign: readSixBitText(r, 70, 7),
    shipname: readSixBitText(r, 112, 20),
    shiptype: unlessNotAvailable(r.u(232, 8), 0),
    to_bow: dimension(bow, all),
    to_stern: dimension(stern, all),
    to_port: dimension(port, all),
    to_starboard: dimension(starboard, all),
    epfd: r.u(270, 4),
    eta: eta(r.u(274, 4), r.u(278, 5), r.u(283, 5), r.u(288, 6)),
    draught: draughtTenths(r.u(294, 8)),
    destination: readSixBitText(r, 302, 20),
    dte: bits >= BITS_WITH_DTE ? r.u(422, 1) : undefined,
  };
}
