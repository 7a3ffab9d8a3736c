/**
 * The encoder's side of the bit string: fields are appended most significant bit first, as ITU-R
 * M.1371 lays them out, then armoured into NMEA payload characters. A value that does not fit its
 * field is a programming error in the caller and throws, rather than being silently wrapped.
 */

/** Five slots, the most any AIS message can occupy. */
const MAX_BITS = 1008;

/** An armoured payload and the number of fill bits added to make it a whole number of characters. */
export interface ArmouredPayload {
  payload: string;
  fillBits: number;
}

/** A message's bits under construction. */
export class BitWriter {
  private readonly bits = new Uint8Array(MAX_BITS);
  private used = 0;

  /** Bits written so far. */
  get length(): number {
    return this.used;
  }

  /** Appends an unsigned integer field of `width` bits. */
  uint(value: number, width: number, name = 'field'): this {
    if (!Number.isInteger(value) || value < 0 || value >= 2 ** width)
      throw new RangeError(`${name}: ${value} does not fit ${width} unsigned bits`);
    if (this.used + width > MAX_BITS) throw new RangeError(`${name}: message longer than ${MAX_BITS} bits`);
    // Division rather than shifts: fields reach 30 bits and shifts are 32-bit signed in JavaScript.
    for (let i = width - 1, v = value; i >= 0; i--, v = Math.floor(v / 2)) this.bits[this.used + i] = v % 2;
    this.used += width;
    return this;
  }

  /** Appends a two's-complement signed integer field of `width` bits. */
  int(value: number, width: number, name = 'field'): this {
    const half = 2 ** (width - 1);
    if (!Number.isInteger(value) || value < -half || value >= half)
      throw new RangeError(`${name}: ${value} does not fit ${width} signed bits`);
    return this.uint(value < 0 ? value + 2 * half : value, width, name);
  }

  /** Appends a boolean as one bit. */
  flag(value: boolean | undefined): this {
    return this.uint(value ? 1 : 0, 1);
  }

  /**
   * Appends `chars` six-bit characters (ITU-R M.1371 table 47), padded with '@'. Lower case is
   * upper-cased; characters the alphabet lacks become '?'; text longer than the field is cut.
   */
  text(value: string | undefined, chars: number): this {
    const upper = (value ?? '').toUpperCase();
    for (let i = 0; i < chars; i++) {
      const code = i < upper.length ? upper.charCodeAt(i) : 64;
      const sixBit = code >= 64 && code <= 95 ? code - 64 : code >= 32 && code <= 63 ? code : 63;
      this.uint(sixBit, 6);
    }
    return this;
  }

  /** The payload characters; the last one is completed with zero fill bits. */
  armour(): ArmouredPayload {
    const fillBits = (6 - (this.used % 6)) % 6;
    let payload = '';
    for (let i = 0; i < this.used; i += 6) {
      let v = 0;
      for (let j = 0; j < 6; j++) v = v * 2 + (i + j < this.used ? this.bits[i + j]! : 0);
      payload += String.fromCharCode(v < 40 ? v + 48 : v + 56);
    }
    return { payload, fillBits };
  }
}
