// Jest global set-up: when jest runs without `npm test` (no HAVEN_TEST_REDIS_URL), start a
// throwaway durable redis-server on a free port for the whole run; its URL reaches the test workers
// through the environment.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { startRedis } = require('../../scripts/lib/setup');

module.exports = async function globalSetup() {
  if (process.env.HAVEN_TEST_REDIS_URL) return;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-jest-redis-'));
  const redis = await startRedis(dir);
  process.env.HAVEN_TEST_REDIS_URL = redis.url;
  globalThis.__havenRedis = { ...redis, dir };
};
