import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { ApiClient } from '../helpers/client';
import { startSystem, type TestSystem } from '../helpers/system';

describe('retention', () => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await startSystem({ env: { RETENTION_DAYS: '30' } });
  });
  afterAll(async () => {
    await sys.close();
  });

  it('purges closed cases older than RETENTION_DAYS with all attached; keeps open ones however old', async () => {
    const op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
    const old = Date.now() - 40 * 86_400_000;
    const closedCall = await op.request('POST', '/api/calls', {
      callerNumber: '+8816 5000 0001',
      position: '35.4N 12.7E',
      receivedAt: new Date(old).toISOString(),
    });
    const openCall = await op.request('POST', '/api/calls', {
      callerNumber: '+8816 5000 0002',
      position: '35.4N 12.7E',
      receivedAt: new Date(old).toISOString(),
    });
    const closedId: string = closedCall.body.caseId;
    for (
      let i = 0;
      i < 50 && (await op.request('GET', `/api/cases/${closedId}`)).body.case.dockingRequests.length === 0;
      i++
    )
      await new Promise((r) => setTimeout(r, 100));
    await op.request('PATCH', `/api/cases/${closedId}`, { status: 'closed', outcome: 'rescued_ngo' });
    const redis = new Redis(sys.redisUrl);
    const queue = new Queue('retention', { connection: redis, prefix: `${sys.prefix}:bull` });
    try {
      // Pretend the case was closed 40 days ago.
      await redis.hset(`${sys.prefix}:case:${closedId}`, 'updatedAt', JSON.stringify(new Date(old).toISOString()));
      await queue.add('retention', {}, { jobId: 'retention-test' });
      let gone = false;
      for (let i = 0; i < 100 && !gone; i++) {
        await new Promise((r) => setTimeout(r, 100));
        gone = (await op.request('GET', `/api/cases/${closedId}`)).status === 404;
      }
      expect(gone).toBe(true);
      // Completed BullMQ jobs (ids only, no personal data) expire on their own after a week.
      const left = (await redis.keys(`${sys.prefix}:*${closedId}*`)).filter(
        (k) => !k.startsWith(`${sys.prefix}:bull:`),
      );
      expect(left).toEqual([]);
      expect(
        (
          await new ApiClient(sys.baseUrl)
            .login('lampedusa', sys.users.lampedusa.password)
            .then((h) => h.request('GET', '/api/docking-requests'))
        ).body.requests.some((r: { id: string }) => r.id.includes(closedId.slice(2))),
      ).toBe(false);
      expect((await op.request('GET', `/api/cases/${openCall.body.caseId}`)).status).toBe(200);
    } finally {
      await queue.close();
      await redis.quit();
    }
  });
});
