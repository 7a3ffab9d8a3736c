/**
 * At most one message per (request, contact, channel), even across crashes: a send Twilio took
 * but whose answer never came back (a timeout, or the worker dying before it recorded the SID) is
 * found through Twilio's message list on the retry and not sent again. The real SDK talks to the
 * fake Twilio at its HTTP boundary.
 */
import { Redis } from 'ioredis';
import type { Case } from '../../shared/domain/case';
import { createStore } from '../../shared/backend/store';
import { TwilioNotifier } from '../../worker/notify/twilio.notifier';
import { sendOnce } from '../../worker/notify/send-once';
import { ApiClient } from '../helpers/client';
import { FakeTwilio } from '../helpers/fake-twilio';
import { HavenProcess, stopAll } from '../helpers/haven-process';
import { dropPrefix, testRedisUrl, uniquePrefix } from '../helpers/redis';
import { startSystem, type TestSystem } from '../helpers/system';

const PUBLIC_URL = 'http://127.0.0.1:8080';
const LAMPEDUSA = '+39000000001';

describe('a send interrupted after Twilio took it is not sent twice', () => {
  const fake = new FakeTwilio();
  let sys: TestSystem;
  beforeAll(async () => {
    await fake.start();
    sys = await startSystem({ env: fake.env(PUBLIC_URL, { NOTIFY_BACKOFF_MS: '50', HARBOURS_PER_ROUND: '1' }) });
  });
  afterAll(async () => {
    await sys.close();
    await fake.close();
  });

  it('the connection drops after Twilio accepted the SMS: the retry finds it in the list, sends nothing', async () => {
    fake.dropAfterAccepting(1);
    const op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
    const caseId = (
      await op.request('POST', '/api/calls', { callerNumber: '+8821699300001', position: "35°20.0'N 012°40.0'E" })
    ).body.caseId as string;
    let c: Case | undefined;
    for (let i = 0; i < 200; i++) {
      c = (await op.request('GET', `/api/cases/${caseId}`)).body.case as Case;
      if (c.timeline.some((e) => e.summary.includes('not sent again'))) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const req = c!.dockingRequests[0];
    const posts = fake.sent('Messages', LAMPEDUSA).filter((r) => r.method === 'POST');
    expect(posts.filter((r) => r.params.Body.includes(req.id))).toHaveLength(1);
    expect(fake.requests.some((r) => r.method === 'GET' && r.resource === 'Messages')).toBe(true);
    const note = c!.timeline.find((e) => e.summary.includes('not sent again'))!;
    expect(note.data).toMatchObject({ providerId: expect.stringMatching(/^SM/) });
  });
});

describe('a worker SIGKILLed while Twilio holds its answer', () => {
  const fake = new FakeTwilio();
  let sys: TestSystem;
  beforeAll(async () => {
    await fake.start();
    sys = await startSystem({ worker: false, env: fake.env(PUBLIC_URL, { HARBOURS_PER_ROUND: '1' }) });
  });
  afterAll(async () => {
    await stopAll();
    await sys.close();
    await fake.close();
  });

  it('the job runs again on another worker, which finds the SMS at Twilio and sends nothing', async () => {
    const env = {
      REDIS_URL: sys.redisUrl,
      HAVEN_PREFIX: sys.prefix,
      HARBOURS_PER_ROUND: '1',
      JOB_LOCK_SECONDS: '2',
      ...fake.env(PUBLIC_URL),
    };
    const first = await HavenProcess.start('worker', env);
    fake.holdAfterAccepting(1);
    const op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
    const caseId = (
      await op.request('POST', '/api/calls', { callerNumber: '+8821699300002', position: "35°20.0'N 012°40.0'E" })
    ).body.caseId as string;
    const taken = await fake.waitFor((r) => r.method === 'POST' && r.params.To === LAMPEDUSA, 60_000);
    // Twilio has the message; the worker is still waiting for the answer when it dies.
    await first.kill('SIGKILL');
    await HavenProcess.start('worker', env);
    let c: Case | undefined;
    for (let i = 0; i < 600; i++) {
      c = (await op.request('GET', `/api/cases/${caseId}`)).body.case as Case;
      if (c.timeline.some((e) => e.summary.includes('not sent again'))) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(c!.timeline.some((e) => e.summary.includes('not sent again'))).toBe(true);
    expect(fake.sent('Messages', LAMPEDUSA).filter((r) => r.params.Body === taken.params.Body)).toHaveLength(1);
  });
});

describe('sendOnce', () => {
  const fake = new FakeTwilio();
  let redis: Redis;
  let prefix: string;
  beforeAll(async () => {
    await fake.start();
    redis = new Redis(await testRedisUrl());
    prefix = uniquePrefix('once');
  });
  afterAll(async () => {
    await dropPrefix(await testRedisUrl(), prefix);
    await redis.quit();
    await fake.close();
  });

  const message = (id: string) => ({
    id,
    to: '+39000000099',
    body: `HAVEN docking request ${id}: test`,
    channel: 'sms' as const,
    requestId: 'D-000001-x',
    caseId: 'C-000001',
    harbourId: 'x',
  });

  it('a worker killed between Twilio taking the SMS and recording its SID: the retry reconciles', async () => {
    const store = createStore(redis, prefix);
    const twilio = new TwilioNotifier({ ...fake, apiUrl: fake.url });
    const msg = message('notify.D-000001-x.0.sms');
    // The first attempt: reserved and sent, then the process died before the SID was recorded.
    expect(await store.sends.reserve(msg.id)).toBeNull();
    const first = await twilio.send(msg);
    const retry = await sendOnce(twilio, store.sends, msg);
    expect(retry).toMatchObject({ providerId: first.providerId, earlier: 'reconciled' });
    // Later retries read the recorded SID and do not even ask Twilio.
    const gets = fake.requests.filter((r) => r.method === 'GET').length;
    expect(await sendOnce(twilio, store.sends, msg)).toMatchObject({
      providerId: first.providerId,
      earlier: 'recorded',
    });
    expect(fake.requests.filter((r) => r.method === 'GET')).toHaveLength(gets);
    expect(fake.sent('Messages', msg.to).filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('a reservation whose send never reached Twilio (a 500): the retry finds nothing and sends once', async () => {
    const store = createStore(redis, prefix);
    const twilio = new TwilioNotifier({ ...fake, apiUrl: fake.url });
    const msg = message('notify.D-000002-x.0.sms');
    fake.failNext(1);
    await expect(sendOnce(twilio, store.sends, msg)).rejects.toThrow();
    expect(await sendOnce(twilio, store.sends, msg)).toMatchObject({ providerId: expect.stringMatching(/^SM/) });
    const posts = fake.sent('Messages', msg.to).filter((r) => r.method === 'POST' && r.params.Body === msg.body);
    expect(posts.map((r) => r.status)).toEqual([500, 201]);
  });
});
