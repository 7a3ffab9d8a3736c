/**
 * NMEA 0183 framing: an armoured payload becomes one or more `!AIVDM` sentences with their checksum.
 * A payload of more than 60 characters is split into fragments sharing a sequential message id, so
 * that every sentence stays within NMEA's 82 characters.
 */
import type { ArmouredPayload } from './bit-writer';

/** Payload characters per sentence: what gpsd and common receivers use. */
const MAX_PAYLOAD_PER_SENTENCE = 60;

/** Where the sentences claim to come from. */
export interface SentenceOptions {
  /** `AIVDM` (other ships, the default) or `AIVDO` (own ship); any five-letter talker+type. */
  talker?: string;
  /** Radio channel, `A` (default) or `B`. */
  channel?: 'A' | 'B';
  /** Sequential message id 0-9 for multipart messages (default 0). */
  sequenceId?: number;
}

/** The NMEA checksum of `body` (the text between '!' and '*'): two upper-case hex digits. */
export function nmeaChecksum(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum ^= body.charCodeAt(i);
  return sum.toString(16).toUpperCase().padStart(2, '0');
}

/** The sentences that carry `armoured`; fill bits are stated on the last one only. */
export function toSentences({ payload, fillBits }: ArmouredPayload, options: SentenceOptions = {}): string[] {
  const { talker = 'AIVDM', channel = 'A', sequenceId = 0 } = options;
  if (!/^[A-Z]{5}$/.test(talker)) throw new RangeError(`talker: ${talker} is not five capital letters`);
  if (!Number.isInteger(sequenceId) || sequenceId < 0 || sequenceId > 9)
    throw new RangeError(`sequenceId: ${sequenceId} is not 0-9`);
  const count = Math.max(1, Math.ceil(payload.length / MAX_PAYLOAD_PER_SENTENCE));
  const sequence = count > 1 ? String(sequenceId) : '';
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const part = payload.slice(i * MAX_PAYLOAD_PER_SENTENCE, (i + 1) * MAX_PAYLOAD_PER_SENTENCE);
    const body = `${talker},${count},${i + 1},${sequence},${channel},${part},${i === count - 1 ? fillBits : 0}`;
    out.push(`!${body}*${nmeaChecksum(body)}`);
  }
  return out;
}
