import { Redis } from 'ioredis';
import { keyspace } from '../../shared/backend/store/keys';
import { SessionsStore } from '../../shared/backend/store/sessions.store';
import { testRedisUrl, dropPrefix, uniquePrefix } from '../helpers/redis';

async function withSessions(
  lifetimes: { idleMs?: number; maxMs?: number },
  fn: (store: SessionsStore, redis: Redis, prefix: string) => Promise<void>,
): Promise<void> {
  const url = await testRedisUrl();
  const prefix = uniquePrefix('sessions');
  const redis = new Redis(url);
  try {
    await fn(new SessionsStore(redis, keyspace(prefix), 'a'.repeat(32), lifetimes), redis, prefix);
  } finally {
    await dropPrefix(url, prefix);
    await redis.quit();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('server-side sessions', () => {
  it('are stored under an HMAC of the cookie, never the cookie itself; rotating SESSION_SECRET ends them', async () => {
    await withSessions({}, async (store, redis, prefix) => {
      const { sid } = await store.create('user-1', 0);
      expect(await store.get(sid)).toMatchObject({ userId: 'user-1' });
      const stored = await redis.keys(`${prefix}:session:*`);
      expect(stored).toHaveLength(1);
      expect(stored[0]).not.toContain(sid);
      expect(JSON.stringify(await redis.hgetall(stored[0]))).not.toContain(sid);
      expect(await new SessionsStore(redis, keyspace(prefix), 'b'.repeat(32)).get(sid)).toBeNull();
      expect(await store.get('not-a-session')).toBeNull();
      expect(() => new SessionsStore(redis, keyspace(prefix), '').idOf(sid)).toThrow(/SESSION_SECRET/);
    });
  });

  it('end after the idle timeout unless used, and after the absolute lifetime even when used', async () => {
    await withSessions({ idleMs: 400, maxMs: 1500 }, async (store) => {
      const idle = await store.create('u', 0);
      const busy = await store.create('u', 0);
      for (let t = 0; t < 6; t++) {
        await sleep(200);
        expect(await store.get(busy.sid)).not.toBeNull();
      }
      expect(await store.get(idle.sid)).toBeNull();
      await sleep(400);
      // 1.6 s after login: used every 200 ms, yet past the absolute lifetime.
      expect(await store.get(busy.sid)).toBeNull();
    });
  });

  it("end all of a user's sessions at once, and list the live ones by last use", async () => {
    await withSessions({}, async (store) => {
      const a = await store.create('alice', 0, { address: '10.0.0.1', agent: 'Firefox' });
      const b = await store.create('alice', 0);
      const c = await store.create('bob', 0);
      await store.get(a.sid);
      const listed = await store.list();
      expect(listed.map((s) => s.id)).toEqual([a.session.id, c.session.id, b.session.id]);
      expect(listed[0]).toMatchObject({ userId: 'alice', address: '10.0.0.1', agent: 'Firefox' });
      expect((await store.endAllOf('alice')).sort()).toEqual([a.session.id, b.session.id].sort());
      expect(await store.get(a.sid)).toBeNull();
      expect(await store.get(b.sid)).toBeNull();
      expect(await store.get(c.sid)).not.toBeNull();
      expect((await store.list()).map((s) => s.userId)).toEqual(['bob']);
    });
  });
});
