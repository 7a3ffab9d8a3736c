/**
 * Builds AIS sentences for tests, field by field: the reverse of the decoder, written independently
 * of it (plain strings of '0' and '1', which is fine at test speed). Lets a test state exactly which
 * raw values a message carries, such as "not available" sentinels or negative long-range positions.
 */

/** A payload under construction. */
export class PayloadBuilder {
  private bits = '';

  /** Appends an unsigned field. */
  uint(value: number, width: number): this {
    this.bits += value.toString(2).padStart(width, '0').slice(-width);
    return this;
  }

  /** Appends a two's-complement signed field. */
  int(value: number, width: number): this {
    return this.uint(value < 0 ? value + 2 ** width : value, width);
  }

  /** Appends six-bit text, padded with '@' to `chars` characters. */
  text(value: string, chars: number): this {
    for (const ch of value.padEnd(chars, '@').slice(0, chars)) {
      const code = ch.charCodeAt(0);
      this.uint(code >= 64 ? code - 64 : code, 6);
    }
    return this;
  }

  /** Pads with zero bits up to `length`. */
  padTo(length: number): this {
    this.bits = this.bits.padEnd(length, '0');
    return this;
  }

  get length(): number {
    return this.bits.length;
  }

  /** The armoured payload and its fill bits. */
  armour(): { payload: string; fill: number } {
    const fill = (6 - (this.bits.length % 6)) % 6;
    const bits = this.bits + '0'.repeat(fill);
    let payload = '';
    for (let i = 0; i < bits.length; i += 6) {
      const v = Number.parseInt(bits.slice(i, i + 6), 2);
      payload += String.fromCharCode(v < 40 ? v + 48 : v + 56);
    }
    return { payload, fill };
  }
}

/** NMEA checksum (XOR of the characters between '!' and '*'), two uppercase hex digits. */
export function checksum(body: string): string {
  let sum = 0;
  for (const ch of body) sum ^= ch.charCodeAt(0);
  return sum.toString(16).toUpperCase().padStart(2, '0');
}

/** Where a sentence claims to come from and which fragment it is. */
export interface SentenceOptions {
  talker?: string;
  count?: number;
  number?: number;
  sequenceId?: string;
  channel?: string;
}

/** A complete sentence with a correct checksum. */
export function sentence(payload: string, fill: number, options: SentenceOptions = {}): string {
  const { talker = 'AIVDM', count = 1, number = 1, sequenceId = '', channel = 'A' } = options;
  const body = `${talker},${count},${number},${sequenceId},${channel},${payload},${fill}`;
  return `!${body}*${checksum(body)}`;
}

/** A payload split into `count` sentences of one multipart message. */
export function fragments(built: PayloadBuilder, count: number, options: SentenceOptions = {}): string[] {
  const { payload, fill } = built.armour();
  const size = Math.ceil(payload.length / count);
  return Array.from({ length: count }, (_, i) =>
    sentence(payload.slice(i * size, (i + 1) * size), i === count - 1 ? fill : 0, { ...options, count, number: i + 1 }),
  );
}

/** Raw values of a type 1 position report; anything left out gets an ordinary value. */
export interface PositionFields {
  mmsi?: number;
  status?: number;
  turn?: number;
  speed?: number;
  lon?: number;
  lat?: number;
  course?: number;
  heading?: number;
  second?: number;
}

/** A 168-bit type 1 report with the given raw values (positions in 1/10000 minute). */
export function positionReport(fields: PositionFields = {}): PayloadBuilder {
  const f = {
    mmsi: 244660274,
    status: 0,
    turn: 0,
    speed: 52,
    lon: 3406970,
    lat: 31713237,
    course: 1234,
    heading: 123,
    second: 47,
    ...fields,
  };
  return new PayloadBuilder()
    .uint(1, 6)
    .uint(0, 2)
    .uint(f.mmsi, 30)
    .uint(f.status, 4)
    .int(f.turn, 8)
    .uint(f.speed, 10)
    .uint(0, 1)
    .int(f.lon, 28)
    .int(f.lat, 27)
    .uint(f.course, 12)
    .uint(f.heading, 9)
    .uint(f.second, 6)
    .uint(0, 2)
    .uint(0, 3)
    .uint(0, 1)
    .uint(12345, 19);
}

/** A type 5 report; text fields as raw six-bit strings (may contain '@' and spaces). */
export function staticVoyageData(
  text: { callsign?: string; shipname?: string; destination?: string; mmsi?: number } = {},
): PayloadBuilder {
  return new PayloadBuilder()
    .uint(5, 6)
    .uint(0, 2)
    .uint(text.mmsi ?? 235000001, 30)
    .uint(2, 2)
    .uint(9000000, 30)
    .text(text.callsign ?? 'ABCD1', 7)
    .text(text.shipname ?? 'SEA RESCUER', 20)
    .uint(51, 8)
    .uint(20, 9)
    .uint(10, 9)
    .uint(3, 6)
    .uint(4, 6)
    .uint(1, 4)
    .uint(6, 4)
    .uint(15, 5)
    .uint(12, 5)
    .uint(30, 6)
    .uint(45, 8)
    .text(text.destination ?? 'LAMPEDUSA', 20)
    .uint(0, 1)
    .uint(0, 1);
}
