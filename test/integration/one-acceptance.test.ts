/**
 * One acceptance per case: two harbours asked in the same round accept at the same instant, by
 * the portal or by SMS, and exactly one acceptance stands each time; the other harbour is thanked
 * (409 `already_placed`, or an SMS saying so) and its request is withdrawn.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Case } from '../../shared/domain/case';
import type { DockingRequest } from '../../shared/domain/docking-request';
import { dockingRequestId } from '../../shared/domain/ids';
import { createStore, storeSettings, type Store } from '../../shared/backend/store';
import { ApiClient } from '../helpers/client';
import { FakeTwilio, postWebhook } from '../helpers/fake-twilio';
import { startSystem, type TestSystem } from '../helpers/system';

const PUBLIC_URL = 'http://127.0.0.1:8080';
const VALLETTA = '+39000000010';
const ROUNDS = 50;
const sid = () => `SM${randomBytes(16).toString('hex')}`;

const fake = new FakeTwilio();
let sys: TestSystem;
let redis: Redis;
let store: Store;
let op: ApiClient;
let lampedusa: ApiClient;
let valletta: ApiClient;

beforeAll(async () => {
  await fake.start();
  // No worker: the test opens the requests itself, so every round starts from the same two.
  sys = await startSystem({ worker: false, env: fake.env(PUBLIC_URL) });
  redis = new Redis(sys.redisUrl);
  store = createStore(redis, sys.prefix, storeSettings(sys.config));
  op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
  lampedusa = await new ApiClient(sys.baseUrl).login('lampedusa', sys.users.lampedusa.password);
  valletta = await new ApiClient(sys.baseUrl).login('valletta', sys.users.valletta.password);
});
afterAll(async () => {
  await redis.quit();
  await sys.close();
  await fake.close();
});

let callers = 0;

/** A new case with 40 on board and open requests to Lampedusa and Valletta. */
async function caseAskingTwo(): Promise<{ caseId: string; lmp: string; mla: string }> {
  callers++;
  const res = await op.request('POST', '/api/calls', {
    callerNumber: `+3933380${String(callers).padStart(5, '0')}`,
    position: '35.6 13.1',
    personsOnBoard: 40,
  });
  expect(res.status).toBe(201);
  const caseId = res.body.caseId as string;
  const now = new Date();
  const reqs: DockingRequest[] = [
    ['lampedusa', 'Lampedusa'],
    ['valletta', 'Valletta'],
  ].map(([harbourId, harbourName], i) => ({
    id: dockingRequestId({ caseId, harbourId }),
    caseId,
    harbourId,
    harbourName,
    rank: i + 1,
    status: 'pending',
    personsOnBoard: 40,
    women: null,
    children: null,
    medical: null,
    approximateArea: 'around 36N 013E',
    distanceNm: 60,
    etaHours: 6,
    deadline: new Date(now.getTime() + 1_800_000).toISOString(),
    createdAt: now.toISOString(),
    answeredAt: null,
    answeredBy: null,
    places: null,
    note: null,
  }));
  expect(await store.docking.createMany(caseId, reqs, [])).toBe(true);
  return { caseId, lmp: reqs[0].id, mla: reqs[1].id };
}

const getCase = async (id: string) => (await op.request('GET', `/api/cases/${id}`)).body.case as Case;

/** One request accepted, the other withdrawn, the case placed. */
async function expectPlacedOnce(caseId: string): Promise<Case> {
  const c = await getCase(caseId);
  expect(c.dockingRequests.map((r) => r.status).sort()).toEqual(['accepted', 'cancelled']);
  expect(c.matching).toMatchObject({ state: 'placed', unplaced: 0 });
  return c;
}

/** Exactly one acceptance stands: one request accepted, the other withdrawn, the case placed. */
async function expectOneStands(caseId: string): Promise<string> {
  const c = await expectPlacedOnce(caseId);
  const accepted = c.dockingRequests.filter((r) => r.status === 'accepted');
  expect(accepted).toHaveLength(1);
  expect(c.dockingRequests.filter((r) => r.status === 'cancelled')).toHaveLength(1);
  expect(c.matching).toMatchObject({ state: 'placed', unplaced: 0 });
  expect(c.timeline.filter((e) => e.type === 'docking-accepted')).toHaveLength(1);
  return accepted[0].harbourId;
}

