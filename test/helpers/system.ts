import { loadConfig, type Config } from '../../shared/backend/config';
import { createLogger } from '../../shared/backend/logger';
import { connectRedis } from '../../shared/backend/redis';
import { startServer, type ServerHandle } from '../../server/main';
import { DEMO_USERS, seedDemo } from '../../server/seed/seed-demo';
import { createStore } from '../../shared/backend/store';
import { startWorker, type WorkerHandle } from '../../worker/main';
import { dropPrefix, testRedisUrl, uniquePrefix } from './redis';

/** Demo credentials in tests: the password is derived from the username. */
export const testPassword = (username: string) => `${username}-test-password`;

type Login = { username: string; password: string; harbourId?: string; vesselMmsi?: string };

/** A whole Haven (server on port 0 + worker) on real Redis under a unique prefix, seeded with demo data. */
export interface TestSystem {
  baseUrl: string;
  redisUrl: string;
  prefix: string;
  config: Config;
  server: ServerHandle;
  worker: WorkerHandle | null;
  users: Record<string, Login>;
  close(): Promise<void>;
}

/**
 * Start a system; pass `worker: false` to test the server alone, `env` to override configuration,
 * `redisUrl` to use a Redis of the test's own (one it may kill) instead of the shared test Redis.
 */
export async function startSystem(
  opts: { worker?: boolean; env?: Record<string, string>; redisUrl?: string } = {},
): Promise<TestSystem> {
  const redisUrl = opts.redisUrl ?? (await testRedisUrl());
  const prefix = uniquePrefix('sys');
  const config = loadConfig({
    NODE_ENV: 'test',
    REDIS_URL: redisUrl,
    HAVEN_PREFIX: prefix,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DOCKING_DEADLINE_MINUTES: '30',
    ...opts.env,
  });
  const log = createLogger(config.logLevel);
  const redis = connectRedis(redisUrl);
  await seedDemo(createStore(redis, prefix), testPassword);
  await redis.quit();
  const worker: WorkerHandle | null = opts.worker === false ? null : await startWorker(config, log);
  const server = await startServer(config, log);
  const users = Object.fromEntries(
    DEMO_USERS.map((u) => [
      u.username,
      { username: u.username, password: testPassword(u.username), harbourId: u.harbourId, vesselMmsi: u.vesselMmsi },
    ]),
  );
  return {
    baseUrl: `http://127.0.0.1:${server.port}`,
    redisUrl,
    prefix,
    config,
    server,
    worker,
    users,
    async close() {
      await server.close();
      await worker?.close();
      await dropPrefix(redisUrl, prefix);
    },
  };
}
