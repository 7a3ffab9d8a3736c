/**
 * Where matching stands, as operators read it on the case: a partial acceptance sends matching on
 * for the rest, an unanswered request expires into the next harbour, and a case with no willing
 * harbour left is `exhausted` with an alarm for supervisors and an SMS to the one on duty.
 */
import { Redis } from 'ioredis';
import type { Case } from '../../shared/domain/case';
import { createStore, storeSettings, type Store } from '../../shared/backend/store';
import { ApiClient, nextEvent } from '../helpers/client';
import { startSystem, type TestSystem } from '../helpers/system';

/** Poll a case until `done` holds (the worker works asynchronously). */
async function waitForCase(op: ApiClient, caseId: string, done: (c: Case) => boolean, ms = 15_000): Promise<Case> {
  const until = Date.now() + ms;
  for (;;) {
    const c = (await op.request('GET', `/api/cases/${caseId}`)).body.case as Case;
    if (c && done(c)) return c;
    if (Date.now() > until)
      throw new Error(
        `case ${caseId} stuck at ${JSON.stringify(c?.matching)} ` +
          `${JSON.stringify(c?.dockingRequests.map((r) => [r.harbourId, r.status]))}`,
      );
    await new Promise((r) => setTimeout(r, 50));
  }
}

const pending = (c: Case) => c.dockingRequests.filter((r) => r.status === 'pending');

describe('a partial acceptance: matching goes on for the rest', () => {
  let sys: TestSystem;
  let redis: Redis;
  let store: Store;
  beforeAll(async () => {
    sys = await startSystem();
    redis = new Redis(sys.redisUrl);
    store = createStore(redis, sys.prefix, storeSettings(sys.config));
  });
  afterAll(async () => {
    await redis.quit();
    await sys.close();
  });

  it('20 of 42 placed at Lampedusa: the next harbour is asked for 22, whose acceptance places everyone', async () => {
    const op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
    const sup = await new ApiClient(sys.baseUrl).login('supervisor', sys.users.supervisor.password);
    const lmp = await new ApiClient(sys.baseUrl).login('lampedusa', sys.users.lampedusa.password);
    const capacity = (await store.harbours.get('lampedusa'))!.capacity;
    const res = await op.request('POST', '/api/calls', {
      callerNumber: '+8821699100001',
      position: "35°20.0'N 012°40.0'E",
      personsOnBoard: 42,
    });
    const caseId = res.body.caseId as string;
    expect(res.body.case.matching).toMatchObject({ state: 'searching', unplaced: 42, round: 0 });
    const first = await waitForCase(op, caseId, (c) => pending(c).length === 2);
    expect(first.matching).toMatchObject({
      state: 'waiting',
      unplaced: 42,
      round: 1,
      nextDeadline: expect.any(String),
    });
    const mine = first.dockingRequests.find((r) => r.harbourId === 'lampedusa')!;
    const other = first.dockingRequests.find((r) => r.harbourId !== 'lampedusa')!;

    const partial = await lmp.request('POST', `/api/docking-requests/${mine.id}/answer`, {
      answer: 'accept',
      places: 20,
    });
    expect(partial.status).toBe(200);
    expect(partial.body.request).toMatchObject({ status: 'accepted', places: 20 });
    expect((await store.harbours.get('lampedusa'))!.capacity).toBe(capacity - 20);

    // The other harbour asked in round 1 stays asked; one more is asked for the 22 still unplaced.
    const second = await waitForCase(op, caseId, (c) => pending(c).length === 2 && c.matching.round === 2);
    expect(second.matching).toMatchObject({ state: 'waiting', unplaced: 22 });
    expect(second.dockingRequests.find((r) => r.id === other.id)!.status).toBe('pending');
    const third = pending(second).find((r) => r.id !== other.id)!;
    expect(third).toMatchObject({ personsOnBoard: 22, rank: 3 });
    expect(second.timeline.some((e) => e.summary.includes('22 still need a port'))).toBe(true);

    // A supervisor answers for the third harbour (by phone, say): it takes the 22.
    const last = await sup.request('POST', `/api/docking-requests/${third.id}/answer`, { answer: 'accept' });
    expect(last.body.request).toMatchObject({ status: 'accepted', places: 22 });
    const done = await waitForCase(op, caseId, (c) => c.matching.state === 'placed');
    expect(done.matching).toMatchObject({ unplaced: 0, nextDeadline: null });
    expect(done.dockingRequests.find((r) => r.id === other.id)!.status).toBe('cancelled');
    expect(done.dockingRequests.filter((r) => r.status === 'accepted').map((r) => r.places)).toEqual([20, 22]);
  });
});

