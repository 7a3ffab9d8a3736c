import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { Redis } from 'ioredis';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const setup = require('../../scripts/lib/setup.js') as { startRedis(dir: string): Promise<{ url: string; stop(): Promise<void> }> };

let own: Promise<{ url: string; stop(): Promise<void> }> | null = null;

/**
 * The Redis tests use: the throwaway one `npm test` started (HAVEN_TEST_REDIS_URL), or, when jest
 * runs on its own, a throwaway redis-server on a free port for this test file.
 */
export async function testRedisUrl(): Promise<string> {
  if (process.env.HAVEN_TEST_REDIS_URL) return process.env.HAVEN_TEST_REDIS_URL;
  own ??= setup.startRedis(fs.mkdtempSync(path.join(os.tmpdir(), 'haven-jest-redis-')));
  const r = await own;
  afterAll(() => r.stop());
  return r.url;
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
