import { connectRedis } from '../../shared/backend/redis';
import { createStore, storeSettings, type Store } from '../../shared/backend/store';
import { configOrExit } from './roles';
import { UsageError } from './usage-error';

/** Run a CLI action against the configured Redis and close the connection afterwards. */
export async function withStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const config = configOrExit();
  if (!config.redis) throw new UsageError('REDIS_URL or REDIS_SENTINELS is required');
  const redis = connectRedis(config.redis, { maxRetriesPerRequest: 2 });
  try {
    return await fn(createStore(redis, config.prefix, storeSettings(config)));
  } finally {
    redis.disconnect();
  }
}
