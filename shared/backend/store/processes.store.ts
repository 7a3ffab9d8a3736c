import type { Redis } from 'ioredis';
import type { Keys } from './keys';

/** What a process says about itself in its heartbeat. */
export interface ProcessInfo {
  id: string;
  role: 'server' | 'worker';
  host: string;
  pid: number;
  startedAt: string;
}

/** A process as /healthz shows it: its heartbeat and how long ago it beat. */
export interface LiveProcess extends ProcessInfo {
  lastSeenMs: number;
}

/** A lease's holder and how long it has left. */
export interface LeaseState {
  holder: string | null;
  expiresInMs: number | null;
}

// Take the lease when it is free, or extend it when we hold it; never take it from a live holder.
const ACQUIRE = `
local cur = redis.call('GET', KEYS[1])
if not cur then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
if cur == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
return 0`;

const RELEASE = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";

/**
 * Liveness of the deployment's processes (heartbeats with a time to live) and leases: things that
 * must run once per deployment, whatever the number of workers (the AIS feed listeners), are done
 * by the holder of a lease that expires when its holder stops renewing it.
 */
export class ProcessesStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
  ) {}

  /** Record that a process is alive for the next `ttlMs`. */
  async beat(info: ProcessInfo, ttlMs: number, now = Date.now()): Promise<void> {
    const m = this.redis.multi();
    m.set(this.keys.process(info.id), JSON.stringify(info), 'PX', ttlMs);
    m.zadd(this.keys.processes(), now, info.id);
    // Processes silent for an hour leave the index (their heartbeat key expired long ago).
    m.zremrangebyscore(this.keys.processes(), '-inf', now - 3_600_000);
    await m.exec();
  }

  /** A process stopped cleanly: it leaves the list at once. */
  async leave(id: string): Promise<void> {
    await this.redis.multi().del(this.keys.process(id)).zrem(this.keys.processes(), id).exec();
  }

  /** Processes whose heartbeat has not expired. */
  async live(now = Date.now()): Promise<LiveProcess[]> {
    const rows = await this.redis.zrevrangebyscore(this.keys.processes(), '+inf', now - 3_600_000, 'WITHSCORES');
    const ids: string[] = [];
    const seen = new Map<string, number>();
    for (let i = 0; i < rows.length; i += 2) {
      ids.push(rows[i]!);
      seen.set(rows[i]!, Number(rows[i + 1]));
    }
    if (!ids.length) return [];
    const infos = await this.redis.mget(ids.map((id) => this.keys.process(id)));
    return infos.flatMap((raw, i) =>
      raw ? [{ ...(JSON.parse(raw) as ProcessInfo), lastSeenMs: now - seen.get(ids[i]!)! }] : [],
    );
  }

  /** Take or extend a lease; true while `holder` holds it. */
  async acquireLease(name: string, holder: string, ttlMs: number): Promise<boolean> {
    return (await this.redis.eval(ACQUIRE, 1, this.keys.lease(name), holder, ttlMs)) === 1;
  }

  /** Give a lease back (a clean stop), so another process takes over at once. */
  async releaseLease(name: string, holder: string): Promise<void> {
    await this.redis.eval(RELEASE, 1, this.keys.lease(name), holder);
  }

  /** Who holds a lease. */
  async lease(name: string): Promise<LeaseState> {
    const [holder, ttl] = await Promise.all([
      this.redis.get(this.keys.lease(name)),
      this.redis.pttl(this.keys.lease(name)),
    ]);
    return { holder, expiresInMs: holder && ttl >= 0 ? ttl : null };
  }
}
