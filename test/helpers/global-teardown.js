// Stops the redis-server that global-setup.js started, if it started one.
const fs = require('node:fs');

module.exports = async function globalTeardown() {
  const r = globalThis.__havenRedis;
  if (!r) return;
  await r.stop();
  fs.rmSync(r.dir, { recursive: true, force: true });
};
