import type { Redis } from 'ioredis';
import type { Keys } from './keys';

/** How long a handled MessageSid or CallSid is remembered: far longer than Twilio ever retries (hours). */
export const SID_MEMORY_DAYS = 400;
// Long enough for any handler to finish; a crash mid-way frees the sid for Twilio's retry.
const CLAIM_MS = 120_000;

/** Whether a Twilio request may run: fresh, already handled (a replay), or being handled right now. */
export type SidClaim = 'fresh' | 'done' | 'busy';

const CLAIM = `
if redis.call('SET', KEYS[1], 'processing', 'NX', 'PX', ARGV[1]) then return 'fresh' end
local v = redis.call('GET', KEYS[1])
if v == 'done' then return 'done' end
return 'busy'`;

/**
 * Twilio MessageSids and CallSids already handled, so that a signed request captured and replayed
 * later is refused: each is processed once. A sid is claimed before its request runs and marked
 * done after; a failure gives it back so Twilio's own retry still counts.
 */
export class TwilioSidsStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
  ) {}

  /** Claim a sid for handling. */
  async claim(sid: string): Promise<SidClaim> {
    return (await this.redis.eval(CLAIM, 1, this.keys.twilioSid(sid), CLAIM_MS)) as SidClaim;
  }

  /** The request of this sid was handled: remember it. */
  async done(sid: string): Promise<void> {
    await this.redis.set(this.keys.twilioSid(sid), 'done', 'EX', SID_MEMORY_DAYS * 86400);
  }

  /** Handling failed: let a retry of the same sid run. */
  async release(sid: string): Promise<void> {
    await this.redis.eval(
      "if redis.call('GET', KEYS[1]) == 'processing' then return redis.call('DEL', KEYS[1]) end return 0",
      1,
      this.keys.twilioSid(sid),
    );
  }
}
