import type { Redis } from 'ioredis';
import { exec } from './cases.store';
import type { Keys } from './keys';

// Twilio may repeat a status callback; a month is far longer than it ever does.
const TTL_SECONDS = 30 * 86400;

/** Delivery reports (Twilio status callbacks) per notification, so each outcome is recorded once. */
export class DeliveriesStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
  ) {}

  /** Remember that `outcome` was reported for a notification; true the first time only. */
  async firstReport(notificationId: string, outcome: string): Promise<boolean> {
    const key = this.keys.delivery(notificationId);
    const [fresh] = await exec(
      this.redis.multi().hsetnx(key, outcome, new Date().toISOString()).expire(key, TTL_SECONDS),
    );
    return fresh === 1;
  }

  /** When a notification was reported failed (or Twilio refused it for good), or null. */
  async failedAt(notificationId: string): Promise<string | null> {
    return this.redis.hget(this.keys.delivery(notificationId), 'failed');
  }

  /** When a notification was reported delivered (an SMS arrived, a call was answered), or null. */
  async deliveredAt(notificationId: string): Promise<string | null> {
    return this.redis.hget(this.keys.delivery(notificationId), 'delivered');
  }
}
