// Set-up shared by `npm start` and `npm test`: npm dependencies, Debian packages, a local Redis.
// Plain CommonJS with no dependencies, because it runs before `npm install`.
const { execFileSync, spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');

/** Install npm dependencies when node_modules is missing or older than the lockfile. */
function ensureNodeModules() {
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= fs.statSync(lock).mtimeMs) return;
  console.log('haven: installing npm dependencies (npm ci)...');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
}

function which(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim() || null;
}

/** Make sure a Debian package's binary exists: install it as root, else explain the one command to run. */
function ensureDebianBinary(binary, pkg) {
  const found = which(binary);
  if (found) return found;
  if (process.getuid && process.getuid() === 0) {
    console.log(`haven: installing Debian's ${pkg}...`);
    execFileSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`], {
      stdio: 'inherit',
    });
    const now = which(binary);
    if (now) return now;
  }
  console.error(`haven: ${binary} is missing. Install it with:\n\n    sudo apt-get install -y ${pkg}\n`);
  process.exit(1);
}

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net
      .createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const { port } = srv.address();
        srv.close(() => resolve(port));
      });
  });
}

function ping(port) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => s.write('PING\r\n'));
    s.on('data', (d) => {
      s.destroy();
      resolve(d.toString().startsWith('+PONG'));
    });
    s.on('error', () => resolve(false));
  });
}

/**
 * Start a redis-server configured per Haven's durability contract (AOF, appendfsync always,
 * noeviction), bound to loopback, with its data in `dir`. Resolves to { url, stop }.
 */
async function startRedis(dir, { port } = {}) {
  const bin = ensureDebianBinary('redis-server', 'redis-server');
  fs.mkdirSync(dir, { recursive: true });
  const p = port || (await freePort());
  const child = spawn(
    bin,
    [
      '--port',
      String(p),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--appendfsync',
      'always',
      '--maxmemory-policy',
      'noeviction',
      '--save',
      '',
      '--protected-mode',
      'yes',
      '--logfile',
      path.join(dir, 'redis.log'),
    ],
    { stdio: 'ignore' },
  );
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  for (let i = 0; i < 100 && !exited; i++) {
    if (await ping(p)) {
      return {
        url: `redis://127.0.0.1:${p}`,
        stop: () =>
          new Promise((resolve) => {
            if (exited) return resolve();
            child.once('exit', resolve);
            child.kill('SIGTERM');
          }),
      };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`redis-server did not start; see ${path.join(dir, 'redis.log')}`);
}

/** Build the web bundle when it is missing or older than its sources. */
function ensureWebBuild() {
  const out = path.join(root, 'web', 'dist', 'app.js');
  const newest = (dir) =>
    fs
      .readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .reduce((m, e) => Math.max(m, fs.statSync(path.join(e.parentPath ?? e.path, e.name)).mtimeMs), 0);
  const srcTime = Math.max(
    newest(path.join(root, 'web', 'src')),
    newest(path.join(root, 'shared')),
    ...['index.html', 'config.js']
      .map((f) => path.join(root, 'web', f))
      .filter(fs.existsSync)
      .map((f) => fs.statSync(f).mtimeMs),
    fs.statSync(path.join(root, 'scripts', 'build-web.js')).mtimeMs,
  );
  if (fs.existsSync(out) && fs.statSync(out).mtimeMs >= srcTime) return;
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-web.js')], { cwd: root, stdio: 'inherit' });
}

module.exports = { root, ensureNodeModules, ensureDebianBinary, startRedis, freePort, ensureWebBuild };
