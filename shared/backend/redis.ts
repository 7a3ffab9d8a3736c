/**
 * The one Redis connection factory. Every connection Haven opens (stores, BullMQ queues and workers,
 * the socket.io adapter and emitter, the CLI) comes from `connectRedis`, so a single node given by
 * URL and a Sentinel set are configured in one place, with the same passwords and TLS.
 */
import fs from 'node:fs';
import { Redis, type RedisOptions } from 'ioredis';
import type { RedisConfig } from './config';
import { UnavailableError } from './errors';

/**
 * How a connection lives through a Redis outage:
 * - `api`: the HTTP process's request path. Fails fast: no offline queue, a command timeout, no
 *   resending of commands that were in flight when the connection dropped. A request then answers
 *   503 `store_unavailable` within seconds instead of hanging for the whole outage, and nothing it
 *   asked for is replayed after the client has been told it failed.
 * - `patient` (default): workers, blocking commands, pub/sub, the emitter. Waits the outage out and
 *   resumes by itself (BullMQ needs `maxRetriesPerRequest: null`).
 */
export type ConnectionKind = 'api' | 'patient';

/** Extra options of `connectRedis`. */
export type ConnectOptions = RedisOptions & { kind?: ConnectionKind; commandTimeoutMs?: number };

const TRANSIENT_REPLY = /^(READONLY|LOADING|MASTERDOWN|NOREPLICAS|TRYAGAIN|CLUSTERDOWN|NOTREADY)\b/;

// Reconnect quickly at first (a failover takes seconds), then every two seconds, with jitter so
// that a fleet of processes does not knock in step.
const retryStrategy = (times: number) => Math.min(50 * 2 ** Math.min(times, 6), 2000) + Math.floor(Math.random() * 100);

/** Open a Redis connection to a URL or to the configuration's target (single node or Sentinel). */
export function connectRedis(target: string | RedisConfig, opts: ConnectOptions = {}): Redis {
  const { kind = 'patient', commandTimeoutMs, ...rest } = opts;
  const cfg: RedisConfig = typeof target === 'string' ? urlTarget(target) : target;
  const behaviour: RedisOptions =
    kind === 'api'
      ? {
          enableOfflineQueue: false,
          autoResendUnfulfilledCommands: false,
          maxRetriesPerRequest: 0,
          commandTimeout: commandTimeoutMs ?? cfg.commandTimeoutMs,
        }
      : { maxRetriesPerRequest: null };
  const common: RedisOptions = {
    enableReadyCheck: true,
    retryStrategy,
    // A primary demoted by a failover answers READONLY: reconnect, and Sentinel names the new one.
    reconnectOnError: (err) => (err.message.startsWith('READONLY') ? 2 : false),
    ...behaviour,
    ...rest,
  };
  if (cfg.sentinels?.length) return new Redis({ ...sentinelOptions(cfg), ...common });
  return new Redis(cfg.url!, {
    ...auth(cfg),
    ...(cfg.url!.startsWith('rediss:') ? { tls: tlsOptions(cfg) } : {}),
    ...common,
  });
}

/** A connection's settings for a bare URL (tests, tools): no replicas to wait for. */
export function urlTarget(url: string): RedisConfig {
  return { url, sentinelName: 'mymaster', tls: false, waitReplicas: 0, waitTimeoutMs: 1000, commandTimeoutMs: 3000 };
}

function auth(cfg: RedisConfig): RedisOptions {
  return {
    ...(cfg.username ? { username: cfg.username } : {}),
    ...(cfg.password ? { password: cfg.password } : {}),
  };
}

function tlsOptions(cfg: RedisConfig): { ca?: Buffer } {
  return cfg.tlsCa ? { ca: fs.readFileSync(cfg.tlsCa) } : {};
}

