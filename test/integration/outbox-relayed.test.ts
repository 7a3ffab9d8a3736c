import { createStore } from '../../shared/backend/store';
import { connectRedis } from '../../shared/backend/redis';
import { dockingRequestId } from '../../shared/domain/ids';
import { ApiClient } from '../helpers/client';
import { startSystem, type TestSystem } from '../helpers/system';

// The outbox's "relayed" mark: who relayed a message by hand and when, decided once across operators.
let sys: TestSystem;
let op: ApiClient;
let sup: ApiClient;
beforeAll(async () => {
  sys = await startSystem({ worker: false });
  op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
  sup = await new ApiClient(sys.baseUrl).login('supervisor', sys.users.supervisor.password);
});
afterAll(async () => {
  await sys.close();
});

/** A case and a withdrawal notice in the outbox, as the worker leaves it without Twilio. */
async function caseWithWithdrawal(n: number): Promise<{ caseId: string; id: string }> {
  const res = await op.request('POST', '/api/calls', {
    callerNumber: `+8816 5000 00${n}`,
    position: '34.6N 13.0E',
    personsOnBoard: 40,
  });
  const caseId = res.body.caseId as string;
  const requestId = dockingRequestId({ caseId, harbourId: 'lampedusa' });
  const id = `withdrawn.${requestId}.0.sms`;
  const redis = connectRedis(sys.redisUrl);
  await createStore(redis, sys.prefix).outbox.put({
    id,
    requestId,
    caseId,
    harbourId: 'lampedusa',
    channel: 'sms',
    status: 'outbox',
    at: new Date().toISOString(),
    to: '+39 0922 970000',
    body: `HAVEN: docking request ${requestId} is withdrawn`,
    contactName: 'Harbour master',
  });
  await redis.quit();
  return { caseId, id };
}

test('two operators marking the same message relayed at once leave one mark and one timeline entry', async () => {
  for (let round = 0; round < 5; round += 1) {
    const { caseId, id } = await caseWithWithdrawal(10 + round);
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        (i % 2 ? sup : op).request('POST', `/api/outbox/${id}/relayed`, { note: `try ${i}` }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    expect(answers.filter((a) => a.body.first).length).toBe(1);
    const by = answers.find((a) => a.body.first)!.body.message.relayed;
    for (const a of answers) expect(a.body.message.relayed).toEqual(by);
    const c = (await op.request('GET', `/api/cases/${caseId}`)).body.case;
    const relays = c.timeline.filter((e: { type: string }) => e.type === 'relayed');
    expect(relays).toHaveLength(1);
    expect(relays[0].actor).toBe(by.by);
    expect(relays[0].summary).toContain('withdrawal SMS relayed by hand to Lampedusa (Harbour master)');
  }
});

test('the outbox lists who relayed what; the SITREP counts the relay among the actions taken', async () => {
  const { caseId, id } = await caseWithWithdrawal(99);
  const before = (await op.request('GET', '/api/outbox')).body.messages.find((m: { id: string }) => m.id === id);
  expect(before.relayed).toBeNull();
  await op.request('POST', `/api/outbox/${id}/relayed`, {});
  const after = (await sup.request('GET', '/api/outbox')).body.messages.find((m: { id: string }) => m.id === id);
  expect(after.relayed).toMatchObject({ by: 'operator', note: null });
  expect(Date.parse(after.relayed.at)).not.toBeNaN();
  const sitrep = await op.request('GET', `/api/cases/${caseId}/sitrep`);
  expect(sitrep.body).toContain('withdrawal SMS relayed by hand to Lampedusa');
});

test('an unknown message answers 404 and a bad id or note 4xx, never a crash', async () => {
  expect((await op.request('POST', '/api/outbox/withdrawn.D-000001-nowhere.0.sms/relayed', {})).status).toBe(404);
  expect((await op.request('POST', '/api/outbox/..%2F..%2Fetc/relayed', {})).status).toBe(404);
  const { id } = await caseWithWithdrawal(77);
  const long = await op.request('POST', `/api/outbox/${id}/relayed`, { note: 'x'.repeat(501) });
  expect(long.status).toBe(400);
  expect(long.body.error).toBeDefined();
});
