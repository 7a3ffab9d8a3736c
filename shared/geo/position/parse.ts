/**
 * One pass of every reader over a text, most specific first: NMEA sentences, then map links, then
 * Iridium messages, then plain text. Each reader blanks out what it has read so that, for example,
 * the numbers of a map link are not read again as a plain-text position.
 */
import { decide } from './decide';
import { readIridium } from './iridium';
import { readLinks } from './links';
import { readNmea } from './nmea';
import { normaliseText } from './normalise';
import { readText } from './text';
import type { Extraction, ParsedPosition, Span } from './types';

/** Longer texts are refused: the Fix schema keeps at most this much raw text. */
export const MAX_POSITION_TEXT = 2000;

/** parsePosition without its safety net, so that tests see a thrown error instead of a refusal. */
export function readPosition(text: string): ParsedPosition {
  if (typeof text !== 'string' || text.trim() === '') {
    return { ok: false, code: 'empty', reason: 'the text is empty' };
  }
  if (text.length > MAX_POSITION_TEXT) {
    return {
      ok: false,
      code: 'too-long',
      reason: `the text is too long to be a position (${text.length} characters; at most ${MAX_POSITION_TEXT})`,
    };
  }
  let rest = normaliseText(text);
  const parts: Extraction[] = [];
  for (const reader of [readNmea, readLinks, readIridium]) {
    const part = reader(rest);
    parts.push(part);
    rest = blank(rest, part.claimed);
  }
  parts.push(readText(rest));
  return decide(parts);
}

function blank(text: string, spans: Span[]): string {
  let out = text;
  for (const { start, end } of spans) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}
