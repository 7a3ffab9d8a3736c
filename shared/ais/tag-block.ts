/**
 * NMEA 4.x tag blocks: `\s:station,c:1671620143*hh\` in front of a sentence, added by receivers and
 * aggregators to say who heard the sentence and when. The decoder tolerates them; a feed listener may
 * use the source and time. A tag block whose own checksum is wrong is ignored, never the sentence.
 */

/** What a tag block says about the sentence that follows it. */
export interface TagBlock {
  /** `s:` the receiving station or source. */
  source?: string;
  /** `c:` when the sentence was received, in milliseconds since the Unix epoch. */
  receivedAt?: number;
  /** `g:` sentence grouping "n-of-total-id", for sentences that belong together. */
  group?: { sentence: number; total: number; id: string };
}

/** Values of `c:` above this are already milliseconds (1e11 seconds is in the year 5138). */
const MILLISECONDS_THRESHOLD = 1e11;

/**
 * Parses the text between the two backslashes of a tag block. Returns undefined when the block's
 * checksum does not match; a block without a checksum is accepted, as some receivers omit it.
 */
export function parseTagBlock(text: string): TagBlock | undefined {
  let body = text;
  const star = text.lastIndexOf('*');
  if (star >= 0) {
    const expected = Number.parseInt(text.slice(star + 1, star + 3), 16);
    let sum = 0;
    for (let i = 0; i < star; i++) sum ^= text.charCodeAt(i);
    if (!(sum === expected && /^[0-9A-Fa-f]{2}$/.test(text.slice(star + 1, star + 3)))) return undefined;
    body = text.slice(0, star);
  }
  const block: TagBlock = {};
  for (const field of body.split(',')) {
    const colon = field.indexOf(':');
    if (colon !== 1) continue;
    const value = field.slice(2);
    switch (field[0]) {
      case 's':
        block.source = value;
        break;
      case 'c': {
        const t = Number(value);
        if (value !== '' && Number.isFinite(t)) block.receivedAt = t > MILLISECONDS_THRESHOLD ? t : t * 1000;
        break;
      }
      case 'g': {
        const [sentence, total, id] = value.split('-');
        if (sentence && total && id !== undefined)
          block.group = { sentence: Number(sentence), total: Number(total), id };
        break;
      }
    }
  }
  return block;
}

/** parseTagBlock for the bytes `bytes[start, end)` of a line (ASCII, so one character per byte). */
export function parseTagBlockBytes(bytes: Uint8Array, start: number, end: number): TagBlock | undefined {
  let text = '';
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]!);
  return parseTagBlock(text);
}
