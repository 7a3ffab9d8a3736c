/**
 * One feed's decoding state. Multipart messages are keyed by channel and sequence id only, so an
 * aggregated feed that interleaves several receivers (told apart by their NMEA 4.x tag block `s:`)
 * gets one AisDecoder per receiver; otherwise one receiver's fragments would complete another's.
 */
import { AisDecoder, type AisDecoderStats, type AisPushResult } from '../../shared/ais';
import { parseTagBlockBytes } from '../../shared/ais/tag-block';

/** Most receivers tracked per feed; the least recently heard is dropped beyond it. */
const MAX_SOURCES = 256;
const BACKSLASH = 92;

/** Counter deltas: `lines`, `messages`, `skipped:<reason>`. */
export type Deltas = Record<string, number>;

/** Decodes one feed's lines, per tag block source. */
export class FeedDecoder {
  private readonly decoders = new Map<string, AisDecoder>();
  private readonly reported = new Map<AisDecoder, AisDecoderStats>();
  /** `g:` group id -> source, for later fragments whose tag block carries the group only. */
  private readonly groups = new Map<string, string>();
  private retired: Deltas = {};
  // Most feeds have one source, or long runs of one: skip the map while it does not change.
  private lastSource = '';
  private lastDecoder: AisDecoder | null = null;

  /** Decodes the line `bytes[start, end)`. */
  push(bytes: Uint8Array, start: number, end: number, now: number): AisPushResult {
    return this.decoderFor(bytes, start, end).pushBytes(bytes, start, end, now);
  }

  /** Gives up multipart messages that waited too long (call about once a second). */
  sweep(now: number): void {
    for (const d of this.decoders.values()) d.sweep(now);
  }

  /** Counter deltas since the last call. */
  takeDeltas(): Deltas {
    const out = this.retired;
    this.retired = {};
    for (const d of this.decoders.values()) this.addDelta(out, d);
    return out;
  }

  /** End of the feed: unfinished multipart messages are counted as incomplete. */
  close(): void {
    for (const d of this.decoders.values()) d.flush();
  }

  private decoderFor(bytes: Uint8Array, start: number, end: number): AisDecoder {
    let source = '';
    if (bytes[start] === BACKSLASH) {
      let close = start + 1;
      while (close < end && bytes[close] !== BACKSLASH) close++;
      const tag = close < end ? parseTagBlockBytes(bytes, start + 1, close) : undefined;
      if (tag?.source !== undefined) {
        source = tag.source;
        if (tag.group) this.remember(tag.group.id, source);
      } else if (tag?.group) {
        source = this.groups.get(tag.group.id) ?? '';
      }
    }
    if (source === this.lastSource && this.lastDecoder) return this.lastDecoder;
    let d = this.decoders.get(source);
    this.lastSource = source;
    if (d) {
      // Map order is insertion order: re-inserting keeps the most recently heard last.
      this.decoders.delete(source);
      this.decoders.set(source, d);
      return (this.lastDecoder = d);
    }
    if (this.decoders.size >= MAX_SOURCES) this.retire(this.decoders.keys().next().value!);
    d = new AisDecoder();
    this.decoders.set(source, d);
    return (this.lastDecoder = d);
  }

  private remember(group: string, source: string): void {
    this.groups.delete(group);
    this.groups.set(group, source);
    if (this.groups.size > MAX_SOURCES) this.groups.delete(this.groups.keys().next().value!);
  }

  private retire(source: string): void {
    const d = this.decoders.get(source)!;
    if (d === this.lastDecoder) this.lastDecoder = null;
    d.flush();
    this.addDelta(this.retired, d);
    this.reported.delete(d);
    this.decoders.delete(source);
  }

  private addDelta(out: Deltas, d: AisDecoder): void {
    const now = d.stats;
    const before = this.reported.get(d);
    const add = (key: string, n: number) => {
      if (n) out[key] = (out[key] ?? 0) + n;
    };
    add('lines', now.lines - (before?.lines ?? 0));
    add('messages', now.messages - (before?.messages ?? 0));
    for (const [reason, n] of Object.entries(now.reasons))
      add(`skipped:${reason}`, n - (before?.reasons[reason as keyof typeof now.reasons] ?? 0));
    this.reported.set(d, now);
  }
}
