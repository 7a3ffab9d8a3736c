/**
 * AIS six-bit text (ITU-R M.1371 table 47): names, call signs and destinations. Senders pad fields
 * with '@' (value 0) and often with trailing spaces; like gpsd, the text ends at the first '@' and
 * trailing spaces are removed, so "EVER DIADEM@@@@@@@@@" and "EVER DIADEM         " both read
 * "EVER DIADEM". An empty result means the sender left the field "not available".
 */
import type { BitReader } from './bit-reader';

// Values 0-31 are '@'..'_' (ASCII 64-95); 32-63 are ' '..'?' (ASCII 32-63).
const CHARS: readonly string[] = Array.from({ length: 64 }, (_, v) => String.fromCharCode(v < 32 ? v + 64 : v));

/** Reads up to `count` six-bit characters from bit `start`, stopping at '@', without trimming. */
export function readSixBitRaw(reader: BitReader, start: number, count: number): string {
  let text = '';
  for (let i = 0, pos = start; i < count; i++, pos += 6) {
    const v = reader.u(pos, 6);
    if (v === 0) break;
    text += CHARS[v];
  }
  return text;
}

/** Removes trailing spaces (the other padding senders use). */
export function trimTrailingSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Reads a six-bit text field of `count` characters; undefined when it holds nothing but padding. */
export function readSixBitText(reader: BitReader, start: number, count: number): string | undefined {
  const text = trimTrailingSpaces(readSixBitRaw(reader, start, count));
  return text === '' ? undefined : text;
}
