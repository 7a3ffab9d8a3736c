import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import type { Logger } from 'pino';
import { createApp } from './app';
import type { Config } from '../shared/backend/config';
import type { Deps } from './deps';
import { connectRedis, enforceDurability } from '../shared/backend/redis';
import { Queues } from '../shared/backend/queues';
import { Metrics } from './infra/metrics';
import { Broadcaster } from '../shared/backend/realtime/broadcaster';
import { createIo } from './realtime/io';
import { createStore } from '../shared/backend/store';
import { isOnLand } from '../shared/geo/land';

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
  if (!config.redisUrl) throw new Error('REDIS_URL is required');
  // Build the land index now (about a second), not during the first distress call.
  isOnLand(0, 0);
  const redis = connectRedis(config.redisUrl);
  await enforceDurability(redis, config.env === 'production', log.child({ component: 'server' }));
  const store = createStore(redis, config.prefix, config.sessionSecret);
  const queues = new Queues(redis, store.keys.bullPrefix(), { notifyBackoffMs: config.notifyBackoffMs });
  const pub = connectRedis(config.redisUrl);
  const sub = pub.duplicate();
  const http = createServer();
  const io = createIo(http, store, pub, sub);
  const metrics = new Metrics({ queueDepths: () => queues.depths(), feeds: () => store.feeds.counters() });
  const deps: Deps = {
    config,
    store,
    queues,
    metrics,
    log: log.child({ component: 'server' }),
    broadcast: new Broadcaster(io),
  };
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
      // io.close also closes the HTTP server; in-flight requests finish first.
      await new Promise<void>((resolve) => {
        void io.close(() => resolve());
      });
      await queues.close();
      await Promise.all([redis, pub, sub].map((c) => c.quit().catch(() => undefined)));
    },
  };
}
