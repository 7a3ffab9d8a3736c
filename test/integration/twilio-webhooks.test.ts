import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import twilio from 'twilio';
import type { Case } from '../../shared/domain/case';
import { addUser } from '../../server/users/add-user';
import { ApiClient, nextEvent } from '../helpers/client';
import { FakeTwilio, postWebhook } from '../helpers/fake-twilio';
import { startSystem, type TestSystem } from '../helpers/system';

// Twilio signs against the public URL, not the address the test server listens on.
const PUBLIC_URL = 'http://127.0.0.1:8080';
const LAMPEDUSA = '+39000000001';
const VALLETTA = '+39000000010';
const BARCELONA = '+39000000011';
const PALERMO = '+39000000007';

const sid = (prefix: string) => `${prefix}${randomBytes(16).toString('hex')}`;

/** A webhook target for one system: its address, the public URL it signs against and the token. */
const target = (sys: TestSystem, authToken: string) => ({ baseUrl: sys.baseUrl, publicUrl: PUBLIC_URL, authToken });

/** Poll a case until `done` holds (the worker works asynchronously). */
async function waitForCase(op: ApiClient, caseId: string, done: (c: Case) => boolean, ms = 10_000): Promise<Case> {
  const until = Date.now() + ms;
  for (;;) {
    const c = (await op.request('GET', `/api/cases/${caseId}`)).body.case as Case;
    if (c && done(c)) return c;
    if (Date.now() > until)
      throw new Error(
        `case ${caseId} did not reach the expected state: ` +
          `${JSON.stringify(c?.dockingRequests.map((r) => [r.harbourId, r.status]))}`,
      );
    await new Promise((r) => setTimeout(r, 50));
  }
}

const pendingFor = (c: Case, harbourId: string) =>
  c.dockingRequests.find((r) => r.harbourId === harbourId && r.status === 'pending');

