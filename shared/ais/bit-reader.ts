/**
 * The AIS payload as a bit string. NMEA carries it "armoured": each payload character stands for six
 * bits (ITU-R M.1371, IEC 61162-1). We de-armour straight into 32-bit big-endian words, so reading a
 * field of up to 30 bits touches at most two words and never builds a string of '0' and '1'.
 * Fragments of a multipart message are appended one after the other, without concatenating text.
 */

/** Most payload characters a message may have: five AIS slots need 168; this leaves room for noise. */
export const MAX_PAYLOAD_CHARS = 1024;

/** Words past the end of a payload that are zeroed, so reads just past it see 0 as in gpsd. */
const ZERO_TAIL_WORDS = 4;

/** True when every byte of `bytes[start, end)` is a six-bit armour character ('0'-'W', '`'-'w'). */
export function isArmoured(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = bytes[i]!;
    if (c < 48 || c > 119 || (c > 87 && c < 96)) return false;
  }
  return true;
}

/**
 * A reusable reader: `load` a payload (or `begin`, `append` fragments, `finish`), then read fields by
 * bit offset. One reader per decoder keeps decoding allocation-free; it is not shared.
 */
export class BitReader {
  private readonly words = new Uint32Array(Math.ceil((MAX_PAYLOAD_CHARS * 6) / 32) + ZERO_TAIL_WORDS);
  private word = 0; // the word being filled
  private used = 0; // bits of `word` already filled, from the top
  private index = 0; // where `word` goes in `words`
  private chars = 0;
  /** Number of meaningful bits in the loaded payload (fill bits already removed). */
  bitLength = 0;

  /** Loads one whole payload; false (nothing usable loaded) when it is not armour or too long. */
  load(bytes: Uint8Array, start: number, end: number, fillBits: number): boolean {
    this.begin();
    if (!this.append(bytes, start, end)) return false;
    this.finish(fillBits);
    return true;
  }

  /** Starts a new payload. */
  begin(): void {
    this.word = 0;
    this.used = 0;
    this.index = 0;
    this.chars = 0;
    this.bitLength = 0;
  }

  /** Appends armoured characters; false when one is not armour or the payload grows too long. */
  append(bytes: Uint8Array, start: number, end: number): boolean {
    this.chars += end - start;
    if (this.chars > MAX_PAYLOAD_CHARS) return false;
    const words = this.words;
    let { word, used, index } = this;
    for (let i = start; i < end; i++) {
      const c = bytes[i]!;
      if (c < 48 || c > 119 || (c > 87 && c < 96)) return false;
      const v = c < 96 ? c - 48 : c - 56;
      const free = 32 - used;
      if (free > 6) {
        word |= v << (free - 6);
        used += 6;
      } else {
        // The character straddles two words (or exactly fills this one).
        words[index++] = word | (v >>> (6 - free));
        used = 6 - free;
        word = used === 0 ? 0 : v << (32 - used);
      }
    }
    this.word = word;
    this.used = used;
    this.index = index;
    return true;
  }

  /** Ends the payload. Fill bits stay in the buffer, as in gpsd, but are excluded from `bitLength`. */
  finish(fillBits: number): void {
    const words = this.words;
    words[this.index] = this.word;
    const tailEnd = Math.min(words.length, this.index + 1 + ZERO_TAIL_WORDS);
    for (let i = this.index + 1; i < tailEnd; i++) words[i] = 0;
    this.bitLength = Math.max(0, this.chars * 6 - fillBits);
  }

  /** Unsigned field of `len` bits (1..30) starting at bit `start`. */
  u(start: number, len: number): number {
    const w = start >>> 5;
    const off = start & 31;
    const hi = this.words[w]!;
    if (off + len <= 32) return ((hi << off) >>> 0) >>> (32 - len);
    const fromHi = 32 - off; // the low `fromHi` bits of `hi` are the field's top bits
    const fromLo = len - fromHi;
    return (hi & ((1 << fromHi) - 1)) * (1 << fromLo) + (this.words[w + 1]! >>> (32 - fromLo));
  }

  /** Two's-complement signed field of `len` bits (2..30) starting at bit `start`. */
  s(start: number, len: number): number {
    const shift = 32 - len;
    return (this.u(start, len) << shift) >> shift;
  }

  /** One-bit flag at `start` as a boolean. */
  flag(start: number): boolean {
    return this.u(start, 1) === 1;
  }
}
