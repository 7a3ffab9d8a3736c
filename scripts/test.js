#!/usr/bin/env node
// `npm test`: the whole suite, self-contained. Starts a throwaway durable Redis on a free port,
// builds the web bundle, makes sure Chromium is there for the browser tests, runs jest.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { root, ensureNodeModules, ensureDebianBinary, startRedis, ensureWebBuild } = require('./lib/setup');

async function main() {
  ensureNodeModules();
  ensureDebianBinary('chromium', 'chromium');
  ensureWebBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-test-redis-'));
  const redis = await startRedis(dir);
  let status = 1;
  try {
    const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
    const report = path.join(dir, 'jest-report.json');
    const res = spawnSync(
      process.execPath,
      [jest, '--ci', '--json', `--outputFile=${report}`, ...process.argv.slice(2)],
      {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, HAVEN_TEST_REDIS_URL: redis.url, NODE_ENV: 'test' },
      },
    );
    status = res.status ?? 1;
    // One plain closing line that any CI can read, whatever the runner prints above it.
    if (fs.existsSync(report)) {
      const r = JSON.parse(fs.readFileSync(report, 'utf8'));
      console.log(
        `\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ` +
          `${r.numPendingTests + r.numTodoTests} skipped`,
      );
      if (r.numTotalTests === 0) status = status || 1;
    }
  } finally {
    await redis.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  process.exit(status);
}

main().catch((err) => {
  console.error(`haven test: ${err.message}`);
  process.exit(1);
});