describe('Twilio webhooks accept only what Twilio signed', () => {
  const fake = new FakeTwilio();
  let sys: TestSystem;
  let redis: Redis;
  const caseCount = () => redis.zcard(`${sys.prefix}:cases`);
  const sms = { MessageSid: sid('SM'), From: '+393331234567', Body: '35.5N 12.5E' };

  beforeAll(async () => {
    sys = await startSystem({ worker: false, env: fake.env(PUBLIC_URL) });
    redis = new Redis(sys.redisUrl);
  });
  afterAll(async () => {
    await redis.quit();
    await sys.close();
  });

  it('a missing, forged or wrong signature is a 403 and stores nothing', async () => {
    const t = target(sys, fake.authToken);
    const missing = await postWebhook(t, '/webhooks/twilio/sms', sms, { signature: null });
    expect(missing.status).toBe(403);
    expect(missing.json).toEqual({ error: 'bad_signature', message: expect.any(String) });
    expect((await postWebhook(t, '/webhooks/twilio/sms', sms, { signature: 'bm90IGEgc2lnbmF0dXJl' })).status).toBe(403);
    expect((await postWebhook(t, '/webhooks/twilio/sms', sms, { token: 'someone-elses-token' })).status).toBe(403);
    // A signature made for another body, or for another URL, does not carry over.
    const harmless = { ...sms, Body: 'harmless' };
    const replayed = twilio.getExpectedTwilioSignature(fake.authToken, `${PUBLIC_URL}/webhooks/twilio/sms`, harmless);
    expect((await postWebhook(t, '/webhooks/twilio/sms', sms, { signature: replayed })).status).toBe(403);
    expect((await postWebhook(t, '/webhooks/twilio/sms', harmless, { signature: replayed })).status).toBe(200);
    const other = await postWebhook({ ...t, publicUrl: 'https://evil.example' }, '/webhooks/twilio/voice', {
      CallSid: sid('CA'),
      From: '+393331234567',
    });
    expect(other.status).toBe(403);
    expect(
      (
        await postWebhook(
          t,
          '/webhooks/twilio/status?n=notify.D-000001-x.0.sms',
          { MessageStatus: 'failed' },
          { signature: null },
        )
      ).status,
    ).toBe(403);
    // Only the one correctly signed SMS got through.
    expect(await caseCount()).toBe(1);
  });

  it('bodies Twilio never sends get a clear 4xx, never a 500', async () => {
    const t = target(sys, fake.authToken);
    const before = await caseCount();
    const huge = await postWebhook(t, '/webhooks/twilio/sms', { ...sms, Body: 'x'.repeat(30_000) });
    expect(huge.status).toBe(413);
    expect(huge.json.error).toBe('payload_too_large');
    const json = await postWebhook(t, '/webhooks/twilio/sms', sms, {
      body: JSON.stringify(sms),
      contentType: 'application/json',
    });
    expect(json.status).toBe(415);
    expect(json.json.error).toBe('unsupported_media_type');
    expect(
      (
        await postWebhook(t, '/webhooks/twilio/sms', sms, {
          contentType: 'application/x-www-form-urlencoded; charset=latin1',
        })
      ).status,
    ).toBe(415);
    // Correctly signed, but not what Twilio sends: a repeated From, no From, an SMS longer than Twilio allows.
    const twice = await postWebhook(t, '/webhooks/twilio/sms', { ...sms, From: ['+393331234567', '+393339999999'] });
    expect(twice.status).toBe(400);
    expect(twice.json).toEqual({
      error: 'invalid_body',
      message: expect.stringContaining('From'),
      details: expect.any(Array),
    });
    expect((await postWebhook(t, '/webhooks/twilio/sms', { Body: 'hello' })).status).toBe(400);
    expect((await postWebhook(t, '/webhooks/twilio/sms', { ...sms, Body: 'y'.repeat(3000) })).status).toBe(400);
    expect(
      (await postWebhook(t, '/webhooks/twilio/voice?request=../../etc', { CallSid: sid('CA'), Digits: '1' })).status,
    ).toBe(400);
    expect((await postWebhook(t, '/webhooks/twilio/status?n=%00%ff', { MessageStatus: 'failed' })).status).toBe(400);
    expect((await postWebhook(t, '/webhooks/twilio/status?n=notify.D-000001-x.0.sms', { Foo: 'bar' })).status).toBe(
      400,
    );
    expect((await postWebhook(t, '/webhooks/twilio/status', { MessageStatus: 'failed' })).status).toBe(400);
    // Whatever junk is signed, the answer is a client error.
    for (const junk of [
      '%%%&&&===',
      '__proto__[x]=1&constructor=2',
      'From=%E0%A4%A&Body=%',
      'a'.repeat(100) + '=' + '\u0000',
    ]) {
      const params = Object.fromEntries(new URLSearchParams(junk));
      const res = await postWebhook(t, '/webhooks/twilio/sms', params, { body: junk });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    expect((await postWebhook(t, '/webhooks/twilio/nothing-here', sms)).status).toBe(404);
    expect(await caseCount()).toBe(before);
  });
});

describe('Twilio webhooks fail closed without the means to check signatures', () => {
  it.each<[string, Record<string, string>]>([
    ['no auth token', { PUBLIC_URL }],
    [
      'no public URL',
      {
        TWILIO_ACCOUNT_SID: 'AC00000000000000000000000000000000',
        TWILIO_AUTH_TOKEN: 'a-token-but-no-public-url',
        TWILIO_FROM: '+15005550006',
      },
    ],
  ])('with %s every webhook is a 403 webhooks_disabled', async (_name, env) => {
    const sys = await startSystem({ worker: false, env });
    try {
      const token = env.TWILIO_AUTH_TOKEN ?? 'whatever';
      for (const path of [
        '/webhooks/twilio/voice',
        '/webhooks/twilio/sms',
        '/webhooks/twilio/status?n=notify.D-1.0.sms',
      ]) {
        const res = await postWebhook(target(sys, token), path, {
          From: '+393331234567',
          Body: '35.5N 12.5E',
          MessageStatus: 'failed',
        });
        expect(res.status).toBe(403);
        expect(res.json.error).toBe('webhooks_disabled');
        expect(res.json.message).toMatch(env.TWILIO_AUTH_TOKEN ? /PUBLIC_URL/ : /TWILIO_AUTH_TOKEN/);
      }
      const op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
      expect((await op.request('GET', '/api/cases')).body.cases).toHaveLength(0);
    } finally {
      await sys.close();
    }
  });
});

describe('callers reach the hotline by phone and SMS', () => {
  const fake = new FakeTwilio();
  let sys: TestSystem;
  let op: ApiClient;
  const t = () => target(sys, fake.authToken);

  beforeAll(async () => {
    sys = await startSystem({ worker: false, env: fake.env(PUBLIC_URL) });
    op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
  });
  afterAll(async () => {
    await sys.close();
  });

  it('an inbound call opens a case and rings operators on shift; spoken fallback in English and French', async () => {
    const s = await op.socket();
    try {
      // Nobody on shift has a phone yet: the caller hears the fallback only.
      const created = nextEvent(s, 'case:created');
      const first = await postWebhook(t(), '/webhooks/twilio/voice', {
        CallSid: sid('CA'),
        From: '+218 91 234 5678',
        To: fake.from,
        Direction: 'inbound',
      });
      expect(first.status).toBe(200);
      expect(first.contentType).toMatch(/xml/);
      expect(first.text).not.toContain('<Dial');
      expect(first.text).toMatch(
        /<Say language="en-GB">[^<]*registered[^<]*<\/Say><Say language="fr-FR">[^<]*enregistr/,
      );
      const c = await created;
      expect(c).toMatchObject({ callerNumber: '+218912345678', status: 'open' });
      expect(c.timeline[0]).toMatchObject({
        type: 'call',
        actor: 'twilio',
        summary: expect.stringContaining('voice call'),
      });

      await addUser(sys.server.deps.store, {
        username: 'night-operator',
        password: 'night-operator-pw',
        role: 'operator',
        phone: '+49 151 2345 6789',
      });
      await addUser(sys.server.deps.store, {
        username: 'night-supervisor',
        password: 'night-supervisor-pw',
        role: 'supervisor',
        phone: '0033 6 12 34 56 78',
      });
      await addUser(sys.server.deps.store, {
        username: 'harbour-with-phone',
        password: 'harbour-phone-pw',
        role: 'harbour',
        harbourId: 'palermo',
        phone: '+39 333 0000000',
      });

      const updated = nextEvent(s, 'case:updated', (u) => u.id === c.id);
      const again = await postWebhook(t(), '/webhooks/twilio/voice', { CallSid: sid('CA'), From: '+218912345678' });
      expect(again.status).toBe(200);
      expect(again.text).toMatch(
        new RegExp(
          String.raw`<Dial timeout="\d+" answerOnBridge="true"><Number>\+33612345678<\/Number>` +
            String.raw`<Number>\+4915123456789<\/Number><\/Dial><Say language="en-GB">`,
        ),
      );
      expect(again.text).not.toContain('+393330000000');
      // The second call from the same number joined the open case.
      expect((await updated).timeline.filter((e) => e.type === 'call')).toHaveLength(2);
      expect((await op.request('GET', '/api/cases')).body.cases).toHaveLength(1);
    } finally {
      s.close();
    }
  });

  it('a withheld number opens a new case per call rather than threading all anonymous callers together', async () => {
    const before = (await op.request('GET', '/api/cases')).body.cases.length;
    for (const from of ['+266696687', 'anonymous']) {
      expect((await postWebhook(t(), '/webhooks/twilio/voice', { CallSid: sid('CA'), From: from })).status).toBe(200);
    }
    const cases = (await op.request('GET', '/api/cases')).body.cases as Case[];
    expect(cases).toHaveLength(before + 2);
    expect(cases.filter((c) => c.callerNumber?.startsWith('withheld'))).toHaveLength(2);
  });

  it(
    'an SMS with a position adds a fix with the raw text kept; the next SMS joins the same case; ' +
      'other text is a timeline message',
    async () => {
      const from = '+8821612345678';
      const first = await postWebhook(t(), '/webhooks/twilio/sms', {
        MessageSid: sid('SM'),
        From: from,
        Body: "we are at 34°10.5'N 012°30.2'E, 40 people",
      });
      expect(first.status).toBe(200);
      // Nothing is sent back to a caller: a reply could cost them satellite credit.
      expect(first.text).toMatch(/^<\?xml[^>]*\?><Response\/>$/);
      const list = (await op.request('GET', '/api/cases')).body.cases as Case[];
      const opened = list.find((c) => c.callerNumber === from)!;
      expect(opened).toBeDefined();

      const second = await postWebhook(t(), '/webhooks/twilio/sms', {
        MessageSid: sid('SM'),
        From: '00 8821 612 345 678',
        Body: '34.2 12.6',
      });
      expect(second.status).toBe(200);
      const message = await postWebhook(t(), '/webhooks/twilio/sms', {
        MessageSid: sid('SM'),
        From: from,
        Body: 'water coming in, engine stopped',
      });
      expect(message.text).toMatch(/<Response\/>$/);

      const c = (await op.request('GET', `/api/cases/${opened.id}`)).body.case as Case;
      expect(c.positions).toHaveLength(2);
      expect(c.positions[0]).toMatchObject({
        raw: "we are at 34°10.5'N 012°30.2'E, 40 people",
        source: 'sms',
        lat: expect.closeTo(34.175, 3),
        lon: expect.closeTo(12.5033, 3),
      });
      expect(c.positions[1]).toMatchObject({ raw: '34.2 12.6', source: 'sms', lat: 34.2, lon: 12.6 });
      expect(c.timeline.find((e) => e.type === 'message')).toMatchObject({
        actor: 'twilio',
        summary: expect.stringContaining('water coming in, engine stopped'),
        data: { text: 'water coming in, engine stopped' },
      });
      expect(c.timeline.filter((e) => e.type === 'call').map((e) => e.summary)).toEqual([
        expect.stringMatching(/^SMS K-\d+ \(thuraya satellite phone\), position fixed/),
        expect.stringMatching(/^SMS K-/),
      ]);
      expect(
        (await op.request('GET', '/api/cases')).body.cases.filter((x: Case) => x.callerNumber === from),
      ).toHaveLength(1);
    },
  );

  it('a first SMS without a position opens a case with the text as notes and on the timeline', async () => {
    const res = await postWebhook(t(), '/webhooks/twilio/sms', {
      MessageSid: sid('SM'),
      From: '+216 20 123 456',
      Body: 'help us please, boat sinking',
    });
    expect(res.status).toBe(200);
    const c = ((await op.request('GET', '/api/cases')).body.cases as Case[]).find(
      (x) => x.callerNumber === '+21620123456',
    )!;
    expect(c).toMatchObject({ notes: 'help us please, boat sinking', positions: [] });
    expect(c.timeline.map((e) => e.type)).toEqual(['call', 'message']);
  });
});

describe('harbours answer docking requests by SMS and keypress; Twilio reports delivery', () => {
  const fake = new FakeTwilio();
  let sys: TestSystem;
  let op: ApiClient;
  const t = () => target(sys, fake.authToken);
  const call = async (callerNumber: string, position: string) =>
    (await op.request('POST', '/api/calls', { callerNumber, position, personsOnBoard: 30 })).body.caseId as string;
  const harbourSms = (From: string, Body: string) =>
    postWebhook(t(), '/webhooks/twilio/sms', { MessageSid: sid('SM'), From, Body });
  // What Twilio reports once the request's SMS reached the harbour's first contact: a reply
  // without a reference answers only a request its sender was delivered.
  const delivered = (requestId: string) =>
    postWebhook(t(), `/webhooks/twilio/status?n=${encodeURIComponent(`notify.${requestId}.0.sms`)}`, {
      MessageSid: sid('SM'),
      MessageStatus: 'delivered',
    });

  beforeAll(async () => {
    await fake.start();
    sys = await startSystem({ env: fake.env(PUBLIC_URL, { NOTIFY_BACKOFF_MS: '50' }) });
    op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
  });
  afterAll(async () => {
    await sys.close();
    await fake.close();
  });

  it('a harbour contact replying "YES 40" accepts its pending request, live on the console', async () => {
    const s = await op.socket();
    try {
      const caseId = await call('+393331000001', '35.3333 12.6667');
      const req = pendingFor(await waitForCase(op, caseId, (c) => Boolean(pendingFor(c, 'lampedusa'))), 'lampedusa')!;
      const answered = nextEvent(s, 'docking:answered', (r) => r.id === req.id);
      await delivered(req.id);
      const res = await harbourSms('+39 000 000 001', 'YES 40');
      expect(res.status).toBe(200);
      // 40 offered, 30 on board: it takes the 30.
      expect(res.text).toContain(`<Message>HAVEN: ${req.id} ACCEPTED for 30 places.`);
      expect(await answered).toMatchObject({
        id: req.id,
        status: 'accepted',
        places: 30,
        answeredBy: 'Lampedusa by SMS',
      });
      const c = (await op.request('GET', `/api/cases/${caseId}`)).body.case as Case;
      expect(c.timeline.find((e) => e.type === 'docking-accepted')?.summary).toContain('via SMS');
      // Saying it again changes nothing.
      expect((await harbourSms(LAMPEDUSA, `yes ${req.id}`)).text).toContain(`${req.id} was already accepted`);
    } finally {
      s.close();
    }
  });

  it('a harbour contact replying "NO" declines, and the next harbour is asked', async () => {
    const s = await op.socket();
    try {
      const caseId = await call('+393331000002', '35.85 14.45');
      const before = await waitForCase(
        op,
        caseId,
        (c) => Boolean(pendingFor(c, 'valletta')) && c.dockingRequests.length === 2,
      );
      const asked = new Set(before.dockingRequests.map((r) => r.harbourId));
      const third = nextEvent(
        s,
        'docking:requested',
        (r) => 'caseId' in r && r.caseId === caseId && !asked.has(r.harbourId),
      );
      await delivered(pendingFor(before, 'valletta')!.id);
      const res = await harbourSms(VALLETTA, 'no');
      expect(res.text).toContain(`${pendingFor(before, 'valletta')!.id} declined`);
      expect(await third).toMatchObject({ caseId, status: 'pending', rank: 3 });
    } finally {
      s.close();
    }
  });

  it("an SMS from a non-contact number answers nothing, nor can one harbour answer another's request", async () => {
    const caseId = await call('+393331000003', '39.0 13.0');
    const c = await waitForCase(op, caseId, (x) => Boolean(pendingFor(x, 'palermo')));
    const palermo = pendingFor(c, 'palermo')!;
    // An unknown number is a caller: its text becomes a case message (not a position), and no reply is sent.
    const stranger = await harbourSms('+39000000099', `Y 40 ${palermo.id}`);
    expect(stranger.text).toMatch(/<Response\/>$/);
    const strangerCase = ((await op.request('GET', '/api/cases')).body.cases as Case[]).find(
      (x) => x.callerNumber === '+39000000099',
    )!;
    expect(strangerCase).toMatchObject({ positions: [], dockingRequests: [] });
    expect(strangerCase.timeline.find((e) => e.type === 'message')?.data).toEqual({
      channel: 'sms',
      text: `Y 40 ${palermo.id}`,
    });
    const other = await harbourSms(LAMPEDUSA, `YES 40 ${palermo.id}`);
    expect(other.text).toContain('no such docking request for your harbour');
    const unclear = await harbourSms(PALERMO, 'maybe tomorrow');
    expect(unclear.text).toContain(
      'answer not understood. Reply YES &lt;places&gt; &lt;request id&gt; or NO &lt;request id&gt;.',
    );
    expect(pendingFor((await op.request('GET', `/api/cases/${caseId}`)).body.case, 'palermo')).toBeDefined();
  });

  it('with several pending requests and none named, the harbour is asked for the id; naming it answers', async () => {
    const first = await call('+393331000004', '41.0 2.6');
    const second = await call('+393331000005', '40.5 1.5');
    const a = pendingFor(await waitForCase(op, first, (c) => Boolean(pendingFor(c, 'barcelona'))), 'barcelona')!;
    const b = pendingFor(await waitForCase(op, second, (c) => Boolean(pendingFor(c, 'barcelona'))), 'barcelona')!;
    await Promise.all([delivered(a.id), delivered(b.id)]);
    const several = await harbourSms(BARCELONA, 'Si');
    expect(several.text).toContain(`you have 2 pending requests (${[a.id, b.id].sort().join(', ')}). Include the id`);
    const named = await harbourSms(BARCELONA, `Y 30 ${a.id.toLowerCase()}`);
    expect(named.text).toContain(`${a.id} ACCEPTED for 30 places`);
    expect(pendingFor((await op.request('GET', `/api/cases/${second}`)).body.case, 'barcelona')).toMatchObject({
      id: b.id,
    });
  });

  it('pressing 1 on the docking call accepts; other keys ask again; a second answer changes nothing', async () => {
    const caseId = await call('+393331000006', '40.5 1.6');
    const req = pendingFor(await waitForCase(op, caseId, (c) => Boolean(pendingFor(c, 'valencia'))), 'valencia')!;
    const path = `/webhooks/twilio/voice?request=${encodeURIComponent(req.id)}`;
    const wrong = await postWebhook(t(), path, { CallSid: sid('CA'), Digits: '9' });
    expect(wrong.text).toContain(
      `<Gather numDigits="1" action="${PUBLIC_URL}${path}" method="POST"><Say language="en-GB">Press 1 to accept`,
    );
    const s = await op.socket();
    try {
      const answered = nextEvent(s, 'docking:answered', (r) => r.id === req.id);
      const accept = await postWebhook(t(), path, { CallSid: sid('CA'), Digits: '1' });
      expect(accept.text).toContain('You accepted the docking request for 30 people');
      expect(await answered).toMatchObject({ status: 'accepted', answeredBy: 'Valencia by phone' });
    } finally {
      s.close();
    }
    expect((await postWebhook(t(), path, { CallSid: sid('CA'), Digits: '2' })).text).toContain('already accepted');
    expect(
      (await postWebhook(t(), '/webhooks/twilio/voice?request=D-999999-nowhere', { CallSid: sid('CA'), Digits: '1' }))
        .text,
    ).toContain('not known');
  });

  it('a failed delivery escalates on the timeline and the console; each delivery is documented once', async () => {
    const caseId = await call('+393331000007', '38.9 13.1');
    const c = await waitForCase(
      op,
      caseId,
      (x) => x.dockingRequests.filter((r) => r.status === 'pending').length === 2,
    );
    const [failing, arriving] = c.dockingRequests;
    const s = await op.socket();
    try {
      const escalated = nextEvent(s, 'notification:status', (n) => n.requestId === failing.id && n.status !== 'queued');
      const status = `/webhooks/twilio/status?n=${encodeURIComponent(`notify.${failing.id}.0.sms`)}`;
      const res = await postWebhook(t(), status, {
        MessageSid: sid('SM'),
        MessageStatus: 'undelivered',
        ErrorCode: '30003',
      });
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      expect(await escalated).toMatchObject({
        status: 'escalated',
        caseId,
        harbourId: failing.harbourId,
        channel: 'sms',
        detail: 'Twilio: undelivered (error 30003)',
      });
      // Twilio repeating itself does not repeat the escalation.
      expect(
        (await postWebhook(t(), status, { MessageSid: sid('SM'), MessageStatus: 'undelivered', ErrorCode: '30003' }))
          .status,
      ).toBe(204);

      const delivered = nextEvent(
        s,
        'notification:status',
        (n) => n.requestId === arriving.id && n.status !== 'queued',
      );
      await postWebhook(t(), `/webhooks/twilio/status?n=notify.${arriving.id}.0.sms`, { MessageStatus: 'delivered' });
      expect(await delivered).toMatchObject({ status: 'delivered' });
    } finally {
      s.close();
    }
    const after = (await op.request('GET', `/api/cases/${caseId}`)).body.case as Case;
    const escalations = after.timeline.filter((e) => e.type === 'escalation');
    expect(escalations).toHaveLength(1);
    expect(escalations[0]).toMatchObject({
      actor: 'twilio',
      summary:
        `COULD NOT REACH ${failing.harbourName} contact 1 by sms ` +
        '(Twilio: undelivered (error 30003)). Call them by hand.',
    });
    expect(
      after.timeline.filter((e) => e.summary === `SMS to ${arriving.harbourName} contact 1 delivered`),
    ).toHaveLength(1);
    // Unknown statuses and requests are ignored, not errors.
    expect(
      (await postWebhook(t(), '/webhooks/twilio/status?n=notify.D-424242-atlantis.0.sms', { MessageStatus: 'failed' }))
        .status,
    ).toBe(204);
    expect(
      (await postWebhook(t(), `/webhooks/twilio/status?n=notify.${arriving.id}.0.sms`, { MessageStatus: 'teleported' }))
        .status,
    ).toBe(204);
  });

  it('a case opened by a call without a position is matched as soon as an SMS from the caller gives one', async () => {
    const from = '+21698765432';
    expect((await postWebhook(t(), '/webhooks/twilio/voice', { CallSid: sid('CA'), From: from })).status).toBe(200);
    const opened = ((await op.request('GET', '/api/cases')).body.cases as Case[]).find((c) => c.callerNumber === from)!;
    await waitForCase(op, opened.id, (c) => c.timeline.some((e) => e.type === 'matching'));
    await postWebhook(t(), '/webhooks/twilio/sms', { MessageSid: sid('SM'), From: from, Body: '36.5N 13.5E' });
    const matched = await waitForCase(op, opened.id, (c) => c.dockingRequests.length === 2);
    expect(matched.dockingRequests.map((r) => r.harbourId).sort()).toEqual(['porto-empedocle', 'valletta']);
  });

  it('a failed call to a harbour whose request is already answered is recorded but not escalated', async () => {
    const caseId = await call('+393331000008', '35.34 12.66');
    const req = pendingFor(await waitForCase(op, caseId, (c) => Boolean(pendingFor(c, 'lampedusa'))), 'lampedusa')!;
    await harbourSms(LAMPEDUSA, `YES ${req.id}`);
    const s = await op.socket();
    try {
      const failed = nextEvent(s, 'notification:status', (n) => n.requestId === req.id && n.channel === 'voice');
      await postWebhook(t(), `/webhooks/twilio/status?n=notify.${req.id}.0.voice`, {
        CallSid: sid('CA'),
        CallStatus: 'no-answer',
      });
      expect(await failed).toMatchObject({ status: 'failed', channel: 'voice' });
    } finally {
      s.close();
    }
    const c = (await op.request('GET', `/api/cases/${caseId}`)).body.case as Case;
    expect(c.timeline.filter((e) => e.type === 'escalation')).toHaveLength(0);
    expect(c.timeline.find((e) => e.summary.startsWith('voice call to Lampedusa contact 1 failed'))?.summary).toContain(
      'already accepted',
    );
  });
});
