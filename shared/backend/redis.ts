import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from 'pino';

/** Open a Redis connection. Workers and blocking clients need `maxRetriesPerRequest: null`. */
export function connectRedis(url: string, opts: RedisOptions = {}): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, ...opts });
}

/** What the durability contract requires of the Redis that holds acknowledged data. */
export interface DurabilityReport {
  ok: boolean;
  problems: string[];
}

/**
 * Check that Redis will neither evict nor lose an acknowledged write: `maxmemory-policy noeviction`
 * and AOF with `appendfsync always`.
 */
export async function checkDurability(redis: Redis): Promise<DurabilityReport> {
  const problems: string[] = [];
  try {
    const [, policy] = (await redis.config('GET', 'maxmemory-policy')) as string[];
    const [, aof] = (await redis.config('GET', 'appendonly')) as string[];
    const [, fsync] = (await redis.config('GET', 'appendfsync')) as string[];
    if (policy !== 'noeviction') problems.push(`maxmemory-policy is "${policy}", must be "noeviction"`);
    if (aof !== 'yes') problems.push('appendonly is off, must be "yes" (AOF)');
    if (fsync !== 'always') problems.push(`appendfsync is "${fsync}", must be "always"`);
  } catch (err) {
    problems.push(`cannot read Redis configuration (${(err as Error).message}); durability unverified`);
  }
  return { ok: problems.length === 0, problems };
}

/** Refuse to start in production on a non-durable Redis; warn loudly otherwise. */
export async function enforceDurability(redis: Redis, production: boolean, log: Logger): Promise<void> {
  const report = await checkDurability(redis);
  if (report.ok) return;
  const message = `Redis is not durable: ${report.problems.join('; ')}`;
  if (production) throw new Error(`${message}. Refusing to start (NODE_ENV=production).`);
  log.warn({ problems: report.problems }, `${message}. ACKNOWLEDGED DATA MAY BE LOST. Fine for development only.`);
}
