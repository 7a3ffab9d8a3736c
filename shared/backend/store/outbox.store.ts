import type { Redis } from 'ioredis';
import type { OutboxMessage } from '../../realtime/events';
import type { RelayMark } from '../../domain/notification';
import type { Keys } from './keys';

export type { OutboxMessage };

/** The outbox: notifications stored instead of sent, newest last, capped. */
export class OutboxStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
  ) {}

  /** Record a message once (idempotent per notification id). Returns false if it was already there. */
  async put(msg: OutboxMessage): Promise<boolean> {
    const fresh = await this.redis.set(this.keys.notification(msg.id), JSON.stringify(msg), 'NX');
    if (fresh) await this.redis.multi().rpush(this.keys.outbox(), msg.id).ltrim(this.keys.outbox(), -10000, -1).exec();
    return fresh === 'OK';
  }

  /** The newest messages, each with its relay mark (null until someone relayed it). */
  async recent(limit = 100): Promise<OutboxMessage[]> {
    const ids = await this.redis.lrange(this.keys.outbox(), -limit, -1);
    if (!ids.length) return [];
    const [raws, marks] = await Promise.all([
      this.redis.mget(ids.map((id) => this.keys.notification(id))),
      this.redis.hmget(this.keys.outboxRelayed(), ...ids),
    ]);
    const out: OutboxMessage[] = [];
    raws.forEach((r, i) => {
      if (r === null) return;
      const mark = marks[i];
      out.push({ ...(JSON.parse(r) as OutboxMessage), relayed: mark ? (JSON.parse(mark) as RelayMark) : null });
    });
    return out;
  }

  /** One message, or null. */
  async get(id: string): Promise<OutboxMessage | null> {
    const [raw, mark] = await Promise.all([
      this.redis.get(this.keys.notification(id)),
      this.redis.hget(this.keys.outboxRelayed(), id),
    ]);
    if (!raw) return null;
    return { ...(JSON.parse(raw) as OutboxMessage), relayed: mark ? (JSON.parse(mark) as RelayMark) : null };
  }

  /**
   * Marks a message relayed by hand. The first mark wins (HSETNX): two operators who both press
   * "relayed" leave one mark, and the second learns who was first. Answers the standing mark and
   * whether this call set it.
   */
  async markRelayed(id: string, mark: RelayMark): Promise<{ mark: RelayMark; first: boolean }> {
    const set = await this.redis.hsetnx(this.keys.outboxRelayed(), id, JSON.stringify(mark));
    if (set === 1) return { mark, first: true };
    const standing = await this.redis.hget(this.keys.outboxRelayed(), id);
    return { mark: standing ? (JSON.parse(standing) as RelayMark) : mark, first: false };
  }
}
