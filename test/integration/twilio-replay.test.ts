/**
 * Finding 2 (webhook replays): a captured signed Twilio request replayed later changes nothing,
 * and a harbour's "YES" without a reference answers only a request its number was delivered.
 */
import { randomBytes } from 'node:crypto';
import type { Case } from '../../shared/domain/case';
import { ApiClient } from '../helpers/client';
import { FakeTwilio, postWebhook } from '../helpers/fake-twilio';
import { startSystem, type TestSystem } from '../helpers/system';

const PUBLIC_URL = 'http://127.0.0.1:8080';
const LAMPEDUSA = '+39000000001';
const sid = (prefix: string) => `${prefix}${randomBytes(16).toString('hex')}`;

const fake = new FakeTwilio();
let sys: TestSystem;
let op: ApiClient;
const t = () => ({ baseUrl: sys.baseUrl, publicUrl: PUBLIC_URL, authToken: fake.authToken });

beforeAll(async () => {
  await fake.start();
  sys = await startSystem({ env: fake.env(PUBLIC_URL, { NOTIFY_BACKOFF_MS: '50' }) });
  op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
});
afterAll(async () => {
  await sys.close();
  await fake.close();
});

const getCase = async (id: string) => (await op.request('GET', `/api/cases/${id}`)).body.case as Case;

async function pendingLampedusa(caseId: string): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const r = (await getCase(caseId)).dockingRequests.find((d) => d.harbourId === 'lampedusa');
    if (r?.status === 'pending') return r.id;
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error(`no pending request to Lampedusa for ${caseId}`);
}

/** The case of a caller whose number ends so (numbers may be masked but for their last four digits). */
async function byCaller(last4: string): Promise<Case> {
  const cases = (await op.request('GET', '/api/cases')).body.cases as Case[];
  return cases.find((c) => c.callerNumber?.endsWith(last4))!;
}

const delivered = (requestId: string) =>
  postWebhook(t(), `/webhooks/twilio/status?n=${encodeURIComponent(`notify.${requestId}.0.sms`)}`, {
    MessageSid: sid('SM'),
    MessageStatus: 'delivered',
  });

