/** Decoding a whole text at once (a file's contents, a test fixture): one fresh decoder, flushed. */
import type { AisMessage } from './ais-message';
import { AisDecoder, type AisDecoderOptions, type AisDecoderStats } from './ais-decoder';

const LF = 10;
const CR = 13;

/** Every message in `text` (lines end with LF or CRLF), in order, with the decoder's counters. */
export function decodeAisText(
  text: string,
  options?: AisDecoderOptions,
): { messages: AisMessage[]; stats: AisDecoderStats } {
  const decoder = new AisDecoder(options);
  const messages: AisMessage[] = [];
  const bytes = new TextEncoder().encode(text);
  for (let start = 0; start < bytes.length;) {
    let nl = bytes.indexOf(LF, start);
    if (nl < 0) nl = bytes.length;
    const { message } = decoder.pushBytes(bytes, start, nl > start && bytes[nl - 1] === CR ? nl - 1 : nl);
    if (message) messages.push(message);
    start = nl + 1;
  }
  decoder.flush();
  return { messages, stats: decoder.stats };
}
