import type { Redis } from 'ioredis';
import type { OutboxMessage } from '../../realtime/events';
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

  /** The newest messages. */
  async recent(limit = 100): Promise<OutboxMessage[]> {
    const ids = await this.redis.lrange(this.keys.outbox(), -limit, -1);
    if (!ids.length) return [];
    const raws = await this.redis.mget(ids.map((id) => this.keys.notification(id)));
    return raws.filter((r): r is string => r !== null).map((r) => JSON.parse(r) as OutboxMessage);
  }
}
