/**
 * No case left behind: a `match-case` job that failed for good keeps its id in BullMQ, so re-adding
 * that id does nothing. The case must still reach matching (re-queued under a new id by the sweep,
 * at start-up and periodically) and, while it cannot, be a visible, alarmed failure.
 */
import { Redis } from 'ioredis';
import { loadConfig } from '../../shared/backend/config';
import { createLogger } from '../../shared/backend/logger';
import { startWorker } from '../../worker/main';
import { ApiClient, nextEvent } from '../helpers/client';
import { startSystem, type TestSystem } from '../helpers/system';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Poll until `check` is truthy or fail after `ms`. */
async function until<T>(what: string, check: () => Promise<T>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Break a case so that matching it throws (its first fix is no longer JSON); returns the repair. */
async function breakCase(redis: Redis, prefix: string, caseId: string): Promise<() => Promise<void>> {
  const key = `${prefix}:case:${caseId}:fixes`;
  const original = (await redis.lindex(key, 0))!;
  await redis.lset(key, 0, '{not json');
  return async () => {
    await redis.lset(key, 0, original);
  };
}

const workerConfig = (sys: TestSystem, env: Record<string, string>) =>
  loadConfig({ NODE_ENV: 'test', REDIS_URL: sys.redisUrl, HAVEN_PREFIX: sys.prefix, LOG_LEVEL: 'silent', ...env });

describe('no case left behind', () => {
  let sys: TestSystem;
  let redis: Redis;
  beforeAll(async () => {
    // Jobs carry their backoff from the producer: the server's setting counts for the first run.
    sys = await startSystem({ worker: false, env: { JOB_BACKOFF_MS: '20' } });
    redis = new Redis(sys.redisUrl);
  });
  afterAll(async () => {
    await redis.quit();
    await sys.close();
  });

  async function logBrokenCases(n: number, tag: string) {
    const op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
    const cases: { id: string; repair: () => Promise<void> }[] = [];
    for (let i = 0; i < n; i++) {
      const res = await op.request('POST', '/api/calls', {
        callerNumber: `+8816 42${tag} 00${i}`,
        position: `35 ${10 + i}N 012 30E`,
        personsOnBoard: 25,
      });
      expect(res.status).toBe(201);
      cases.push({ id: res.body.caseId, repair: await breakCase(redis, sys.prefix, res.body.caseId) });
    }
    return { op, cases };
  }

  const timelineOf = async (op: ApiClient, id: string) => (await op.request('GET', `/api/cases/${id}`)).body.case;
  /** Timeline summaries read from Redis (the API cannot load a broken case). */
  const summaries = async (id: string) =>
    (await redis.xrange(`${sys.prefix}:case:${id}:timeline`, '-', '+')).map(([, f]) => f[f.indexOf('summary') + 1]!);
  const jobState = async (id: string) => {
    const h = await redis.hget(`${sys.prefix}:bull:match-case:${id}`, 'failedReason');
    return h ? 'failed' : 'other';
  };

  it('after repeated final failures, each case is escalated every time and matched once it can be', async () => {
    const { op, cases } = await logBrokenCases(3, '01');
    const operatorSocket = await op.socket();
    const alarm = nextEvent(operatorSocket, 'notification:status', (n) => n.status === 'escalated', 20_000);
    const worker = await startWorker(
      workerConfig(sys, { JOB_BACKOFF_MS: '20', MATCH_SWEEP_SECONDS: '0.3' }),
      createLogger('silent'),
    );
    try {
      expect((await alarm).detail).toMatch(/matching failed/);
      // Every case fails for good at least twice: the first job and a re-queued one under a new id.
      for (const c of cases)
        await until(
          `two generations of ${c.id}`,
          async () => Number(await redis.get(`${sys.prefix}:case:${c.id}:match-generation`)) >= 2,
        );
      for (const c of cases) {
        expect(await jobState(`match.${c.id}.new`)).toBe('failed');
        expect(await jobState(`match.${c.id}.retry.1`)).toBe('failed');
        expect(await redis.sismember(`${sys.prefix}:pending-match`, c.id)).toBe(1);
      }
      for (const c of cases) await c.repair();
      // Once the cause is gone, the next sweep's job matches every case, and the mark is cleared.
      for (const c of cases) {
        const matched = await until(`matching of ${c.id}`, async () => {
          const kase = await timelineOf(op, c.id);
          return kase.dockingRequests.length > 0 ? kase : null;
        });
        expect(matched.dockingRequests).toHaveLength(2);
        const escalations = matched.timeline.filter(
          (e: { type: string; summary: string }) => e.type === 'escalation' && e.summary.startsWith('MATCHING FAILED'),
        );
        expect(escalations.length).toBeGreaterThanOrEqual(2);
        await until(
          `pending mark of ${c.id} cleared`,
          async () => !(await redis.sismember(`${sys.prefix}:pending-match`, c.id)),
        );
      }
    } finally {
      operatorSocket.close();
      await worker.close();
    }
  });

  it('the start-up sweep re-queues a case whose job failed for good, under a new id', async () => {
    const { op, cases } = await logBrokenCases(1, '02');
    const [c] = cases;
    // A sweep that never runs on its own: only the start-up sweep can save this case.
    const config = workerConfig(sys, { JOB_BACKOFF_MS: '20', MATCH_SWEEP_SECONDS: '3600' });
    const first = await startWorker(config, createLogger('silent'));
    try {
      await until('the final failure', async () => (await jobState(`match.${c!.id}.new`)) === 'failed');
      await until('the escalation', async () => (await summaries(c!.id)).some((s) => s.startsWith('MATCHING FAILED')));
    } finally {
      await first.close();
    }
    await c!.repair();
    const second = await startWorker(config, createLogger('silent'));
    try {
      const kase = await until('matching after restart', async () => {
        const k = await timelineOf(op, c!.id);
        return k.dockingRequests.length ? k : null;
      });
      expect(kase.dockingRequests).toHaveLength(2);
      expect(await redis.exists(`${sys.prefix}:bull:match-case:match.${c!.id}.retry.1`)).toBe(1);
    } finally {
      await second.close();
    }
  });
});
