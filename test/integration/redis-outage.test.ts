/**
 * Issue 11, finding 4: with Redis gone, the API and /healthz answer 503 `store_unavailable` with a
 * message within seconds (never 500, never hang), the worker pauses and resumes by itself, nothing
 * acknowledged is lost, and everything recovers without a restart. The Redis here is the test's
 * own (AOF, appendfsync always), really killed with SIGKILL and restarted on its data.
 */
import { ApiClient } from '../helpers/client';
import { RedisProcess } from '../helpers/redis-process';
import { startSystem, type TestSystem } from '../helpers/system';

jest.setTimeout(120_000);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One request's status, body and how long it took. */
async function timed(c: ApiClient, method: string, path: string, body?: unknown) {
  const started = Date.now();
  const res = await c.request(method, path, body);
  return { ...res, ms: Date.now() - started };
}

describe('a Redis outage', () => {
  let redis: RedisProcess;
  let sys: TestSystem;
  beforeAll(async () => {
    redis = await RedisProcess.start(undefined, { name: 'outage' });
    sys = await startSystem({ redisUrl: redis.url, env: { MATCH_SWEEP_SECONDS: '1' } });
  });
  afterAll(async () => {
    if (!redis.running) await redis.restart();
    await sys.close();
    await redis.destroy();
  });

  it('answers 503 store_unavailable within 5 s while Redis is down, loses nothing, recovers alone', async () => {
    const op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
    const acknowledged: string[] = [];
    const statuses: number[] = [];
    let n = 0;
    let stop = false;
    let slowest503 = 0;
    // Calls at a steady rate throughout: before, during and after the outage.
    const intake = (async () => {
      while (!stop) {
        const res = await timed(op, 'POST', '/api/calls', {
          callerNumber: `+8816 4100 ${String(1000 + n++).padStart(4, '0')}`,
          position: '35 20N 012 40E',
          personsOnBoard: 20,
        });
        statuses.push(res.status);
        if (res.status !== 201) slowest503 = Math.max(slowest503, res.ms);
        if (res.status === 201) acknowledged.push(res.body.caseId);
        else {
          expect(res.status).toBe(503);
          expect(res.body.error).toBe('store_unavailable');
          expect(res.ms).toBeLessThan(5000);
        }
        await sleep(50);
      }
    })();
    await sleep(1000);
    await redis.kill('SIGKILL');
    const downAt = Date.now();
    // While Redis is gone: every kind of request answers 503 with a message, fast.
    const anon = new ApiClient(sys.baseUrl);
    for (const [client, method, path, body] of [
      [anon, 'GET', '/healthz', undefined],
      [anon, 'POST', '/api/auth/login', { username: 'operator', password: sys.users.operator.password }],
      [op, 'GET', '/api/cases', undefined],
      [op, 'GET', '/api/docking-requests', undefined],
      [op, 'GET', '/api/vessels', undefined],
    ] as const) {
      const res = await timed(client, method, path, body);
      expect({ path, status: res.status, error: res.body?.error }).toEqual({
        path,
        status: 503,
        error: 'store_unavailable',
      });
      expect(res.body.message).toMatch(/cannot be reached/);
      expect(res.ms).toBeLessThan(5000);
      slowest503 = Math.max(slowest503, res.ms);
    }
    await sleep(Math.max(0, 4000 - (Date.now() - downAt)));
    await redis.restart();
    // Recovery without restarting anything: /healthz is 200 again once the worker has beaten.
    let healthy = false;
    for (let i = 0; i < 100 && !healthy; i++) {
      healthy = (await anon.request('GET', '/healthz')).status === 200;
      if (!healthy) await sleep(200);
    }
    expect(healthy).toBe(true);
    report('killed Redis: down', Date.now() - downAt, 'ms until healthy again; slowest 503', slowest503, 'ms');
    const ackBefore = acknowledged.length;
    await sleep(1500);
    stop = true;
    await intake;
    expect(acknowledged.length).toBeGreaterThan(ackBefore);
    expect(statuses).toContain(503);
    expect(statuses.filter((s) => s !== 201 && s !== 503)).toEqual([]);

    // Every acknowledged call is there, once, and the paused worker matched every one of them.
    expect(new Set(acknowledged).size).toBe(acknowledged.length);
    for (const id of acknowledged) {
      let requests = 0;
      for (let i = 0; i < 100 && requests === 0; i++) {
        const res = await op.request('GET', `/api/cases/${id}`);
        expect(res.status).toBe(200);
        requests = res.body.case.dockingRequests.length;
        if (requests === 0) await sleep(100);
      }
      expect({ id, requests }).toEqual({ id, requests: 2 });
    }
    report(
      'killed Redis:',
      acknowledged.length,
      'acknowledged,',
      statuses.filter((x) => x === 503).length,
      '503s, 0 lost',
    );
  });

  it('a frozen Redis (SIGSTOP: the connection stays open, nothing answers) also gives 503 within 5 s', async () => {
    const op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
    const anon = new ApiClient(sys.baseUrl);
    await redis.kill('SIGSTOP');
    try {
      const results = await Promise.all([
        timed(anon, 'GET', '/healthz'),
        timed(op, 'GET', '/api/cases'),
        timed(op, 'POST', '/api/calls', { callerNumber: '+8816 4199 0001', position: '35 20N 012 40E' }),
      ]);
      for (const res of results) {
        expect({ status: res.status, error: res.body?.error }).toEqual({ status: 503, error: 'store_unavailable' });
        expect(res.ms).toBeLessThan(5000);
      }
      report('frozen Redis: 503 after', Math.max(...results.map((r) => r.ms)), 'ms');
    } finally {
      await redis.kill('SIGCONT');
    }
    let healthy = false;
    for (let i = 0; i < 100 && !healthy; i++) {
      healthy = (await anon.request('GET', '/healthz')).status === 200;
      if (!healthy) await sleep(200);
    }
    expect(healthy).toBe(true);
  });
});

/** Figures for the closing notes, printed only with HAVEN_REPORT=1. */
function report(...parts: unknown[]): void {
  if (process.env.HAVEN_REPORT) process.stdout.write(`[report] ${parts.join(' ')}\n`);
}
