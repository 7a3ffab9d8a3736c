#!/usr/bin/env node
// `npm start`: the demo. Installs what is missing, starts a local durable Redis unless REDIS_URL is
// set, then runs server + worker + vessel simulator with demo data. Ctrl-C stops everything.
const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { root, ensureNodeModules, startRedis, ensureWebBuild } = require('./lib/setup');

async function main() {
  ensureNodeModules();
  ensureWebBuild();
  const varDir = path.join(root, 'var');
  fs.mkdirSync(varDir, { recursive: true });
  let redis = null;
  if (!process.env.REDIS_URL) redis = await startRedis(path.join(varDir, 'redis'));
  const secretFile = path.join(varDir, 'session-secret');
  if (!fs.existsSync(secretFile)) fs.writeFileSync(secretFile, crypto.randomBytes(32).toString('hex'), { mode: 0o600 });
  // The key that seals the audit chains: kept, so that `haven audit verify` works across restarts.
  const auditKeyFile = path.join(varDir, 'audit-key');
  if (!fs.existsSync(auditKeyFile))
    fs.writeFileSync(auditKeyFile, crypto.randomBytes(32).toString('hex'), { mode: 0o600 });
  const env = {
    ...process.env,
    REDIS_URL: process.env.REDIS_URL || redis.url,
    SESSION_SECRET: process.env.SESSION_SECRET || fs.readFileSync(secretFile, 'utf8').trim(),
    AUDIT_KEY: process.env.AUDIT_KEY || fs.readFileSync(auditKeyFile, 'utf8').trim(),
    HAVEN_DEMO_LOGINS_FILE: path.join(varDir, 'demo-logins.json'),
  };
  const child = spawn(process.execPath, [path.join(root, 'bin', 'haven.js'), 'demo'], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  let stopping = false;
  const stop = (sig) => {
    if (!stopping) {
      stopping = true;
      child.kill(sig);
    }
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 0)));
  if (redis) await redis.stop();
  process.exit(code);
}

main().catch((err) => {
  console.error(`haven: ${err.message}`);
  process.exit(1);
});
