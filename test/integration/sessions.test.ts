import { Redis } from 'ioredis';
import { keyspace } from '../../shared/backend/store/keys';
import { SessionsStore } from '../../shared/backend/store/sessions.store';
import { testRedisUrl, dropPrefix, uniquePrefix } from '../helpers/redis';

describe('server-side sessions', () => {
  it('are stored under an HMAC of the cookie, never the cookie itself; rotating SESSION_SECRET ends them', async () => {
    const url = await testRedisUrl();
    const prefix = uniquePrefix('sessions');
    const redis = new Redis(url);
    try {
      const keys = keyspace(prefix);
      const store = new SessionsStore(redis, keys, 'a'.repeat(32));
      const { sid } = await store.create('user-1');
      expect(await store.get(sid)).toMatchObject({ userId: 'user-1' });
      const stored = await redis.keys(`${prefix}:session:*`);
      expect(stored).toHaveLength(1);
      expect(stored[0]).not.toContain(sid);
      expect(await redis.get(stored[0])).not.toContain(sid);
      expect(await new SessionsStore(redis, keys, 'b'.repeat(32)).get(sid)).toBeNull();
      expect(await store.get('not-a-session')).toBeNull();
      expect(() => new SessionsStore(redis, keys, '').idOf(sid)).toThrow(/SESSION_SECRET/);
    } finally {
      await dropPrefix(url, prefix);
      await redis.quit();
    }
  });
});
