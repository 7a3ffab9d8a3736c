/**
 * Escalation never stalls: a failed SMS becomes a call, a harbour nobody can reach is passed over
 * at once, an SMS without a delivery report is followed by a call, and a reminder goes out before
 * the deadline. Twilio is faked at its HTTP boundary; its status callbacks are posted as Twilio
 * signs them.
 */
import { randomBytes } from 'node:crypto';
import type { Case } from '../../shared/domain/case';
import { ApiClient } from '../helpers/client';
import { FakeTwilio, postWebhook } from '../helpers/fake-twilio';
import { startSystem, type TestSystem } from '../helpers/system';

const PUBLIC_URL = 'http://127.0.0.1:8080';
const LAMPEDUSA = '+39000000001';
const NEAR_LAMPEDUSA = "35°20.0'N 012°40.0'E";

async function waitForCase(op: ApiClient, caseId: string, done: (c: Case) => boolean, ms = 15_000): Promise<Case> {
  const until = Date.now() + ms;
  for (;;) {
    const c = (await op.request('GET', `/api/cases/${caseId}`)).body.case as Case;
    if (c && done(c)) return c;
    if (Date.now() > until)
      throw new Error(`case ${caseId}: ${JSON.stringify(c?.dockingRequests.map((r) => [r.harbourId, r.status]))}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const lampedusaPending = (c: Case) =>
  c.dockingRequests.find((r) => r.harbourId === 'lampedusa' && r.status === 'pending');

describe('failures move on at once', () => {
  const fake = new FakeTwilio();
  let sys: TestSystem;
  let op: ApiClient;
  const status = (n: string, params: Record<string, string>) =>
    postWebhook(
      { baseUrl: sys.baseUrl, publicUrl: PUBLIC_URL, authToken: fake.authToken },
      `/webhooks/twilio/status?n=${encodeURIComponent(n)}`,
      params,
    );
  beforeAll(async () => {
    await fake.start();
    sys = await startSystem({ env: fake.env(PUBLIC_URL, { NOTIFY_BACKOFF_MS: '50', HARBOURS_PER_ROUND: '1' }) });
    op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
  });
  afterAll(async () => {
    await sys.close();
    await fake.close();
  });

  it('a failed SMS delivery becomes a keypress call; a failed call passes the harbour over at once', async () => {
    const caseId = (
      await op.request('POST', '/api/calls', { callerNumber: '+8821699200001', position: NEAR_LAMPEDUSA })
    ).body.caseId as string;
    const req = lampedusaPending(await waitForCase(op, caseId, (c) => Boolean(lampedusaPending(c))))!;
    await fake.waitFor((r) => r.resource === 'Messages' && r.params.To === LAMPEDUSA && r.params.Body.includes(req.id));
    expect(fake.sent('Calls', LAMPEDUSA)).toHaveLength(0);

    expect(
      (
        await status(`notify.${req.id}.0.sms`, {
          MessageSid: `SM${randomBytes(16).toString('hex')}`,
          MessageStatus: 'undelivered',
          ErrorCode: '30003',
        })
      ).status,
    ).toBe(204);
    const call = await fake.waitFor((r) => r.resource === 'Calls' && r.params.To === LAMPEDUSA);
    expect(call.params.Twiml).toContain(`request=${req.id}`);

    expect(
      (
        await status(`notify.${req.id}.0.voice`, {
          CallSid: `CA${randomBytes(16).toString('hex')}`,
          CallStatus: 'no-answer',
        })
      ).status,
    ).toBe(204);
    const next = await waitForCase(op, caseId, (c) =>
      c.dockingRequests.some((r) => r.rank === 2 && r.status === 'pending'),
    );
    expect(next.dockingRequests.find((r) => r.id === req.id)!.status).toBe('expired');
    expect(next.timeline.some((e) => e.summary.includes('could not be reached on any channel'))).toBe(true);
  });

  it('a number Twilio refuses on every channel: the harbour is passed over before its deadline', async () => {
    fake.rejectNumber(LAMPEDUSA);
    const caseId = (
      await op.request('POST', '/api/calls', { callerNumber: '+8821699200002', position: NEAR_LAMPEDUSA })
    ).body.caseId as string;
    const c = await waitForCase(
      op,
      caseId,
      (x) =>
        x.dockingRequests.some((r) => r.harbourId === 'lampedusa' && r.status === 'expired') &&
        x.dockingRequests.some((r) => r.rank === 2 && r.status === 'pending'),
    );
    expect(fake.sent('Messages', LAMPEDUSA).some((r) => r.params.Body.includes(caseId.slice(2)))).toBe(true);
    expect(fake.sent('Calls', LAMPEDUSA).length).toBeGreaterThan(0);
    expect(c.matching.state).toBe('waiting');
  });
});

describe('timers: no delivery report, reminder', () => {
  const fake = new FakeTwilio();
  let sys: TestSystem;
  beforeAll(async () => {
    await fake.start();
    sys = await startSystem({
      env: fake.env(PUBLIC_URL, {
        HARBOURS_PER_ROUND: '1',
        DOCKING_DEADLINE_MINUTES: '0.1',
        ESCALATION_VOICE_AFTER_MINUTES: '0.02',
        ESCALATION_REMINDER_MINUTES: '0.05',
      }),
    });
  });
  afterAll(async () => {
    await sys.close();
    await fake.close();
  });

  it('an SMS with no delivery report is followed by a call, and a reminder comes before the deadline', async () => {
    const op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
    const caseId = (
      await op.request('POST', '/api/calls', { callerNumber: '+8821699200003', position: NEAR_LAMPEDUSA })
    ).body.caseId as string;
    const req = lampedusaPending(await waitForCase(op, caseId, (c) => Boolean(lampedusaPending(c))))!;
    await fake.waitFor((r) => r.resource === 'Calls' && r.params.To === LAMPEDUSA);
    const reminder = await fake.waitFor(
      (r) => r.resource === 'Messages' && r.params.To === LAMPEDUSA && r.params.Body.startsWith('HAVEN reminder'),
    );
    expect(reminder.params.Body).toContain(req.id);
    await op.request('PATCH', `/api/cases/${caseId}`, { status: 'closed', outcome: 'unknown' });
  });
});
