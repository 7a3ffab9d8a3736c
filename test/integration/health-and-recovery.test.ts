import { Redis } from 'ioredis';
import { loadConfig } from '../../shared/backend/config';
import { createLogger } from '../../shared/backend/logger';
import { checkDurability, enforceDurability } from '../../shared/backend/redis';
import { startWorker } from '../../worker/main';
import { ApiClient } from '../helpers/client';
import { startSystem, type TestSystem } from '../helpers/system';

describe('health, metrics and recovery', () => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await startSystem({ worker: false });
  });
  afterAll(async () => {
    await sys.close();
  });

  it('GET /healthz reports Redis, queues and live processes; 503 while no worker is alive', async () => {
    const anon = new ApiClient(sys.baseUrl);
    const without = await anon.request('GET', '/healthz');
    expect(without.status).toBe(503);
    expect(without.body).toMatchObject({ status: 'unhealthy', error: 'unhealthy', redis: { ok: true } });
    expect(without.body.message).toMatch(/no worker process is alive/);
    expect(without.body.processes.worker).toEqual([]);
    expect(without.body.processes.server).toHaveLength(1);

    const worker = await startWorker(
      loadConfig({ NODE_ENV: 'test', REDIS_URL: sys.redisUrl, HAVEN_PREFIX: sys.prefix, LOG_LEVEL: 'silent' }),
      createLogger('silent'),
    );
    try {
      const res = await anon.request('GET', '/healthz');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'ok', redis: { ok: true, role: 'master' } });
      expect(res.body.processes.worker).toEqual([expect.objectContaining({ id: worker.id, pid: process.pid })]);
      // Without AIS feeds configured the worker still holds the (empty) feeds lease: one per deployment.
      expect(res.body.ais.holder).toBe(worker.id);
      expect(Object.keys(res.body.queues).sort()).toEqual([
        'docking-deadline',
        'escalate-request',
        'estimate-due',
        'match-case',
        'notify-harbour',
        'retention',
      ]);
      expect(res.body.queues['match-case']).toMatchObject({ waiting: 0, oldestWaitingSeconds: 0 });
    } finally {
      await worker.close();
    }
    // A clean stop leaves the list at once: no worker again.
    expect((await anon.request('GET', '/healthz')).body.processes.worker).toEqual([]);
  });

  it('GET /metrics exposes Prometheus counters of calls, requests and queues', async () => {
    const op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
    await op.request('POST', '/api/calls', { callerNumber: '+8816 3000 0001', position: '34.5 12.5' });
    const res = await new ApiClient(sys.baseUrl).request('GET', '/metrics');
    expect(res.status).toBe(200);
    expect(res.body).toMatch(/haven_calls_logged_total\{kind="new"\} 1/);
    expect(res.body).toMatch(/haven_queue_jobs\{queue="match-case",state="waiting"\} 1/);
    expect(res.body).toMatch(/haven_http_requests_total\{method="POST",route="\/api\/calls",status="201"\} 1/);
    expect(res.body).not.toMatch(/8816\s?3000|88163000/);
  });

  it(
    'a case acknowledged while no worker ran is matched when a worker starts, ' +
      'and a job lost between write and enqueue is re-enqueued',
    async () => {
      const op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
      const call = await op.request('POST', '/api/calls', {
        callerNumber: '+8816 3000 0002',
        position: '35.4 12.7',
        personsOnBoard: 30,
      });
      // Simulate a crash after the durable write but before the enqueue: remove the job, keep the marker.
      const redis = new Redis(sys.redisUrl);
      const jobKeys = await redis.keys(`${sys.prefix}:bull:match-case:match.${call.body.caseId}.new*`);
      const waitKey = `${sys.prefix}:bull:match-case:wait`;
      await redis.lrem(waitKey, 0, `match.${call.body.caseId}.new`);
      if (jobKeys.length) await redis.del(...jobKeys);
      expect(await redis.sismember(`${sys.prefix}:pending-match`, call.body.caseId)).toBe(1);

      const config = loadConfig({
        NODE_ENV: 'test',
        REDIS_URL: sys.redisUrl,
        HAVEN_PREFIX: sys.prefix,
        LOG_LEVEL: 'silent',
      });
      const worker = await startWorker(config, createLogger('silent'));
      try {
        let requests: unknown[] = [];
        for (let i = 0; i < 100 && requests.length === 0; i++) {
          await new Promise((r) => setTimeout(r, 100));
          requests = (await op.request('GET', `/api/cases/${call.body.caseId}`)).body.case.dockingRequests;
        }
        expect(requests.length).toBe(2);
        // The marker is cleared once the job has finished its round (just after the requests appear).
        let marked = 1;
        for (let i = 0; i < 50 && marked; i++) {
          marked = await redis.sismember(`${sys.prefix}:pending-match`, call.body.caseId);
          if (marked) await new Promise((r) => setTimeout(r, 100));
        }
        expect(marked).toBe(0);
      } finally {
        await worker.close();
        await redis.quit();
      }
    },
  );
});

describe('the durability contract', () => {
  it('refuses to start in production on a Redis without AOF fsync always', async () => {
    const url = process.env.HAVEN_TEST_REDIS_URL!;
    const redis = new Redis(url);
    try {
      expect((await checkDurability(redis)).ok).toBe(true);
      await redis.config('SET', 'appendfsync', 'everysec');
      const report = await checkDurability(redis);
      expect(report.problems).toEqual(['appendfsync is "everysec", must be "always"']);
      await expect(enforceDurability(redis, true, createLogger('silent'))).rejects.toThrow(/Refusing to start/);
      await expect(enforceDurability(redis, false, createLogger('silent'))).resolves.toBeUndefined();
    } finally {
      await redis.config('SET', 'appendfsync', 'always');
      await redis.quit();
    }
  });
});
