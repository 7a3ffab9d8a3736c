import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import type { Logger } from 'pino';
import { createApp } from './app';
import type { Config } from '../shared/backend/config';
import type { Deps } from './deps';
import { connectRedis, enforceDurability, whenReady } from '../shared/backend/redis';
import { Queues } from '../shared/backend/queues';
import { LoginLimiter } from './auth/login-limiter';
import { Metrics } from './infra/metrics';
import { Broadcaster } from '../shared/backend/realtime/broadcaster';
import { createIo } from './realtime/io';
import { startSessionSweep } from './realtime/session-sweep';
import { createStore, storeSettings } from '../shared/backend/store';
import { isOnLand } from '../shared/geo/land';
import { Heartbeat } from '../shared/backend/liveness/heartbeat';

/** A running server's handle. */
export interface ServerHandle {
  port: number;
  http: HttpServer;
  app: Express;
  deps: Deps;
  close(): Promise<void>;
}

/** Wire the real dependencies, listen, and return a closer that shuts everything down in order. */
export async function startServer(config: Config, log: Logger): Promise<ServerHandle> {
  if (!config.redis) throw new Error('REDIS_URL or REDIS_SENTINELS is required');
  // Build the land index now (about a second), not during the first distress call.
  isOnLand(0, 0);
  const slog = log.child({ component: 'server' });
  // The request path fails fast while Redis is away (503 within seconds); pub/sub waits it out.
  const redis = connectRedis(config.redis, { kind: 'api', connectionName: 'haven-server' });
  redis.on('error', (err: Error) => slog.debug({ err: err.message }, 'redis connection error'));
  await whenReady(redis, (ms) => slog.warn({ waitedMs: ms }, 'waiting for Redis'));
  await enforceDurability(redis, config.env === 'production', slog, config.redis);
  const store = createStore(redis, config.prefix, storeSettings(config));
  const queues = new Queues(redis, store.keys.bullPrefix(), {
    notifyBackoffMs: config.notifyBackoffMs,
    jobBackoffMs: config.jobBackoffMs,
    onError: (err) => slog.debug({ err: err.message }, 'queue connection error'),
  });
  const pub = connectRedis(config.redis, { connectionName: 'haven-server-pub' });
  const sub = pub.duplicate({ connectionName: 'haven-server-sub' });
  for (const c of [pub, sub]) c.on('error', (err: Error) => slog.debug({ err: err.message }, 'redis pub/sub error'));
  const http = createServer();
  const io = createIo(http, store, pub, sub);
  const metrics = new Metrics({
    queueDepths: () => queues.depths(),
    feeds: () => store.feeds.counters(),
    workers: async () => {
      const ids = (await store.processes.live()).filter((p) => p.role === 'worker').map((p) => p.id);
      if (!ids.length) return [];
      const blobs = await store.redis.mget(ids.map((id) => store.keys.workerMetrics(id)));
      return blobs.filter((b): b is string => b !== null);
    },
  });
  const heartbeat = new Heartbeat(store.processes, 'server', slog);
  await heartbeat.start();
  const deps: Deps = {
    config,
    store,
    queues,
    metrics,
    log: slog,
    broadcast: new Broadcaster(io),
    loginLimiter: new LoginLimiter(store, config.loginLimits),
  };
  const stopSweep = startSessionSweep(io, store, deps.log);
  const app = createApp(deps);
  http.on('request', app);
  await new Promise<void>((resolve, reject) => http.once('error', reject).listen(config.port, config.host, resolve));
  const port = (http.address() as AddressInfo).port;
  deps.log.info({ port }, 'server listening');
  return {
    port,
    http,
    app,
    deps,
    async close() {
      stopSweep();
      // io.close also closes the HTTP server; in-flight requests finish first.
      await new Promise<void>((resolve) => {
        void io.close(() => resolve());
      });
      await heartbeat.stop();
      await queues.close();
      await Promise.all([redis, pub, sub].map((c) => c.quit().catch(() => c.disconnect())));
    },
  };
}
