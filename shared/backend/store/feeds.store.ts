import type { Redis } from 'ioredis';
import type { Keys } from './keys';

/** Per-feed counters (AIS listeners), kept in Redis so that every server process can report them. */
export class FeedsStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
  ) {}

  /** Add to a feed's counters. */
  async add(feed: string, deltas: Record<string, number>): Promise<void> {
    const entries = Object.entries(deltas).filter(([, n]) => n !== 0);
    if (!entries.length) return;
    const m = this.redis.multi();
    for (const [k, n] of entries) m.hincrby(this.keys.feed(feed), k, n);
    m.sadd(this.keys.feeds(), feed);
    await m.exec();
  }

  /** Every feed's counters. */
  async counters(): Promise<Record<string, Record<string, number>>> {
    const feeds = await this.redis.smembers(this.keys.feeds());
    const out: Record<string, Record<string, number>> = {};
    for (const f of feeds)
      out[f] = Object.fromEntries(
        Object.entries(await this.redis.hgetall(this.keys.feed(f))).map(([k, v]) => [k, Number(v)]),
      );
    return out;
  }
}
