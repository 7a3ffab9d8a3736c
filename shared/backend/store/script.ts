import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

const shas = new Map<string, string>();

/**
 * Run a Lua script by its SHA (EVALSHA), loading it on the first NOSCRIPT: the script text is sent
 * once per Redis, not on every call.
 */
export async function runScript(
  redis: Redis,
  lua: string,
  keys: string[],
  args: (string | number)[],
): Promise<unknown> {
  let sha = shas.get(lua);
  if (!sha) {
    sha = createHash('sha1').update(lua).digest('hex');
    shas.set(lua, sha);
  }
  try {
    return await redis.evalsha(sha, keys.length, ...keys, ...args);
  } catch (err) {
    if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
    return redis.eval(lua, keys.length, ...keys, ...args);
  }
}
