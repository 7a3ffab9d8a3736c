/**
 * The ingest core every AIS source feeds: decoded messages become positions and static data in a
 * batch that is flushed every few hundred milliseconds, to the vessel store and to the consoles in
 * one `vessels:positions` message. When the batch grows past a bound (Redis slow or away), sources
 * are told to hold back until a flush has drained it: no buffer grows without limit.
 */
import type { AisMessage, TagBlock } from '../../shared/ais';
import type { VesselPosition } from '../../shared/domain/vessel';
import type { VesselStatic } from '../../shared/backend/store/vessels.store';
import type { Logger } from '../../shared/backend/logger';
import { FeedCounters } from './feed-counters';
import { IngestFeed, type FeedOwner } from './ingest-feed';
import { reportTime, toPosition, toStatic, type Labelling } from './message-to-vessel';
import { PositionBatch } from './position-batch';

/** Where flushed batches go: the vessel store, the feed counters, the consoles. */
export interface IngestTarget {
  putPositions(positions: VesselPosition[]): Promise<VesselPosition[]>;
  putStatic(entries: { mmsi: string; data: VesselStatic }[]): Promise<VesselPosition[]>;
  addCounters(feed: string, deltas: Record<string, number>): Promise<void>;
  broadcast(batch: VesselPosition[]): void;
}

/** Tuning; the defaults suit a busy coastal feed. */
export interface AisIngestOptions {
  /** MMSIs of known rescue assets. */
  rescueMmsis?: Iterable<string>;
  /** How often the batch is flushed (default 300 ms). */
  flushMs?: number;
  /**
   * Entries the batch may hold before sources are paused (default 50 000: more than the vessels a
   * busy feed hears, so repeats merge).
   */
  maxPending?: number;
  /** How often counters are written and multipart messages expired (default 1 s). */
  countersMs?: number;
  /** Where flush lag and batch sizes are observed (the worker's metrics). */
  metrics?: { aisLag: { observe(seconds: number): void }; aisBatch: { observe(n: number): void } };
}

/** The ingest core: open feeds, push lines, close when done. */
export class AisIngest implements FeedOwner {
  private readonly batch = new PositionBatch();
  private readonly counters = new FeedCounters();
  private readonly feeds = new Set<IngestFeed>();
  private readonly maxPending: number;
  private readonly timers: NodeJS.Timeout[];
  private readonly labels: Record<VesselPosition['source'], Labelling>;
  // At feed rate hundreds of reports share a millisecond: format its timestamp once.
  private lastTime = NaN;
  private lastIso = '';
  private flushing: Promise<void> | null = null;
  private writingCounters = false;
  private drainWaiters: (() => void)[] = [];
  // When the oldest report still waiting in the batch arrived: the flush's lag is measured from it.
  private firstArrival = 0;

  constructor(
    private readonly target: IngestTarget,
    private readonly log: Logger,
    private readonly options: AisIngestOptions = {},
  ) {
    const rescue = new Set(options.rescueMmsis ?? []);
    this.labels = {
      ais: { source: 'ais', rescue },
      crew: { source: 'crew', rescue },
      simulator: { source: 'simulator', rescue },
    };
    this.maxPending = options.maxPending ?? 50_000;
    this.timers = [
      // A tick while a flush is still waiting on Redis does nothing: waiters must not pile up.
      setInterval(() => {
        if (!this.flushing) void this.flush();
      }, options.flushMs ?? 300),
      setInterval(() => {
        if (!this.writingCounters) void this.writeCounters();
      }, options.countersMs ?? 1000),
    ];
  }

  /** A new feed; `source` labels its positions ('simulator' for the demo's). */
  openFeed(name: string, source: VesselPosition['source'] = 'ais'): IngestFeed {
    const feed = new IngestFeed(name, source, this);
    this.feeds.add(feed);
    return feed;
  }

  /** True while the batch is over its bound: sources should pause (or drop, for UDP). */
  get overloaded(): boolean {
    return this.batch.size >= this.maxPending;
  }

  /** Resolves once a flush has brought the batch back under its bound. */
  whenDrained(): Promise<void> {
    if (!this.overloaded) return Promise.resolve();
    return new Promise((resolve) => this.drainWaiters.push(resolve));
  }

  /** Writes and broadcasts what is waiting (after any flush in progress); resolves when done. */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (this.batch.size === 0) return this.releaseWaiters();
    this.flushing = this.flushBatch().finally(() => {
      this.flushing = null;
    });
    await this.flushing;
    // Sources filled the batch again while we wrote: go again at once instead of waiting a tick.
    if (this.overloaded) await this.flush();
  }

  /** Stops the timers, ends every feed, and flushes the last batch and counters. */
  async close(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    for (const feed of [...this.feeds]) feed.close();
    await this.flush();
    await this.writeCounters();
    this.releaseWaiters();
  }

  /** FeedOwner: a feed decoded a message. */
  report(feed: IngestFeed, message: AisMessage, tagBlock: TagBlock | undefined, now: number): void {
    const position = toPosition(message, this.isoTime(reportTime(now, tagBlock?.receivedAt)), this.labels[feed.source]);
    if (this.batch.size === 0) this.firstArrival = now;
    if (position) this.batch.addPosition(position);
    const data = toStatic(message);
    if (data) this.batch.addStatic(data.mmsi, data.data);
    if (this.overloaded && !this.flushing) void this.flush();
  }

  /** FeedOwner: add to a feed's counter. */
  count(feed: string, counter: string, n = 1): void {
    this.counters.add(feed, counter, n);
  }

  /** FeedOwner: a feed ended; its last counts are kept. */
  closed(feed: IngestFeed): void {
    this.counters.addAll(feed.name, feed.takeDeltas());
    this.feeds.delete(feed);
  }

  private isoTime(ms: number): string {
    if (ms !== this.lastTime) {
      this.lastTime = ms;
      this.lastIso = new Date(ms).toISOString();
    }
    return this.lastIso;
  }

  private async flushBatch(): Promise<void> {
    const { positions, statics } = this.batch.take();
    const arrived = this.firstArrival;
    try {
      // Static data first, so that positions in the same batch already carry their names.
      const renamed = await this.target.putStatic(statics);
      const accepted = await this.target.putPositions(positions);
      const moved = new Set(accepted.map((p) => p.mmsi));
      this.target.broadcast([...accepted, ...renamed.filter((p) => !moved.has(p.mmsi))]);
      this.options.metrics?.aisLag.observe(Math.max(0, Date.now() - arrived) / 1000);
      this.options.metrics?.aisBatch.observe(positions.length + statics.length);
    } catch (err) {
      // Positions are superseded within seconds; a lost batch is logged, never retried forever.
      this.log.error({ err, positions: positions.length, statics: statics.length }, 'AIS batch not stored');
    } finally {
      this.releaseWaiters();
    }
  }

  private releaseWaiters(): void {
    if (this.overloaded) return;
    const waiters = this.drainWaiters;
    this.drainWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private async writeCounters(): Promise<void> {
    const now = Date.now();
    for (const feed of this.feeds) {
      feed.sweep(now);
      this.counters.addAll(feed.name, feed.takeDeltas());
    }
    this.writingCounters = true;
    try {
      for (const [feed, deltas] of this.counters.take()) await this.target.addCounters(feed, deltas);
    } catch (err) {
      this.log.warn({ err }, 'AIS feed counters not written');
    } finally {
      this.writingCounters = false;
    }
  }
}