function sentinelOptions(cfg: RedisConfig): RedisOptions {
  return {
    sentinels: cfg.sentinels,
    name: cfg.sentinelName,
    role: 'master',
    ...auth(cfg),
    ...(cfg.sentinelUsername ? { sentinelUsername: cfg.sentinelUsername } : {}),
    ...(cfg.sentinelPassword ? { sentinelPassword: cfg.sentinelPassword } : {}),
    ...(cfg.tls ? { tls: tlsOptions(cfg), enableTLSForSentinelMode: true, sentinelTLS: tlsOptions(cfg) } : {}),
    // Learn of a failover from the sentinels at once instead of from a broken connection.
    failoverDetector: true,
    sentinelRetryStrategy: (times: number) => Math.min(100 * times, 1000),
  };
}

/** Resolve once the connection is ready (an `api` connection refuses commands before that). */
export function whenReady(redis: Redis, onWait?: (waitedMs: number) => void): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const tick = setInterval(() => onWait?.(Date.now() - started), 5000);
    const done = (err?: Error) => {
      clearInterval(tick);
      redis.off('ready', ready);
      redis.off('end', ended);
      if (err) reject(err);
      else resolve();
    };
    const ready = () => done();
    const ended = () => done(new Error('Redis connection closed before it was ready'));
    redis.on('ready', ready);
    redis.on('end', ended);
  });
}

/**
 * True for the errors that mean "Redis cannot be reached right now" rather than a bug: a closed
 * or not yet open connection, a command timeout, a primary that is loading, read-only after a
 * failover, or short of replicas. They answer 503 `store_unavailable`, never 500.
 */
export function isStoreUnavailable(err: unknown): boolean {
  if (err instanceof UnavailableError) return true;
  if (!(err instanceof Error)) return false;
  if (err.name === 'MaxRetriesPerRequestError' || err.name === 'AbortError') return true;
  const m = err.message;
  return (
    m === 'Command timed out' ||
    m.startsWith("Stream isn't writeable") ||
    m.startsWith('Connection is closed') ||
    m.includes('ECONNREFUSED') ||
    m.includes('ECONNRESET') ||
    TRANSIENT_REPLY.test(m)
  );
}

/** The 503 a request answers while Redis is away. */
export function storeUnavailable(detail?: string): UnavailableError {
  return new UnavailableError(
    'store_unavailable',
    'The data store (Redis) cannot be reached right now, so this was not done' +
      `${detail ? ` (${detail})` : ''}. Try again in a few seconds; if it was a new call, check the case ` +
      'list first: a call that reached the store before the outage is there.',
  );
}

/**
 * Wait until `waitReplicas` replicas hold every write this connection made (Redis WAIT). Called
 * before an acknowledgement when replicas are configured: a write confirmed only by a primary that
 * dies the next moment would be lost in the failover. Throws a 503 when too few confirm in time.
 */
export async function confirmReplicated(redis: Redis, cfg: RedisConfig | undefined): Promise<void> {
  if (!cfg || cfg.waitReplicas <= 0) return;
  const confirmed = await redis.wait(cfg.waitReplicas, cfg.waitTimeoutMs);
  if (confirmed < cfg.waitReplicas)
    throw new UnavailableError(
      'store_unavailable',
      `Saved on the primary Redis, but only ${confirmed} of ${cfg.waitReplicas} replica(s) confirmed it within ` +
        `${cfg.waitTimeoutMs} ms, so it is not acknowledged: a failover now could lose it. Check before ` +
        'repeating it (a repeated call joins the same case).',
    );
}

/** What the durability contract requires of the Redis that holds acknowledged data. */
export interface DurabilityReport {
  ok: boolean;
  problems: string[];
  /** Non-fatal findings (fewer replicas than acknowledgements wait for). */
  warnings: string[];
}

