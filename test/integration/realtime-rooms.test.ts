import { io } from 'socket.io-client';
import { ApiClient, nextEvent } from '../helpers/client';
import { startSystem, type TestSystem } from '../helpers/system';

// Rooms are decided by the server from the role: nobody hears what their role does not need.
describe('socket.io rooms follow roles', () => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await startSystem();
  });
  afterAll(async () => {
    await sys.close();
  });

  it('a socket without a valid session is refused', async () => {
    const s = io(sys.baseUrl, {
      transports: ['websocket'],
      reconnection: false,
      extraHeaders: { cookie: 'haven_sid=forged-session-id-forged-session-id-forged12' },
    });
    const err = await new Promise<Error>((resolve) => s.once('connect_error', resolve));
    expect(err.message).toBe('unauthenticated');
    s.close();
  });

  it("a harbour hears only its own requests, reduced; no case, caller number or other harbour's request", async () => {
    const op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
    const lampedusa = await new ApiClient(sys.baseUrl).login('lampedusa', sys.users.lampedusa.password);
    const palermo = await new ApiClient(sys.baseUrl).login('palermo', sys.users.palermo.password);
    const [opSock, lmpSock, pmoSock] = await Promise.all([op.socket(), lampedusa.socket(), palermo.socket()]);
    const heard: Record<string, string[]> = { lampedusa: [], palermo: [] };
    const record =
      (name: string) =>
      (ev: string, ...args: unknown[]) =>
        heard[name].push(`${ev} ${JSON.stringify(args)}`);
    lmpSock.onAny(record('lampedusa'));
    pmoSock.onAny(record('palermo'));
    try {
      const toLampedusa = nextEvent(lmpSock, 'docking:requested');
      const operatorSaw = nextEvent(opSock, 'docking:requested', (r) => r.harbourId === 'lampedusa');
      await op.request('POST', '/api/calls', {
        callerNumber: '+8821698765432',
        position: '35.4N 12.7E',
        personsOnBoard: 25,
      });
      const [forHarbour, forOperator] = await Promise.all([toLampedusa, operatorSaw]);
      expect(forHarbour).not.toHaveProperty('caseId');
      expect(forHarbour).not.toHaveProperty('note');
      expect(forOperator).toHaveProperty('caseId');
      await new Promise((r) => setTimeout(r, 300));
      expect(heard.lampedusa.join('\n')).not.toMatch(/case:|8821698765432|"raw"/);
      expect(heard.palermo).toEqual([]);
    } finally {
      [opSock, lmpSock, pmoSock].forEach((s) => s.close());
    }
  });

  it('a crew hears its case once its vessel is assigned, reduced, and can report positions on it', async () => {
    const op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
    const crew = await new ApiClient(sys.baseUrl).login('crew', sys.users.crew.password);
    const crewSock = await crew.socket();
    try {
      const call = await op.request('POST', '/api/calls', {
        callerNumber: '+8821611112222',
        position: '34.9N 12.5E',
        personsOnBoard: 70,
        notes: 'caller said the engine failed',
      });
      const id = call.body.caseId;
      expect((await crew.request('GET', `/api/cases/${id}`)).status).toBe(404);
      expect((await op.request('POST', `/api/cases/${id}/assign`, { mmsi: '999999999' })).status).toBe(400);
      const heard = nextEvent(crewSock, 'case:updated', (c) => c.id === id);
      const assigned = await op.request('POST', `/api/cases/${id}/assign`, { mmsi: sys.users.crew.vesselMmsi });
      expect(assigned.status).toBe(200);
      const reduced = await heard;
      expect(reduced).toMatchObject({ id, callerNumber: null, notes: '', personsOnBoard: 70 });
      const seen = await crew.request('GET', `/api/cases/${id}`);
      expect(seen.status).toBe(200);
      expect(JSON.stringify(seen.body)).not.toMatch(/8821611112222|engine failed/);
      const report = await crew.request('POST', `/api/cases/${id}/positions`, {
        lat: 34.95,
        lon: 12.52,
        source: 'operator',
      });
      expect(report.status).toBe(201);
      expect(report.body.case.positions.at(-1).source).toBe('crew');
    } finally {
      crewSock.close();
    }
  });

  it('when a boat goes silent, the consoles get its drift estimate without anyone touching the case', async () => {
    const op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
    const s = await op.socket();
    try {
      const t0 = new Date(Date.now() - 40 * 60_000).toISOString();
      // The newest fix ages past 15 minutes three seconds from now: the estimate must arrive by itself then.
      const t1 = new Date(Date.now() - 15 * 60_000 + 3000).toISOString();
      const call = await op.request('POST', '/api/calls', {
        callerNumber: '+8821633334444',
        position: '34.0N 12.0E',
        receivedAt: t0,
      });
      const id = call.body.caseId;
      const estimated = nextEvent(
        s,
        'case:updated',
        (c) => c.id === id && c.estimate !== null && c.positions.length === 2,
        15_000,
      );
      const added = await op.request('POST', `/api/cases/${id}/positions`, {
        lat: 34.02,
        lon: 12.0,
        at: t1,
        source: 'caller',
      });
      expect(added.body.case.estimate).toBeNull();
      const c = await estimated;
      expect(c.estimate!.lat).toBeGreaterThan(34.02);
      expect(c.estimate!.basedOn).toBe(2);
    } finally {
      s.close();
    }
  });

  it("logging out disconnects the session's sockets", async () => {
    const op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
    const s = await op.socket();
    const gone = new Promise<string>((resolve) => s.once('disconnect', resolve));
    expect((await op.request('POST', '/api/auth/logout')).status).toBe(204);
    expect(await gone).toBe('io server disconnect');
    expect((await op.request('GET', '/api/cases')).status).toBe(401);
  });
});
