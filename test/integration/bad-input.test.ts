import { Redis } from 'ioredis';
import { ApiClient } from '../helpers/client';
import { startSystem, type TestSystem } from '../helpers/system';

// Every bad input gets a clear 4xx with {error, message}, and nothing is stored half-way.
describe('bad input is refused clearly and stores nothing', () => {
  let sys: TestSystem;
  let operator: ApiClient;
  let redis: Redis;
  const caseCount = () => redis.zcard(`${sys.prefix}:cases`);

  beforeAll(async () => {
    sys = await startSystem({ worker: false });
    operator = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
    redis = new Redis(sys.redisUrl);
  });
  afterAll(async () => {
    await redis.quit();
    await sys.close();
  });

  it('malformed JSON is a 400 invalid_json', async () => {
    const res = await operator.request('POST', '/api/calls', undefined, { raw: '{"callerNumber": "+3933' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'invalid_json', message: expect.any(String) });
    expect(await caseCount()).toBe(0);
  });

  it('a missing caller number or a mistyped field is a 400 naming the field', async () => {
    const missing = await operator.request('POST', '/api/calls', { personsOnBoard: 3 });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toBe('invalid_body');
    expect(missing.body.message).toContain('callerNumber');
    const mistyped = await operator.request('POST', '/api/calls', {
      callerNumber: '+393331234567',
      personsOnBoard: 'forty',
    });
    expect(mistyped.status).toBe(400);
    expect(mistyped.body.message).toContain('personsOnBoard');
    const unknown = await operator.request('POST', '/api/calls', { callerNumber: '+393331234567', isAdmin: true });
    expect(unknown.status).toBe(400);
    const halfPosition = await operator.request('POST', '/api/calls', { callerNumber: '+393331234567', lat: 35 });
    expect(halfPosition.status).toBe(400);
    expect(await caseCount()).toBe(0);
  });

  it('a 2 MB body is a 413', async () => {
    const res = await operator.request('POST', '/api/calls', undefined, {
      raw: JSON.stringify({ callerNumber: '+393331234567', notes: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(res.status).toBe(413);
    expect(res.body.error).toBe('payload_too_large');
    expect(await caseCount()).toBe(0);
  });

  it('a body in a charset other than UTF-8, or with invalid UTF-8 bytes, is refused, not stored garbled', async () => {
    const utf7 = await operator.request('POST', '/api/calls', undefined, {
      raw: '{"callerNumber":"+393331234567"}',
      headers: { 'content-type': 'application/json; charset=utf-7' },
    });
    expect(utf7.status).toBe(415);
    expect(utf7.body.error).toBe('unsupported_encoding');
    const res = await fetch(`${sys.baseUrl}/api/calls`, {
      method: 'POST',
      headers: { cookie: operator.cookie, 'x-csrf-token': operator.csrf, 'content-type': 'application/json' },
      body: Buffer.concat([
        Buffer.from('{"callerNumber":"+39'),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('3331234567"}'),
      ]),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'invalid_encoding', message: 'request body is not valid UTF-8' });
    expect(await caseCount()).toBe(0);
  });

  it('a body that is not JSON is a 415', async () => {
    const res = await operator.request('POST', '/api/calls', undefined, {
      raw: 'callerNumber=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(415);
  });

  it('a wrong or missing CSRF token is a 403 and stores nothing', async () => {
    const forged = new ApiClient(sys.baseUrl);
    forged.cookie = operator.cookie;
    forged.csrf = 'not-the-token';
    const res = await forged.request('POST', '/api/calls', { callerNumber: '+393331234567' });
    expect(res.status).toBe(403);
    expect(res.body.error).toBe('csrf_failed');
    forged.csrf = '';
    expect((await forged.request('POST', '/api/calls', { callerNumber: '+393331234567' })).status).toBe(403);
    expect(await caseCount()).toBe(0);
  });

  it('without a session every API endpoint is a 401', async () => {
    const anon = new ApiClient(sys.baseUrl);
    for (const [m, p] of [
      ['GET', '/api/cases'],
      ['POST', '/api/calls'],
      ['GET', '/api/docking-requests'],
      ['GET', '/api/harbours'],
      ['GET', '/api/auth/me'],
    ] as const) {
      expect((await anon.request(m, p, m === 'POST' ? {} : undefined)).status).toBe(401);
    }
  });

  it('a wrong password is a 401 that does not say which part was wrong', async () => {
    const res = await new ApiClient(sys.baseUrl).request('POST', '/api/auth/login', {
      username: 'operator',
      password: 'wrong-password',
    });
    expect(res.status).toBe(401);
    expect(res.body.message).toBe('wrong username or password');
  });

  it("a harbour user cannot see or answer another harbour's request, nor log calls", async () => {
    await operator.request('POST', '/api/calls', {
      callerNumber: '+393331111111',
      position: '35.5 12.6',
      personsOnBoard: 10,
    });
    // Create a request for Palermo directly through the worker-less store: run the matcher by hand.
    const sysWithWorker = await startSystem();
    try {
      const op = await new ApiClient(sysWithWorker.baseUrl).login('operator', sysWithWorker.users.operator.password);
      const call = await op.request('POST', '/api/calls', {
        callerNumber: '+393332222222',
        position: '38.3 13.2',
        personsOnBoard: 10,
      });
      let requests: { id: string; harbourId: string }[] = [];
      for (let i = 0; i < 100 && requests.length === 0; i++) {
        requests = (await op.request('GET', `/api/cases/${call.body.caseId}`)).body.case.dockingRequests;
        await new Promise((r) => setTimeout(r, 100));
      }
      const palermo = requests.find((r) => r.harbourId === 'palermo');
      expect(palermo).toBeDefined();
      const lampedusa = await new ApiClient(sysWithWorker.baseUrl).login(
        'lampedusa',
        sysWithWorker.users.lampedusa.password,
      );
      const answer = await lampedusa.request('POST', `/api/docking-requests/${palermo!.id}/answer`, {
        answer: 'accept',
      });
      expect(answer.status).toBe(404);
      expect(answer.body.error).toBe('not_found');
      const list = await lampedusa.request('GET', '/api/docking-requests');
      expect(list.body.requests.map((r: { id: string }) => r.id)).not.toContain(palermo!.id);
      expect((await lampedusa.request('POST', '/api/calls', { callerNumber: '+391' })).status).toBe(403);
      expect((await lampedusa.request('GET', `/api/cases/${call.body.caseId}`)).status).toBe(403);
      const stillPending = (await op.request('GET', `/api/cases/${call.body.caseId}`)).body.case.dockingRequests.find(
        (r: { id: string }) => r.id === palermo!.id,
      );
      expect(stillPending.status).toBe('pending');
    } finally {
      await sysWithWorker.close();
    }
  });

  it('a call is never refused for its position: unparseable text is kept raw with a warning', async () => {
    const res = await operator.request('POST', '/api/calls', {
      callerNumber: '+393339999999',
      position: 'near the big oil platform, battery low',
      personsOnBoard: 60,
    });
    expect(res.status).toBe(201);
    const fix = res.body.case.positions[0];
    expect(fix).toMatchObject({ lat: null, lon: null, raw: 'near the big oil platform, battery low' });
    expect(fix.warnings[0]).toMatch(/position not understood/);
  });

  it('a second call from the same number joins the open case', async () => {
    const a = await operator.request('POST', '/api/calls', { callerNumber: '+88216 5555 1234', position: '34.1 12.9' });
    const b = await operator.request('POST', '/api/calls', {
      callerNumber: '0088216 5555 1234',
      position: '34.2 12.95',
    });
    expect(b.status).toBe(201);
    expect(b.body.caseId).toBe(a.body.caseId);
    expect(b.body.case.positions).toHaveLength(2);
  });
});