describe('deadlines and exhaustion', () => {
  let sys: TestSystem;
  let redis: Redis;
  let store: Store;
  beforeAll(async () => {
    sys = await startSystem({ env: { DOCKING_DEADLINE_MINUTES: '0.04', HARBOURS_PER_ROUND: '1' } });
    redis = new Redis(sys.redisUrl);
    store = createStore(redis, sys.prefix, storeSettings(sys.config));
  });
  afterAll(async () => {
    await redis.quit();
    await sys.close();
  });

  it('a request nobody answers by its deadline expires and the next harbour is asked', async () => {
    const op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
    const res = await op.request('POST', '/api/calls', {
      callerNumber: '+8821699100002',
      position: "35°20.0'N 012°40.0'E",
      personsOnBoard: 12,
    });
    const caseId = res.body.caseId as string;
    const asked = await waitForCase(op, caseId, (c) => pending(c).length === 1);
    expect(pending(asked)[0].harbourId).toBe('lampedusa');
    const next = await waitForCase(op, caseId, (c) => c.matching.round === 2 && pending(c).length === 1);
    expect(next.dockingRequests.find((r) => r.harbourId === 'lampedusa')!.status).toBe('expired');
    expect(pending(next)[0]).toMatchObject({ rank: 2, deadline: next.matching.nextDeadline });
    expect(next.timeline.some((e) => e.type === 'docking-expired')).toBe(true);
    // Closing stops the chain of expiries for the next test.
    await op.request('PATCH', `/api/cases/${caseId}`, { status: 'closed', outcome: 'unknown' });
  });

  it('no willing harbour left: exhausted, on the timeline, alarm to supervisors, SMS to the one on duty', async () => {
    const admin = await new ApiClient(sys.baseUrl).login('admin', sys.users.admin.password);
    const users = (await admin.request('GET', '/api/users')).body.users as { id: string; username: string }[];
    const supervisorId = users.find((u) => u.username === 'supervisor')!.id;
    const patched = await admin.request('PATCH', `/api/users/${supervisorId}`, {
      onDuty: true,
      phone: '+39 320 1234567',
    });
    expect(patched.body.user).toMatchObject({ onDuty: true });
    for (const h of await store.harbours.all())
      if (h.kind === 'port' && h.id !== 'lampedusa') await store.harbours.patch(h.id, { willing: false });

    const sup = await new ApiClient(sys.baseUrl).login('supervisor', sys.users.supervisor.password);
    const op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
    const [supSocket, opSocket] = await Promise.all([sup.socket(), op.socket()]);
    let operatorAlarmed = false;
    opSocket.on('case:alarm', () => (operatorAlarmed = true));
    try {
      const res = await op.request('POST', '/api/calls', {
        callerNumber: '+8821699100003',
        position: "35°20.0'N 012°40.0'E",
        personsOnBoard: 30,
      });
      const caseId = res.body.caseId as string;
      const alarm = await nextEvent(supSocket, 'case:alarm', (a) => a.caseId === caseId, 20_000);
      expect(alarm).toMatchObject({ kind: 'exhausted', summary: expect.stringContaining('NO WILLING HARBOUR') });
      const c = await waitForCase(op, caseId, (x) => x.matching.state === 'exhausted');
      expect(c.matching).toMatchObject({ unplaced: 30, nextDeadline: null });
      expect(c.timeline.filter((e) => e.summary.includes('NO WILLING HARBOUR LEFT'))).toHaveLength(1);
      // Without Twilio credentials the SMS waits in the outbox, to the supervisor on duty.
      const outbox = (await sup.request('GET', '/api/outbox')).body.messages as { id: string; to: string }[];
      expect(outbox.find((m) => m.id.startsWith(`alarm.${caseId}.`))).toMatchObject({ to: '+393201234567' });
      expect(operatorAlarmed).toBe(false);

      // A port willing again: the exhausted case is searched again and that port asked.
      expect((await sup.request('PATCH', '/api/harbours/valletta', { willing: true })).status).toBe(200);
      const again = await waitForCase(op, caseId, (x) => x.matching.state === 'waiting');
      expect(again.dockingRequests.find((r) => r.status === 'pending')?.harbourId).toBe('valletta');
    } finally {
      supSocket.close();
      opSocket.close();
    }
  });
});
