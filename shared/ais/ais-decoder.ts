/**
 * The stateful decoder a feed listener keeps, one per feed: push each line as it arrives, get back
 * the message it completed (if any) or why it was set aside. It never throws, whatever the input,
 * and counts every line: decoded, held in an unfinished multipart message, or skipped with a reason.
 */
import type { AisMessage } from './ais-message';
import { BitReader, MAX_PAYLOAD_CHARS, isArmoured } from './bit-reader';
import { decodeMessage } from './decode-message';
import { DEFAULT_FRAGMENT_TIMEOUT_MS, DEFAULT_MAX_PENDING, MultipartAssembler } from './multipart';
import { parseVdmSentence } from './nmea-sentence';
import { emptyReasonCounts, isSkipReason, type SkipReason } from './skip-reason';
import { parseTagBlockBytes, type TagBlock } from './tag-block';

/** Tuning for multipart assembly. */
export interface AisDecoderOptions {
  /** Give up a multipart message whose fragments are not all in after this long (default 5 s). */
  fragmentTimeoutMs?: number;
  /** Most multipart messages assembled at once (default 64); the oldest is given up beyond it. */
  maxPendingMessages?: number;
}

/** What one line produced: a message, a skip reason, or neither (a fragment awaiting the rest). */
export interface AisPushResult {
  message?: AisMessage;
  skipped?: SkipReason;
  /** The line's NMEA 4.x tag block, when it had a valid one. */
  tagBlock?: TagBlock;
  /** True when the message came in a VDO sentence: the receiver's own ship. */
  ownShip?: boolean;
}

/** Counters; `lines` always equals linesDecoded + linesPending + linesSkipped. */
export interface AisDecoderStats {
  lines: number;
  messages: number;
  /** Lines that went into decoded messages (a two-part message uses two). */
  linesDecoded: number;
  /** Lines held in multipart messages not yet complete. */
  linesPending: number;
  linesSkipped: number;
  /** linesSkipped by reason. */
  reasons: Record<SkipReason, number>;
}

const FRAGMENT_HELD: AisPushResult = Object.freeze({});
/** Longest line `push` looks at; the sentence and checksum of any real line come well before. */
const MAX_LINE_BYTES = 4096;

/** Decodes one feed's lines; keeps the multipart state of that feed. */
export class AisDecoder {
  private readonly reader = new BitReader();
  private readonly encoder = new TextEncoder();
  private readonly scratch = new Uint8Array(MAX_LINE_BYTES);
  private readonly assembler: MultipartAssembler;
  private readonly reasons = emptyReasonCounts();
  private lines = 0;
  private messages = 0;
  private linesDecoded = 0;
  private linesSkipped = 0;

  constructor(options: AisDecoderOptions = {}) {
    this.assembler = new MultipartAssembler(
      options.fragmentTimeoutMs ?? DEFAULT_FRAGMENT_TIMEOUT_MS,
      options.maxPendingMessages ?? DEFAULT_MAX_PENDING,
    );
  }

  /** Decodes one line; `now` (ms) dates multipart fragments and defaults to the clock. */
  push(line: string, now?: number): AisPushResult {
    // NMEA is ASCII: any other character makes the line invalid wherever it lands in the bytes.
    const { written } = this.encoder.encodeInto(line, this.scratch);
    return this.pushBytes(this.scratch, 0, written, now);
  }

  /** Decodes the line `bytes[start, end)` (without its line break), as read from a socket or file. */
  pushBytes(bytes: Uint8Array, start: number, end: number, now?: number): AisPushResult {
    this.lines++;
    const s = parseVdmSentence(bytes, Math.max(0, start), Math.min(end, bytes.length));
    if (isSkipReason(s)) return this.skip(s, 1);
    const tagBlock = s.tagStart >= 0 ? parseTagBlockBytes(bytes, s.tagStart, s.tagEnd) : undefined;
    const reader = this.reader;
    if (s.fragmentCount === 1) {
      if (!reader.load(bytes, s.payloadStart, s.payloadEnd, s.fillBits)) {
        return this.skip(s.payloadEnd - s.payloadStart > MAX_PAYLOAD_CHARS ? 'oversized-payload' : 'bad-payload', 1);
      }
      return this.finish(1, tagBlock, s.ownShip);
    }
    if (!isArmoured(bytes, s.payloadStart, s.payloadEnd)) return this.skip('bad-payload', 1);
    const payload = bytes.subarray(s.payloadStart, s.payloadEnd);
    const outcome = this.assembler.add(
      s.channel,
      s.sequenceId,
      s.fragmentCount,
      s.fragmentNumber,
      payload,
      now ?? Date.now(),
    );
    if (outcome.dropped > 0) this.count('incomplete', outcome.dropped);
    if (outcome.kind === 'pending') return FRAGMENT_HELD;
    if (outcome.kind === 'orphan') return this.skip('orphan-fragment', 1);
    reader.begin();
    for (const part of outcome.parts) {
      if (!reader.append(part, 0, part.length)) return this.skip('oversized-payload', outcome.parts.length);
    }
    reader.finish(s.fillBits);
    return this.finish(outcome.parts.length, tagBlock, s.ownShip);
  }

  /** Gives up multipart messages older than the timeout; a listener calls this on a timer. */
  sweep(now: number = Date.now()): void {
    const dropped = this.assembler.expire(now);
    if (dropped > 0) this.count('incomplete', dropped);
  }

  /** End of input: whatever is still being assembled will never complete. */
  flush(): void {
    const dropped = this.assembler.clear();
    if (dropped > 0) this.count('incomplete', dropped);
  }

  /** A snapshot of the counters. */
  get stats(): AisDecoderStats {
    return {
      lines: this.lines,
      messages: this.messages,
      linesDecoded: this.linesDecoded,
      linesPending: this.assembler.pendingLines,
      linesSkipped: this.linesSkipped,
      reasons: { ...this.reasons },
    };
  }

  private finish(lines: number, tagBlock: TagBlock | undefined, ownShip: boolean): AisPushResult {
    const decoded = decodeMessage(this.reader);
    if (isSkipReason(decoded)) return this.skip(decoded, lines);
    this.messages++;
    this.linesDecoded += lines;
    if (tagBlock === undefined && !ownShip) return { message: decoded };
    return ownShip ? { message: decoded, tagBlock, ownShip } : { message: decoded, tagBlock };
  }

  private skip(reason: SkipReason, lines: number): AisPushResult {
    this.count(reason, lines);
    return { skipped: reason };
  }

  private count(reason: SkipReason, lines: number): void {
    this.reasons[reason] += lines;
    this.linesSkipped += lines;
  }
}
