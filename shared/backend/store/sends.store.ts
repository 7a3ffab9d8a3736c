import type { Redis } from 'ioredis';
import type { Keys } from './keys';

// Far longer than any retry of a notification job.
const TTL_SECONDS = 30 * 86400;

/** A send's reservation: when it was reserved, and Twilio's SID once Twilio has taken it. */
export interface SendReservation {
  reservedAt: string;
  sid: string | null;
}

/**
 * At most one message per notification (request, contact, channel), even across crashes: a send
 * is reserved here before Twilio is asked, and Twilio's SID is recorded once it answered. A retry
 * that finds a reservation without a SID does not know whether Twilio took the message (a crash or
 * a timeout after Twilio accepted it), so it asks Twilio instead of sending again.
 */
export class SendsStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
  ) {}

  /** Reserve a send; null when it is fresh (go ahead), else the earlier reservation. */
  async reserve(notificationId: string, at = new Date()): Promise<SendReservation | null> {
    const key = this.keys.send(notificationId);
    const res = (await this.redis.eval(RESERVE, 1, key, at.toISOString(), String(TTL_SECONDS))) as [string, string];
    if (res[0] === 'fresh') return null;
    return { reservedAt: res[0], sid: res[1] || null };
  }

  /** Record the SID Twilio gave the message (or the one found when reconciling). */
  async recordSid(notificationId: string, sid: string): Promise<void> {
    await this.redis.hset(this.keys.send(notificationId), 'sid', sid);
  }
}

const RESERVE = `
if redis.call('HSETNX', KEYS[1], 'reservedAt', ARGV[1]) == 1 then
  redis.call('EXPIRE', KEYS[1], ARGV[2])
  return {'fresh', ''}
end
local h = redis.call('HMGET', KEYS[1], 'reservedAt', 'sid')
return {h[1] or '', h[2] or ''}`;
