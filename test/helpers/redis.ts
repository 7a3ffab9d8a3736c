import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

/** The throwaway Redis of this test run (started by `npm test` or jest's global set-up). */
export async function testRedisUrl(): Promise<string> {
  const url = process.env.HAVEN_TEST_REDIS_URL;
  if (!url)
    throw new Error(
      'HAVEN_TEST_REDIS_URL is not set: run tests with `npm test` or plain jest (global set-up starts Redis)',
    );
  return url;
}

/** A key prefix no other test uses. */
export function uniquePrefix(name = 'test'): string {
  return `${name}-${randomBytes(4).toString('hex')}`;
}

/** Delete every key under a prefix (a test's cleanup). */
export async function dropPrefix(url: string, prefix: string): Promise<void> {
  const r = new Redis(url);
  let cursor = '0';
  do {
    const [next, keys] = await r.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    if (keys.length) await r.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  await r.quit();
}
