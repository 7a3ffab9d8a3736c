/**
 * One feed as the ingest core sees it: a named source of lines (a TCP connection, a UDP sender, the
 * outbound client, the simulator) with its own decoding state. Several feeds may share a name (two
 * connections from one receiver): their counters add up, their multipart state stays apart.
 */
import type { AisMessage, TagBlock } from '../../shared/ais';
import type { VesselPosition } from '../../shared/domain/vessel';
import { FeedDecoder, type Deltas } from './feed-decoder';
import type { LineSink } from './line-splitter';

/** Where a feed's decoded messages and closing go (the ingest core). */
export interface FeedOwner {
  report(feed: IngestFeed, message: AisMessage, tagBlock: TagBlock | undefined, now: number): void;
  count(feed: string, counter: string, n?: number): void;
  closed(feed: IngestFeed): void;
}

/** A feed: push lines in, decoded messages go to the owner. */
export class IngestFeed implements LineSink {
  private readonly decoder = new FeedDecoder();
  private readonly encoder = new TextEncoder();
  private open = true;

  constructor(
    readonly name: string,
    readonly source: VesselPosition['source'],
    private readonly owner: FeedOwner,
  ) {}

  /** Decodes the line `bytes[start, end)`. */
  line(bytes: Uint8Array, start: number, end: number): void {
    if (!this.open) return;
    const now = Date.now();
    const r = this.decoder.push(bytes, start, end, now);
    if (r.message) this.owner.report(this, r.message, r.tagBlock, now);
  }

  /** A line longer than any sentence was dropped before decoding. */
  tooLong(): void {
    this.owner.count(this.name, 'lines');
    this.owner.count(this.name, 'skipped:too-long');
  }

  /** Decodes text holding one or more lines (a UDP datagram, a simulator tick). */
  text(text: string): void {
    for (const line of text.split(/\r\n|\r|\n/)) {
      if (!line) continue;
      const bytes = this.encoder.encode(line);
      this.line(bytes, 0, bytes.length);
    }
  }

  /** Adds to one of this feed's counters (`bytes`, `connections`...). */
  count(counter: string, n = 1): void {
    this.owner.count(this.name, counter, n);
  }

  /** Gives up multipart messages that waited too long. */
  sweep(now: number): void {
    this.decoder.sweep(now);
  }

  /** Decoder counter deltas since the last call. */
  takeDeltas(): Deltas {
    return this.decoder.takeDeltas();
  }

  /** The feed ended: what was half-assembled is counted as incomplete; later lines are ignored. */
  close(): void {
    if (!this.open) return;
    this.open = false;
    this.decoder.close();
    this.owner.closed(this);
  }
}
