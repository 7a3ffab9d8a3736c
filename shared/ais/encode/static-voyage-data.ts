/** Type 5: class A static and voyage data, 424 bits (two sentences). */
import { BitWriter } from './bit-writer';
import type { StaticVoyageDataInput } from './encodable';
import { rawEta, rawOrNotAvailable } from './raw-fields';

/** Writes a static and voyage data report. */
export function encodeStaticVoyageData(m: StaticVoyageDataInput): BitWriter {
  const [month, day, hour, minute] = rawEta(m.eta);
  return (
    new BitWriter()
      .uint(5, 6, 'type')
      .uint(m.repeat ?? 0, 2, 'repeat')
      .uint(m.mmsi, 30, 'mmsi')
      .uint(m.ais_version ?? 0, 2, 'ais_version')
      .uint(m.imo ?? 0, 30, 'imo')
      .text(m.callsign, 7)
      .text(m.shipname, 20)
      .uint(m.shiptype ?? 0, 8, 'shiptype')
      .uint(rawOrNotAvailable(m.to_bow, 0, 511), 9, 'to_bow')
      .uint(rawOrNotAvailable(m.to_stern, 0, 511), 9, 'to_stern')
      .uint(rawOrNotAvailable(m.to_port, 0, 63), 6, 'to_port')
      .uint(rawOrNotAvailable(m.to_starboard, 0, 63), 6, 'to_starboard')
      .uint(m.epfd ?? 0, 4, 'epfd')
      .uint(month, 4)
      .uint(day, 5)
      .uint(hour, 5)
      .uint(minute, 6)
      .uint(m.draught === undefined ? 0 : Math.min(255, Math.max(0, Math.round(m.draught * 10))), 8, 'draught')
      .text(m.destination, 20)
      // DTE 1 is "not ready", the safe value when the sender does not say.
      .uint(m.dte ?? 1, 1, 'dte')
      .uint(0, 1)
  ); // spare
}
