/**
 * The encoder writes what the decoder reads: every message of the types it supports, decoded from
 * gpsd's sample files, re-encodes into sentences that decode to the same message; sentences are
 * framed and checksummed as NMEA requires; "not available" survives the trip.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AisDecoder, decodeAisText, type AisMessage, type StaticVoyageData } from '../../../shared/ais';
import { encodeAis, nmeaChecksum, type EncodableMessage } from '../../../shared/ais/encode';

const DATA = path.join(__dirname, '../../../shared/data/ais');
const CORPUS = ['sample.aivdm', 'ais-nmea.log', 'ais-18-27.log'];
const ENCODABLE = new Set([1, 2, 3, 5, 9, 18]);

/** Every message of an encodable type in gpsd's sample files. */
function corpusMessages(): EncodableMessage[] {
  return CORPUS.flatMap((f) => decodeAisText(readFileSync(path.join(DATA, f), 'utf8')).messages).filter(
    (m): m is AisMessage & EncodableMessage => ENCODABLE.has(m.type),
  );
}

function decodeAll(lines: string[]): AisMessage[] {
  const decoder = new AisDecoder();
  const out: AisMessage[] = [];
  for (const line of lines) {
    const r = decoder.push(line);
    if (r.skipped) throw new Error(`${line}: ${r.skipped}`);
    if (r.message) out.push(r.message);
  }
  return out;
}

/** What the decoder should give back: a short type 5 without its DTE bit comes back with DTE "not ready". */
function expectedBack(m: EncodableMessage): EncodableMessage {
  if (m.type === 5 && m.dte === undefined) return { ...m, dte: 1 };
  return m;
}

describe('the AIS encoder', () => {
  const messages = corpusMessages();

  test("every type 1, 2, 3, 5, 9 and 18 message of gpsd's samples decodes back unchanged", () => {
    const types = new Set(messages.map((m) => m.type));
    expect([...types].sort((a, b) => a - b)).toEqual([1, 2, 3, 5, 9, 18]);
    expect(messages.length).toBeGreaterThan(200);
    for (const m of messages) {
      // Short (163-bit) class A reports carry a truncated radio field; the encoder writes all 168 bits.
      const [back] = decodeAll(encodeAis(m));
      expect(back).toEqual(expectedBack(m));
    }
  });

  test('sentences carry a correct checksum, stay within 82 characters; a type 5 takes two with one sequence id', () => {
    const [one, two] = encodeAis(
      { type: 5, mmsi: 247000001, shipname: 'SEA RESCUER', callsign: 'IABC', destination: 'LAMPEDUSA' },
      { sequenceId: 3, channel: 'B' },
    );
    for (const s of [one!, two!]) {
      expect(s.length).toBeLessThanOrEqual(82);
      const [body, sum] = s.slice(1).split('*');
      expect(nmeaChecksum(body!)).toBe(sum);
    }
    expect(one).toMatch(/^!AIVDM,2,1,3,B,[0-W`-w]{60},0\*[0-9A-F]{2}$/);
    expect(two).toMatch(/^!AIVDM,2,2,3,B,[0-W`-w]{11},2\*[0-9A-F]{2}$/);
    const [single] = encodeAis({ type: 1, mmsi: 247000001, lat: 35.5, lon: 12.6 });
    expect(single).toMatch(/^!AIVDM,1,1,,A,[0-W`-w]{28},0\*[0-9A-F]{2}$/);
  });

  test('a field left out is sent as "not available" and read back as absent', () => {
    const [position] = decodeAll(encodeAis({ type: 1, mmsi: 247000001 }));
    expect(position).toMatchObject({ type: 1, mmsi: 247000001 });
    for (const key of ['lat', 'lon', 'speed', 'course', 'heading', 'turn', 'second'] as const)
      expect(position![key as keyof AisMessage]).toBeUndefined();
    const [aircraft] = decodeAll(encodeAis({ type: 9, mmsi: 111247501, lat: 35.9, lon: 14.5 }));
    expect(aircraft).toMatchObject({ type: 9, lat: 35.9, lon: 14.5 });
    for (const key of ['alt', 'speed', 'course']) expect(aircraft![key as keyof AisMessage]).toBeUndefined();
  });

  test("scaled values are rounded to the wire's resolution and text is upper-cased and padded", () => {
    const [m] = decodeAll(
      encodeAis({
        type: 18,
        mmsi: 247000002,
        lat: 35.123456789,
        lon: -12.987654321,
        speed: 7.26,
        course: 360,
        heading: 90,
      }),
    );
    expect(m).toMatchObject({
      lat: Math.round(35.123456789 * 600000) / 600000,
      lon: Math.round(-12.987654321 * 600000) / 600000,
      speed: 7.3,
      course: 0,
      heading: 90,
      cs: true,
    });
    const [s] = decodeAll(
      encodeAis({ type: 5, mmsi: 247000001, shipname: 'Sea-Watch 5', destination: 'porto empedocle' }),
    );
    expect(s).toMatchObject({ shipname: 'SEA-WATCH 5', destination: 'PORTO EMPEDOCLE' });
    expect((s as StaticVoyageData).callsign).toBeUndefined();
  });

  test('a value that does not fit its field is refused, not wrapped', () => {
    expect(() => encodeAis({ type: 1, mmsi: 2 ** 30 })).toThrow(RangeError);
    expect(() => encodeAis({ type: 1, mmsi: 1, lat: 200 })).toThrow(/lat/);
    expect(() => encodeAis({ type: 1, mmsi: 1 }, { sequenceId: 12 })).toThrow(/sequenceId/);
  });
});
