/** Decoding a whole text at once (a file's contents, a test fixture): one fresh decoder, flushed. */
import type { AisMessage } from './ais-message';
import { AisDecoder, type AisDecoderOptions, type AisDecoderStats } from './ais-decoder';

/** Every message in `text` (lines split on LF or CRLF), in order, with the decoder's counters. */
export function decodeAisText(text: string, options?: AisDecoderOptions): { messages: AisMessage[]; stats: AisDecoderStats } {
  const decoder = new AisDecoder(options);
  const messages: AisMessage[] = [];
  const lines = text.split('\n');
  // A final newline ends the last line; it does not start an empty one.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) {
    const { message } = decoder.push(line);
    if (message) messages.push(message);
  }
  decoder.flush();
  return { messages, stats: decoder.stats };
}
