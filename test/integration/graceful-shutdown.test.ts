import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { loadConfig } from '../../shared/backend/config';
import { createLogger } from '../../shared/backend/logger';
import { startWorker } from '../../worker/main';
import { ApiClient } from '../helpers/client';
import { startSystem, type TestSystem } from '../helpers/system';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

// `haven all` as production runs it: SIGTERM stops it cleanly and loses no acknowledged work.
describe('graceful shutdown', () => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await startSystem({ worker: false });
  });
  afterAll(async () => {
    await sys.close();
  });

  it('on SIGTERM `haven all` exits 0, and every acknowledged call is still matched afterwards', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(__dirname, '..', '..', 'bin', 'haven.js'), 'all'], {
      env: {
        ...process.env,
        REDIS_URL: sys.redisUrl,
        HAVEN_PREFIX: sys.prefix,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        NODE_ENV: 'test',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (d) => {
      stderr += String(d);
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const base = `http://127.0.0.1:${port}`;
    // tsx compiles the sources at start: on a loaded machine that takes a while.
    let exitedEarly = false;
    void exited.then(() => (exitedEarly = true));
    for (let i = 0; i < 600 && !exitedEarly; i++) {
      if (
        await fetch(`${base}/healthz`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 100));
    }
    if (exitedEarly) throw new Error(`haven all exited at start: ${stderr.slice(0, 2000)}`);
    const op = await new ApiClient(base).login('operator', sys.users.operator.password);
    const acknowledged: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await op.request('POST', '/api/calls', {
        callerNumber: `+8816 7000 000${i}`,
        position: `35.${i}N 12.7E`,
        personsOnBoard: 10,
      });
      expect(res.status).toBe(201);
      acknowledged.push(res.body.caseId);
    }
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toBe('');

    // Whatever the stopped worker had not done yet, a new one finishes: nothing acknowledged is lost.
    const worker = await startWorker(
      loadConfig({ NODE_ENV: 'test', REDIS_URL: sys.redisUrl, HAVEN_PREFIX: sys.prefix, LOG_LEVEL: 'silent' }),
      createLogger('silent'),
    );
    try {
      const reader = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
      for (const id of acknowledged) {
        let n = 0;
        for (let i = 0; i < 100 && n === 0; i++) {
          n = (await reader.request('GET', `/api/cases/${id}`)).body.case.dockingRequests.length;
          if (n === 0) await new Promise((r) => setTimeout(r, 100));
        }
        expect(n).toBe(2);
      }
    } finally {
      await worker.close();
    }
  }, 120_000);
});
