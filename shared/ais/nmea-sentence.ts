/**
 * One NMEA 0183 AIS sentence: `!AIVDM,2,1,7,A,<payload>,0*5C`. Any talker is accepted (AI, AB, BS...),
 * VDM (other vessels) as well as VDO (own ship). A leading NMEA 4.x tag block is stepped over, and
 * anything after the two checksum digits (receiver fields such as `,s28089,d-103`, spaces, CR) is
 * tolerated. The sentence is located by indices into the line so the payload is never copied.
 */
import type { SkipReason } from './skip-reason';

/** A checked VDM/VDO sentence; `payloadStart`/`payloadEnd` and `tag*` index into the original line. */
export interface VdmSentence {
  fragmentCount: number;
  fragmentNumber: number;
  /** Sequential message id tying fragments together; '' for single-sentence messages. */
  sequenceId: string;
  /** Radio channel ('A', 'B', '1', '2'...), '' when the receiver leaves it out. */
  channel: string;
  payloadStart: number;
  payloadEnd: number;
  fillBits: number;
  /** True for VDO: the receiver's own ship. */
  ownShip: boolean;
  /** The tag block's text between its backslashes, or -1 when there is none. */
  tagStart: number;
  tagEnd: number;
}

const BANG = 33;
const BACKSLASH = 92;
const COMMA = 44;

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** The digit value of a one-character field `line[start, end)`, or -1. */
function singleDigit(line: string, start: number, end: number): number {
  if (end - start !== 1) return -1;
  const d = line.charCodeAt(start) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) > 32) return false;
  return true;
}

/** Parses and checks one line; returns why it is not a usable AIS sentence otherwise. */
export function parseVdmSentence(line: string): VdmSentence | SkipReason {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) <= 32) i++;
  if (i === line.length) return isBlank(line) ? 'empty' : 'not-aivdm';
  let tagStart = -1;
  let tagEnd = -1;
  if (line.charCodeAt(i) === BACKSLASH) {
    const close = line.indexOf('\\', i + 1);
    if (close < 0) return 'malformed';
    tagStart = i + 1;
    tagEnd = close;
    i = close + 1;
  }
  if (
    line.charCodeAt(i) !== BANG || !isUpper(line.charCodeAt(i + 1)) || !isUpper(line.charCodeAt(i + 2)) ||
    line.charCodeAt(i + 3) !== 86 /* V */ || line.charCodeAt(i + 4) !== 68 /* D */ ||
    (line.charCodeAt(i + 5) !== 77 /* M */ && line.charCodeAt(i + 5) !== 79) /* O */ ||
    line.charCodeAt(i + 6) !== COMMA
  ) return 'not-aivdm';

  const star = line.indexOf('*', i + 7);
  if (star < 0) return 'malformed';
  const h1 = hexValue(line.charCodeAt(star + 1));
  const h2 = hexValue(line.charCodeAt(star + 2));
  if (h1 < 0 || h2 < 0) return 'malformed';
  // One pass computes the checksum and finds the five commas that separate the six fields.
  let sum = 0;
  const commas = [0, 0, 0, 0, 0];
  let found = 0;
  for (let k = i + 1; k < star; k++) {
    const c = line.charCodeAt(k);
    sum ^= c;
    if (c === COMMA && k > i + 6) {
      if (found === 5) found = 6;
      else commas[found++] = k;
    }
  }
  if (sum !== h1 * 16 + h2) return 'bad-checksum';
  if (found !== 5) return 'malformed';

  const [c1, c2, c3, c4, c5] = commas as [number, number, number, number, number];
  const fragmentCount = singleDigit(line, i + 7, c1);
  const fragmentNumber = singleDigit(line, c1 + 1, c2);
  const fillBits = singleDigit(line, c5 + 1, star);
  if (fragmentCount < 1 || fragmentNumber < 1 || fragmentNumber > fragmentCount) return 'malformed';
  if (fillBits < 0 || fillBits > 5) return 'malformed';
  if (c3 - c2 > 1 && singleDigit(line, c2 + 1, c3) < 0) return 'malformed';
  if (c4 - c3 > 3) return 'malformed';
  return {
    fragmentCount,
    fragmentNumber,
    sequenceId: c3 - c2 > 1 ? line.slice(c2 + 1, c3) : '',
    channel: c4 - c3 > 1 ? line.slice(c3 + 1, c4) : '',
    payloadStart: c4 + 1,
    payloadEnd: c5,
    fillBits,
    ownShip: line.charCodeAt(i + 5) === 79,
    tagStart,
    tagEnd,
  };
}