describe('one acceptance per case', () => {
  it(`two harbours accepting in the portal at the same instant: exactly one stands (${ROUNDS} rounds)`, async () => {
    const winners: Record<string, number> = {};
    for (let i = 0; i < ROUNDS; i++) {
      const { caseId, lmp, mla } = await caseAskingTwo();
      // Which one is sent first alternates, so each side gets to be first.
      const both = [
        () => lampedusa.request('POST', `/api/docking-requests/${lmp}/answer`, { answer: 'accept' }),
        () => valletta.request('POST', `/api/docking-requests/${mla}/answer`, { answer: 'accept', places: 40 }),
      ];
      const answers = await Promise.all((i % 2 ? both.reverse() : both).map((f) => f()));
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      const loser = answers.find((a) => a.status === 409)!;
      expect(loser.body).toEqual({ error: 'already_placed', message: expect.stringContaining('Thank you') });
      const w = await expectOneStands(caseId);
      winners[w] = (winners[w] ?? 0) + 1;
    }
    // Both harbours won some rounds: the race really was run both ways.
    expect(Object.keys(winners).sort()).toEqual(['lampedusa', 'valletta']);
  });

  it(`portal and SMS acceptances at the same instant: exactly one stands (${ROUNDS} rounds)`, async () => {
    const t = { baseUrl: sys.baseUrl, publicUrl: PUBLIC_URL, authToken: fake.authToken };
    for (let i = 0; i < ROUNDS; i++) {
      const { caseId, lmp, mla } = await caseAskingTwo();
      const portalFirst = i % 2 === 0;
      // The SMS path does more before it decides; a little head start in some rounds lets it win some.
      const headStart = portalFirst ? 0 : (i % 7) * 4;
      const portalAnswer = async () => {
        await new Promise((r) => setTimeout(r, headStart));
        return lampedusa.request('POST', `/api/docking-requests/${lmp}/answer`, { answer: 'accept', places: 40 });
      };
      const smsAnswer = () =>
        postWebhook(t, '/webhooks/twilio/sms', { MessageSid: sid(), From: VALLETTA, Body: `YES 40 ${mla}` });
      const [portal, sms] = portalFirst
        ? await Promise.all([portalAnswer(), smsAnswer()])
        : await Promise.all([smsAnswer(), portalAnswer()]).then(([s, p]) => [p, s] as const);
      const winner = await expectOneStands(caseId);
      if (winner === 'lampedusa') {
        expect(portal.status).toBe(200);
        // The harbour that answered by SMS is told, by SMS, kindly.
        expect(sms.text).toContain('already has a port');
      } else {
        expect(portal).toMatchObject({ status: 409, body: { error: 'already_placed' } });
        expect(sms.text).toContain(`${mla} ACCEPTED for 40 places`);
      }
    }
  });

  it(`two processes at once, each on its own Redis connection: exactly one stands (${ROUNDS} rounds)`, async () => {
    const other = new Redis(sys.redisUrl);
    const store2 = createStore(other, sys.prefix, storeSettings(sys.config));
    try {
      for (let i = 0; i < ROUNDS; i++) {
        const { caseId, lmp, mla } = await caseAskingTwo();
        const at = new Date().toISOString();
        const outcomes = await Promise.all([
          store.placement.accept(lmp, { at, by: 'lampedusa', note: null }, () => []),
          store2.placement.accept(mla, { at, by: 'valletta', note: null, places: 40 }, () => []),
        ]);
        expect(outcomes.map((o) => o.kind).sort()).toEqual(['accepted', 'already-placed']);
        await expectPlacedOnce(caseId);
      }
    } finally {
      await other.quit();
    }
  });

  it('a later acceptance by SMS is thanked, and the case stays placed where it was', async () => {
    const { caseId, lmp, mla } = await caseAskingTwo();
    expect((await lampedusa.request('POST', `/api/docking-requests/${lmp}/answer`, { answer: 'accept' })).status).toBe(
      200,
    );
    const t = { baseUrl: sys.baseUrl, publicUrl: PUBLIC_URL, authToken: fake.authToken };
    const late = await postWebhook(t, '/webhooks/twilio/sms', { MessageSid: sid(), From: VALLETTA, Body: `Y ${mla}` });
    expect(late.text).toMatch(/Thank you for offering: everyone on board already has a port/);
    expect(await expectOneStands(caseId)).toBe('lampedusa');
  });

  it('a keypress acceptance after everyone is placed: the harbour hears thanks, nothing changes', async () => {
    const { caseId, lmp, mla } = await caseAskingTwo();
    expect((await lampedusa.request('POST', `/api/docking-requests/${lmp}/answer`, { answer: 'accept' })).status).toBe(
      200,
    );
    const t = { baseUrl: sys.baseUrl, publicUrl: PUBLIC_URL, authToken: fake.authToken };
    const press = await postWebhook(t, `/webhooks/twilio/voice?request=${mla}`, {
      CallSid: `CA${randomBytes(16).toString('hex')}`,
      Digits: '1',
    });
    expect(press.text).toContain('Thank you for offering: everyone on board already has a port');
    expect(await expectOneStands(caseId)).toBe('lampedusa');
  });

  it("an acceptance lowers the harbour's remaining capacity by the places it took", async () => {
    // The races above lowered it (to nothing): the harbour resets it, as it would in its portal.
    expect((await valletta.request('PATCH', '/api/harbours/valletta', { capacity: 300 })).status).toBe(200);
    const before = (await store.harbours.get('valletta'))!.capacity;
    const { mla } = await caseAskingTwo();
    expect(
      (await valletta.request('POST', `/api/docking-requests/${mla}/answer`, { answer: 'accept', places: 55 })).body
        .request,
    ).toMatchObject({ status: 'accepted', places: 40 });
    // 55 offered, 40 on board: it took 40.
    expect((await store.harbours.get('valletta'))!.capacity).toBe(before - 40);
  });

  it('matching that read the case before an acceptance opens no new request after it', async () => {
    const { caseId, lmp } = await caseAskingTwo();
    const seen = (await store.cases.record(caseId))!.placedPersons;
    expect(
      (await lampedusa.request('POST', `/api/docking-requests/${lmp}/answer`, { answer: 'accept', places: 10 })).status,
    ).toBe(200);
    const late = { ...(await store.docking.get(lmp))!, id: dockingRequestId({ caseId, harbourId: 'palermo' }) };
    expect(
      await store.docking.createMany(caseId, [{ ...late, harbourId: 'palermo', status: 'pending' }], [], seen),
    ).toBe(false);
    expect((await getCase(caseId)).dockingRequests.map((r) => r.harbourId).sort()).toEqual(['lampedusa', 'valletta']);
  });
});
