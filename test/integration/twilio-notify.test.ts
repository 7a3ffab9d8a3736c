import { randomBytes } from 'node:crypto';
import type { Case } from '../../shared/domain/case';
import { ApiClient, nextEvent } from '../helpers/client';
import { FakeTwilio, postWebhook } from '../helpers/fake-twilio';
import { startSystem, type TestSystem } from '../helpers/system';

const PUBLIC_URL = 'http://127.0.0.1:8080';
const LAMPEDUSA = '+39000000001';
const NAPLES = '+39000000009';
const BARCELONA = '+39000000011';
const VALENCIA = '+39000000012';
const CATANIA = '+39000000004';
const AUGUSTA = '+39000000003';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// With Twilio configured the worker's docking notifications go through the real twilio SDK, which
// is pointed at a fake Twilio REST server: the only thing faked is Twilio's HTTP boundary.
describe('docking notifications are sent through Twilio', () => {
  const fake = new FakeTwilio();
  let sys: TestSystem;
  let op: ApiClient;

  const call = async (callerNumber: string, position: string) =>
    (await op.request('POST', '/api/calls', { callerNumber, position, personsOnBoard: 25 })).body.caseId as string;
  const getCase = async (id: string) => (await op.request('GET', `/api/cases/${id}`)).body.case as Case;
  async function waitForCase(id: string, done: (c: Case) => boolean, ms = 10_000): Promise<Case> {
    const until = Date.now() + ms;
    for (;;) {
      const c = await getCase(id);
      if (done(c)) return c;
      if (Date.now() > until)
        throw new Error(
          `case ${id}: expected state not reached; timeline: ${c.timeline.map((e) => e.summary).join(' | ')}`,
        );
      await sleep(50);
    }
  }

  beforeAll(async () => {
    await fake.start();
    // A small backoff so that retries happen within the test.
    sys = await startSystem({ env: fake.env(PUBLIC_URL, { NOTIFY_BACKOFF_MS: '50' }) });
    op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
  });
  afterAll(async () => {
    await sys.close();
    await fake.close();
  });

  it("a docking request reaches the harbour contact as SMS with the request id, not the caller's number", async () => {
    const caseId = await call('+8821612345678', "35°20.0'N 012°40.0'E");
    const c = await waitForCase(caseId, (x) => x.dockingRequests.some((r) => r.harbourId === 'lampedusa'));
    const req = c.dockingRequests.find((r) => r.harbourId === 'lampedusa')!;
    const sent = await fake.waitFor((r) => r.resource === 'Messages' && r.params.To === LAMPEDUSA);
    expect(sent).toMatchObject({
      method: 'POST',
      path: `/2010-04-01/Accounts/${fake.accountSid}/Messages.json`,
      authorized: true,
      status: 201,
    });
    expect(sent.params).toMatchObject({
      From: fake.from,
      StatusCallback: `${PUBLIC_URL}/webhooks/twilio/status?n=notify.${req.id}.0.sms`,
    });
    expect(sent.params.Body).toContain(`HAVEN docking request ${req.id}: 25 persons`);
    expect(sent.params.Body).toContain(`Reply YES <places> or NO ${req.id}`);
    expect(sent.params.Body).not.toMatch(/8821|612345678/);
    const noted = await waitForCase(caseId, (x) =>
      x.timeline.some((e) => e.type === 'notification' && e.summary.startsWith('SMS to Lampedusa contact 1')),
    );
    expect(noted.timeline.find((e) => e.summary.startsWith('SMS to Lampedusa contact 1'))).toMatchObject({
      summary: expect.stringMatching(/: handed to Twilio, queued for sending$/),
      data: { providerId: expect.stringMatching(/^SM[0-9a-f]{32}$/) },
    });
    expect(fake.requests.every((r) => r.authorized)).toBe(true);
  });

  it('a voice contact is called with a keypress menu whose answer comes back through the voice webhook', async () => {
    const naples = (await sys.server.deps.store.harbours.get('naples'))!;
    await sys.server.deps.store.harbours.patch('naples', {
      contacts: [{ ...naples.contacts[0], channels: ['voice'] }],
    });
    const caseId = await call('+393332000001', '40.6 14.1');
    const req = (
      await waitForCase(caseId, (x) => x.dockingRequests.some((r) => r.harbourId === 'naples'))
    ).dockingRequests.find((r) => r.harbourId === 'naples')!;
    const placed = await fake.waitFor((r) => r.resource === 'Calls' && r.params.To === NAPLES);
    const action = `${PUBLIC_URL}/webhooks/twilio/voice?request=${req.id}`;
    expect(placed.params.Twiml).toContain(`<Gather numDigits="1" action="${action}">`);
    expect(placed.params.Twiml).toContain('Press 1 to accept, 2 to decline.');
    expect(fake.sent('Messages', NAPLES)).toHaveLength(0);
    // The harbour presses 1: Twilio posts the digit to the Gather's action, signed.
    const pressed = await postWebhook(
      { baseUrl: sys.baseUrl, publicUrl: PUBLIC_URL, authToken: fake.authToken },
      action.slice(PUBLIC_URL.length),
      { CallSid: `CA${randomBytes(16).toString('hex')}`, Digits: '1' },
    );
    expect(pressed.text).toContain('You accepted the docking request for 25 people');
    expect((await getCase(caseId)).dockingRequests.find((r) => r.id === req.id)).toMatchObject({
      status: 'accepted',
      answeredBy: 'Naples by phone',
    });
  });

  it('a number Twilio rejects as invalid (21211) is tried once, not retried, escalated on the timeline', async () => {
    fake.rejectNumber(BARCELONA);
    const s = await op.socket();
    try {
      const escalated = nextEvent(
        s,
        'notification:status',
        (n) => n.harbourId === 'barcelona' && n.status === 'escalated',
      );
      const caseId = await call('+393332000002', '41.0 2.6');
      expect(await escalated).toMatchObject({ caseId, channel: 'sms', detail: expect.stringContaining('21211') });
      // Retries would have come after 50, 100, 200 ms.
      await sleep(600);
      expect(fake.sent('Messages', BARCELONA).map((r) => r.status)).toEqual([400]);
      expect(fake.sent('Messages', VALENCIA).map((r) => r.status)).toEqual([201]);
      const c = await getCase(caseId);
      // The failed SMS is followed by a call to the same number (refused too): two escalations, no retry.
      expect(fake.sent('Calls', BARCELONA).map((r) => r.status)).toEqual([400]);
      const escalations = c.timeline.filter((e) => e.type === 'escalation');
      expect(escalations).toHaveLength(2);
      expect(escalations[1].summary).toMatch(/^COULD NOT REACH Barcelona contact 1 by voice/);
      expect(escalations[0].summary).toMatch(
        new RegExp(
          String.raw`^COULD NOT REACH Barcelona contact 1 by sms: Twilio refused \(400, code 21211\): ` +
            String.raw`The 'To' number <number> is not a valid phone number\. Call them by hand\.$`,
        ),
      );
      expect(JSON.stringify(c.timeline)).not.toContain('39000000011');
    } finally {
      s.close();
    }
  });

  it('a Twilio 500 is retried with backoff and the message then goes out once', async () => {
    fake.failNext(1);
    const caseId = await call('+393332000003', '39.0 13.0');
    const c = await waitForCase(caseId, (x) => x.timeline.filter((e) => e.type === 'notification').length === 2);
    const forRequest = (id: string) =>
      fake.requests.filter((r) => r.params.StatusCallback?.endsWith(`n=notify.${id}.0.sms`)).map((r) => r.status);
    const statuses = c.dockingRequests.map((r) => forRequest(r.id));
    expect(c.dockingRequests.map((r) => r.harbourId).sort()).toEqual(['palermo', 'trapani']);
    expect(statuses.flat().sort()).toEqual([201, 201, 500]);
    expect(statuses).toContainEqual([500, 201]);
    expect(c.timeline.filter((e) => e.type === 'escalation')).toHaveLength(0);
  });

  it('an outage that outlasts every retry escalates the unreachable harbour to a human', async () => {
    fake.failNumber(CATANIA);
    const caseId = await call('+393332000004', '37.6 15.4');
    const c = await waitForCase(caseId, (x) => x.timeline.some((e) => e.type === 'escalation'));
    expect(c.timeline.filter((e) => e.type === 'escalation').map((e) => e.summary)).toEqual([
      expect.stringMatching(/^COULD NOT REACH Catania contact 1 by sms: .*Call them by hand\.$/),
    ]);
    // The default five attempts, each refused; the other harbour asked in the same round got its SMS.
    expect(fake.sent('Messages', CATANIA).map((r) => r.status)).toEqual([500, 500, 500, 500, 500]);
    expect(fake.sent('Messages', AUGUSTA).map((r) => r.status)).toEqual([201]);
  });

  it('no contact is sent the same request twice, whatever was retried', async () => {
    // Everything above went to each contact once per request, except the retried and refused attempts.
    const byRequest = new Map<string, number>();
    for (const r of fake.requests.filter((x) => x.status === 201)) {
      const key = `${r.params.To} ${r.params.StatusCallback}`;
      byRequest.set(key, (byRequest.get(key) ?? 0) + 1);
    }
    expect([...byRequest.values()].every((n) => n === 1)).toBe(true);
    expect(fake.sent('Messages', LAMPEDUSA)).toHaveLength(1);
    expect(fake.sent('Messages', BARCELONA)).toHaveLength(1);
  });
});