describe('replayed Twilio requests change nothing', () => {
  it('a caller SMS replayed (once later, ten times at once) adds its fix once', async () => {
    const sms = { MessageSid: sid('SM'), From: '+8821699000001', Body: '34.5N 12.5E' };
    expect((await postWebhook(t(), '/webhooks/twilio/sms', sms)).status).toBe(200);
    const again = await postWebhook(t(), '/webhooks/twilio/sms', sms);
    expect(again).toMatchObject({ status: 200, text: expect.stringMatching(/<Response\/>$/) });
    const burst = await Promise.all(Array.from({ length: 10 }, () => postWebhook(t(), '/webhooks/twilio/sms', sms)));
    expect(burst.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    const c = await byCaller('0001');
    expect(c.positions).toHaveLength(1);
    expect(c.timeline.filter((e) => e.type === 'call')).toHaveLength(1);
  });

  it('ten copies of one signed SMS sent at once are handled exactly once', async () => {
    const sms = { MessageSid: sid('SM'), From: '+8821699000002', Body: 'we are sinking' };
    const res = await Promise.all(Array.from({ length: 10 }, () => postWebhook(t(), '/webhooks/twilio/sms', sms)));
    expect(res.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(1);
    const cases = (await op.request('GET', '/api/cases')).body.cases as Case[];
    const messages = cases.flatMap((c) =>
      c.timeline.filter((e) => e.type === 'message' && e.summary.includes('we are sinking')),
    );
    expect(messages).toHaveLength(1);
  });

  it('an inbound call replayed is logged once, and the replay rings nobody', async () => {
    const call = { CallSid: sid('CA'), From: '+8821699000003' };
    expect((await postWebhook(t(), '/webhooks/twilio/voice', call)).status).toBe(200);
    const replay = await postWebhook(t(), '/webhooks/twilio/voice', call);
    expect(replay.status).toBe(200);
    expect(replay.text).not.toContain('<Dial');
    expect((await byCaller('0003')).timeline.filter((e) => e.type === 'call')).toHaveLength(1);
  });

  it("a harbour's YES replayed later does not accept a newer request nobody answered", async () => {
    const first = (await op.request('POST', '/api/calls', { callerNumber: '+393339000001', position: '35.4 12.6' }))
      .body.caseId as string;
    const firstReq = await pendingLampedusa(first);
    await delivered(firstReq);
    const yes = { MessageSid: sid('SM'), From: LAMPEDUSA, Body: 'YES' };
    expect((await postWebhook(t(), '/webhooks/twilio/sms', yes)).text).toContain(`${firstReq} ACCEPTED`);

    const second = (await op.request('POST', '/api/calls', { callerNumber: '+393339000002', position: '35.5 12.7' }))
      .body.caseId as string;
    const secondReq = await pendingLampedusa(second);
    await delivered(secondReq);
    const replay = await postWebhook(t(), '/webhooks/twilio/sms', yes);
    expect(replay).toMatchObject({ status: 200, text: expect.stringMatching(/<Response\/>$/) });
    expect((await getCase(second)).dockingRequests.find((r) => r.id === secondReq)!.status).toBe('pending');
    const no = { MessageSid: sid('SM'), From: LAMPEDUSA, Body: `NO ${secondReq}` };
    expect((await postWebhook(t(), '/webhooks/twilio/sms', no)).text).toContain(`${secondReq} declined`);
  });

  it('a YES without a reference answers nothing its number was not delivered, and asks back', async () => {
    const caseId = (await op.request('POST', '/api/calls', { callerNumber: '+393339000003', position: '35.3 12.5' }))
      .body.caseId as string;
    const req = await pendingLampedusa(caseId);
    const early = await postWebhook(t(), '/webhooks/twilio/sms', { MessageSid: sid('SM'), From: LAMPEDUSA, Body: 'Y' });
    expect(early.text).toMatch(new RegExp(`which request do you answer\\? Pending: .*${req}`));
    expect((await getCase(caseId)).dockingRequests.find((r) => r.id === req)!.status).toBe('pending');
    // Delivered to the second contact only: still not this number's to answer blindly.
    await postWebhook(t(), `/webhooks/twilio/status?n=${encodeURIComponent(`notify.${req}.1.sms`)}`, {
      MessageSid: sid('SM'),
      MessageStatus: 'delivered',
    });
    const stillEarly = await postWebhook(t(), '/webhooks/twilio/sms', {
      MessageSid: sid('SM'),
      From: LAMPEDUSA,
      Body: 'Y',
    });
    expect(stillEarly.text).toContain('which request do you answer?');
    await delivered(req);
    const now = await postWebhook(t(), '/webhooks/twilio/sms', { MessageSid: sid('SM'), From: LAMPEDUSA, Body: 'Y' });
    expect(now.text).toContain(`${req} ACCEPTED`);
  });

  it('a keypress replayed does not answer again; a wrong key first still lets the right one count', async () => {
    const caseId = (await op.request('POST', '/api/calls', { callerNumber: '+393339000004', position: '35.2 12.4' }))
      .body.caseId as string;
    const req = await pendingLampedusa(caseId);
    const path = `/webhooks/twilio/voice?request=${encodeURIComponent(req)}`;
    const CallSid = sid('CA');
    expect((await postWebhook(t(), path, { CallSid, Digits: '7' })).text).toContain('Press 1 to accept');
    expect((await postWebhook(t(), path, { CallSid, Digits: '2' })).text).toContain('You declined');
    const replay = await postWebhook(t(), path, { CallSid, Digits: '2' });
    expect(replay.text).not.toContain('You declined');
    const c = await getCase(caseId);
    expect(c.timeline.filter((e) => e.type === 'docking-declined')).toHaveLength(1);
  });
});
