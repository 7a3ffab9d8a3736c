/** Type 21: aid-to-navigation report (buoys, lighthouses, virtual marks placed on a hazard). */
import type { BitReader } from '../bit-reader';
import type { AidToNavigationReport } from '../ais-message';
import type { SkipReason } from '../skip-reason';
import { dimension, lat, lon, unlessNotAvailable } from '../scaled-fields';
import { readSixBitRaw, trimTrailingSpaces } from '../six-bit-text';

/** Without the name extension. */
const MIN_BITS = 272;
/** With the longest name extension (14 more characters). */
const MAX_BITS = 368;
const NAME_CHARS = 20;
const EXTENSION_START = 272;

/** Decodes a type 21 message already loaded into `r`. */
export function decodeAidToNavigationReport(r: BitReader): AidToNavigationReport | SkipReason {
  const bits = r.bitLength;
  if (bits < MIN_BITS) return 'truncated-payload';
  if (bits > MAX_BITS) return 'oversized-payload';
  // A name longer than 20 characters continues after the fixed fields, in whole characters.
  let name = readSixBitRaw(r, 43, NAME_CHARS);
  if (name.length === NAME_CHARS && bits > EXTENSION_START) {
    name += readSixBitRaw(r, EXTENSION_START, Math.floor((bits - EXTENSION_START) / 6));
  }
  name = trimTrailingSpaces(name);
  const bow = r.u(219, 9);
  const stern = r.u(228, 9);
  const port = r.u(237, 6);
  const starboard = r.u(243, 6);
  const all = bow + stern + port + starboard;
  return {
    type: 21,
    repeat: r.u(6, 2),
    mmsi: r.u(8, 30),
    aid_type: r.u(38, 5),
    name: name === '' ? undefined : name,
    accuracy: r.flag(163),
    lon: lon(r.s(164, 28)),
    lat: lat(r.s(192, 27)),
    to_bow: dimension(bow, all),
    to_stern: dimension(stern, all),
    to_port: dimension(port, all),
    to_starboard: dimension(starboard, all),
    epfd: r.u(249, 4),
    second: unlessNotAvailable(r.u(253, 6), 60),
    off_position: r.flag(259),
    regional: r.u(260, 8),
    raim: r.flag(268),
    virtual_aid: r.flag(269),
    assigned: r.flag(270),
  };
}
