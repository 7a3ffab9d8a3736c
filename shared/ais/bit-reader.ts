/**
 * The AIS payload as a bit string. NMEA carries it "armoured": each payload character stands for six
 * bits (ITU-R M.1371, IEC 61162-1). We de-armour straight into 32-bit big-endian words, so reading a
 * field of up to 30 bits touches at most two words and never builds a string of '0' and '1'.
 */

/** Most payload characters a message may have: five AIS slots need 168; this leaves room for noise. */
export const MAX_PAYLOAD_CHARS = 1024;

/** Bits past the end of a load that are guaranteed zero, as gpsd's zeroed buffer would read them. */
const ZERO_TAIL_WORDS = 4;

/** Six-bit value of an armour character, or -1 when the character is not in the armour alphabet. */
export function armourValue(code: number): number {
  if (code >= 48 && code <= 87) return code - 48;
  if (code >= 96 && code <= 119) return code - 56;
  return -1;
}

/** True when every character of `text[start, end)` belongs to the six-bit armour alphabet. */
export function isArmoured(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 119 || (c > 87 && c < 96)) return false;
  }
  return true;
}

/**
 * A reusable reader: `load` a payload, then read unsigned/signed fields by bit offset. One reader per
 * decoder keeps decoding allocation-free; it is not shared between decoders.
 */
export class BitReader {
  private readonly words = new Uint32Array(Math.ceil((MAX_PAYLOAD_CHARS * 6) / 32) + ZERO_TAIL_WORDS);
  /** Number of meaningful bits in the loaded payload (fill bits already removed). */
  bitLength = 0;

  /**
   * Loads `text[start, end)`; returns false (and loads nothing) when a character is not armour or the
   * payload is too long. Fill bits stay in the buffer, as in gpsd, but are excluded from `bitLength`.
   */
  load(text: string, start: number, end: number, fillBits: number): boolean {
    const chars = end - start;
    if (chars > MAX_PAYLOAD_CHARS) return false;
    const words = this.words;
    let word = 0;
    let used = 0; // bits of `word` already filled, from the top
    let w = 0;
    for (let i = start; i < end; i++) {
      const v = armourValue(text.charCodeAt(i));
      if (v < 0) return false;
      const free = 32 - used;
      if (free > 6) {
        word |= v << (free - 6);
        used += 6;
      } else {
        // The character straddles two words (or exactly fills this one).
        words[w++] = word | (v >>> (6 - free));
        used = 6 - free;
        word = used === 0 ? 0 : v << (32 - used);
      }
    }
    words[w] = word;
    const tailEnd = Math.min(words.length, w + 1 + ZERO_TAIL_WORDS);
    for (let i = w + 1; i < tailEnd; i++) words[i] = 0;
    this.bitLength = Math.max(0, chars * 6 - fillBits);
    return true;
  }

  /** Unsigned field of `len` bits (1..30) starting at bit `start`. */
  u(start: number, len: number): number {
    const w = start >>> 5;
    const off = start & 31;
    const hi = this.words[w];
    if (off + len <= 32) return ((hi << off) >>> 0) >>> (32 - len);
    const fromHi = 32 - off; // the low `fromHi` bits of `hi` are the field's top bits
    const fromLo = len - fromHi;
    return (hi & ((1 << fromHi) - 1)) * (1 << fromLo) + (this.words[w + 1] >>> (32 - fromLo));
  }

  /** Two's-complement signed field of `len` bits (2..30) starting at bit `start`. */
  s(start: number, len: number): number {
    const v = this.u(start, len);
    return v >= 2 ** (len - 1) ? v - 2 ** len : v;
  }

  /** One-bit flag at `start` as a boolean. */
  flag(start: number): boolean {
    return this.u(start, 1) === 1;
  }
}
