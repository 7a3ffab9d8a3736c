/**
 * One NMEA 0183 AIS sentence: `!AIVDM,2,1,7,A,<payload>,0*5C`. Any talker is accepted (AI, AB, BS...),
 * VDM (other vessels) as well as VDO (own ship). A leading NMEA 4.x tag block is stepped over, and
 * anything after the two checksum digits (receiver fields such as `,s28089,d-103`, spaces, CR) is
 * tolerated. The line is read as bytes (NMEA is ASCII) and the sentence located by indices into
 * them, so nothing is copied; one pass computes the checksum and finds the field separators.
 */
import type { SkipReason } from './skip-reason';

/** A checked VDM/VDO sentence; the `*Start`/`*End` fields index into the bytes it was parsed from. */
export interface VdmSentence {
  fragmentCount: number;
  fragmentNumber: number;
  /** Sequential message id (0-9) tying fragments together; -1 when absent (single sentences). */
  sequenceId: number;
  /** Radio channel as up to two character codes (`'A'` is 65, `'B'` 66); 0 when left out. */
  channel: number;
  payloadStart: number;
  payloadEnd: number;
  fillBits: number;
  /** True for VDO: the receiver's own ship. */
  ownShip: boolean;
  /** The tag block between its backslashes; tagStart is -1 when there is none. */
  tagStart: number;
  tagEnd: number;
}

const BANG = 33;
const STAR = 42;
const COMMA = 44;
const BACKSLASH = 92;

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

function isUpper(code: number | undefined): boolean {
  return code !== undefined && code >= 65 && code <= 90;
}

/** The value of a one-digit field `b[start, end)`, or -1. */
function digit(b: Uint8Array, start: number, end: number): number {
  if (end - start !== 1) return -1;
  const d = b[start]! - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/** Parses and checks the line `b[start, end)`; returns why it is not a usable AIS sentence otherwise. */
export function parseVdmSentence(b: Uint8Array, start: number, end: number): VdmSentence | SkipReason {
  let i = start;
  while (i < end && b[i]! <= 32) i++;
  if (i === end) return 'empty';
  let tagStart = -1;
  let tagEnd = -1;
  if (b[i] === BACKSLASH) {
    tagStart = i + 1;
    for (tagEnd = tagStart; tagEnd < end && b[tagEnd] !== BACKSLASH; tagEnd++);
    if (tagEnd === end) return 'malformed';
    i = tagEnd + 1;
  }
  if (
    i + 7 > end ||
    b[i] !== BANG ||
    !isUpper(b[i + 1]) ||
    !isUpper(b[i + 2]) ||
    b[i + 3] !== 86 /* V */ ||
    b[i + 4] !== 68 /* D */ ||
    (b[i + 5] !== 77 /* M */ && b[i + 5] !== 79) /* O */ ||
    b[i + 6] !== COMMA
  )
    return 'not-aivdm';

  // One pass: XOR checksum of everything between '!' and '*', and the five commas of the six fields
  // that follow "!AIVDM,": count, number, sequence id, channel, payload, fill bits.
  let sum = 0;
  let commas = 0;
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  let c4 = 0;
  let c5 = 0;
  let star = i + 1;
  for (; star < end; star++) {
    const c = b[star]!;
    if (c === STAR) break;
    sum ^= c;
    if (c === COMMA && star > i + 6) {
      commas++;
      if (commas === 1) c1 = star;
      else if (commas === 2) c2 = star;
      else if (commas === 3) c3 = star;
      else if (commas === 4) c4 = star;
      else if (commas === 5) c5 = star;
    }
  }
  if (star + 2 >= end) return 'malformed'; // no '*', or fewer than two characters after it
  const h1 = hexValue(b[star + 1]!);
  const h2 = hexValue(b[star + 2]!);
  if (h1 < 0 || h2 < 0) return 'malformed';
  if (sum !== h1 * 16 + h2) return 'bad-checksum';
  if (commas !== 5) return 'malformed';

  const fragmentCount = digit(b, i + 7, c1);
  const fragmentNumber = digit(b, c1 + 1, c2);
  const fillBits = digit(b, c5 + 1, star);
  const sequenceId = c3 - c2 === 1 ? -1 : digit(b, c2 + 1, c3);
  if (fragmentCount < 1 || fragmentNumber < 1 || fragmentNumber > fragmentCount) return 'malformed';
  if (fillBits < 0 || fillBits > 5 || (c3 - c2 > 1 && sequenceId < 0) || c4 - c3 > 3) return 'malformed';
  return {
    fragmentCount,
    fragmentNumber,
    sequenceId,
    channel: c4 - c3 === 1 ? 0 : c4 - c3 === 2 ? b[c3 + 1]! : b[c3 + 1]! * 256 + b[c3 + 2]!,
    payloadStart: c4 + 1,
    payloadEnd: c5,
    fillBits,
    ownShip: b[i + 5] === 79,
    tagStart,
    tagEnd,
  };
}