async function nodeProblems(redis: Redis, label: string): Promise<string[]> {
  const problems: string[] = [];
  try {
    const [, policy] = (await redis.config('GET', 'maxmemory-policy')) as string[];
    const [, aof] = (await redis.config('GET', 'appendonly')) as string[];
    const [, fsync] = (await redis.config('GET', 'appendfsync')) as string[];
    if (policy !== 'noeviction') problems.push(`${label}maxmemory-policy is "${policy}", must be "noeviction"`);
    if (aof !== 'yes') problems.push(`${label}appendonly is off, must be "yes" (AOF)`);
    if (fsync !== 'always') problems.push(`${label}appendfsync is "${fsync}", must be "always"`);
  } catch (err) {
    problems.push(`${label}cannot read Redis configuration (${(err as Error).message}); durability unverified`);
  }
  return problems;
}

/**
 * Check that Redis will neither evict nor lose an acknowledged write: `maxmemory-policy noeviction`
 * and AOF with `appendfsync always`. Through Sentinel, every replica the sentinels know is checked
 * too (any of them may become the primary), and their number is compared with `waitReplicas`.
 */
export async function checkDurability(redis: Redis, cfg?: RedisConfig): Promise<DurabilityReport> {
  const problems = await nodeProblems(redis, '');
  const warnings: string[] = [];
  if (cfg?.sentinels?.length) {
    const replicas = await sentinelReplicas(cfg).catch((err: Error) => {
      problems.push(`cannot list replicas from the sentinels (${err.message})`);
      return [];
    });
    for (const r of replicas) {
      const node = connectRedis(
        { ...cfg, sentinels: undefined, url: `redis${cfg.tls ? 's' : ''}://${r.ip}:${r.port}` },
        {
          lazyConnect: true,
          maxRetriesPerRequest: 1,
          retryStrategy: () => null,
        },
      );
      try {
        problems.push(...(await nodeProblems(node, `replica ${r.ip}:${r.port}: `)));
      } finally {
        node.disconnect();
      }
    }
    if (replicas.length < cfg.waitReplicas)
      warnings.push(
        `the sentinels know ${replicas.length} healthy replica(s) but acknowledgements wait for ${cfg.waitReplicas}: ` +
          'writes answer 503 until one is back',
      );
  }
  return { ok: problems.length === 0, problems, warnings };
}

/** The healthy replicas the first reachable sentinel knows for the configured primary. */
async function sentinelReplicas(cfg: RedisConfig): Promise<{ ip: string; port: number }[]> {
  let last: Error | null = null;
  for (const s of cfg.sentinels ?? []) {
    const sentinel = new Redis({
      host: s.host,
      port: s.port,
      ...(cfg.sentinelUsername ? { username: cfg.sentinelUsername } : {}),
      ...(cfg.sentinelPassword ? { password: cfg.sentinelPassword } : {}),
      ...(cfg.tls ? { tls: tlsOptions(cfg) } : {}),
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      retryStrategy: () => null,
    });
    try {
      const rows = (await sentinel.call('SENTINEL', 'REPLICAS', cfg.sentinelName)) as string[][];
      return rows
        .map((row) => Object.fromEntries(row.flatMap((v, i) => (i % 2 ? [] : [[v, row[i + 1]]]))))
        .filter((r) => !/s_down|o_down|disconnected/.test(r.flags ?? ''))
        .map((r) => ({ ip: r.ip!, port: Number(r.port) }));
    } catch (err) {
      last = err as Error;
    } finally {
      sentinel.disconnect();
    }
  }
  throw last ?? new Error('no sentinel configured');
}

/** Refuse to start in production on a non-durable Redis; warn loudly otherwise. */
export async function enforceDurability(
  redis: Redis,
  production: boolean,
  log: { warn: (obj: object, msg: string) => void },
  cfg?: RedisConfig,
): Promise<void> {
  const report = await checkDurability(redis, cfg);
  if (report.warnings.length)
    log.warn({ warnings: report.warnings }, `Redis replication: ${report.warnings.join('; ')}`);
  if (report.ok) return;
  const message = `Redis is not durable: ${report.problems.join('; ')}`;
  if (production) throw new Error(`${message}. Refusing to start (NODE_ENV=production).`);
  log.warn({ problems: report.problems }, `${message}. ACKNOWLEDGED DATA MAY BE LOST. Fine for development only.`);
}
