import { io } from 'socket.io-client';
import { ApiClient, nextEvent } from '../helpers/client';
import { startSystem, type TestSystem } from '../helpers/system';

// Rooms are decided by the server from the role: nobody hears what their role does not need.
describe('socket.io rooms follow roles', () => {
  let sys: TestSystem;
  beforeAll(async () => { sys = await startSystem(); });
  afterAll(async () => { await sys.close(); });

  it('a socket without a valid session is refused', async () => {
    const s = io(sys.baseUrl, { transports: ['websocket'], reconnection: false, extraHeaders: { cookie: 'haven_sid=forged-session-id-forged-session-id-forged12' } });
    const err = await new Promise<Error>((resolve) => s.once('connect_error', resolve));
    expect(err.message).toBe('unauthenticated');
    s.close();
  });

  it('a harbour hears only its own requests, reduced; never a case, a caller number or another harbour\'s request', async () => {
    const op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
    const lampedusa = await new ApiClient(sys.baseUrl).login('lampedusa', sys.users.lampedusa.password);
    const palermo = await new ApiClient(sys.baseUrl).login('palermo', sys.users.palermo.password);
    const [opSock, lmpSock, pmoSock] = await Promise.all([op.socket(), lampedusa.socket(), palermo.socket()]);
    const heard: Record<string, string[]> = { lampedusa: [], palermo: [] };
    const record = (name: string) => (ev: string, ...args: unknown[]) => heard[name].push(`${ev} ${JSON.stringify(args)}`);
    lmpSock.onAny(record('lampedusa'));
    pmoSock.onAny(record('palermo'));
    try {
      const toLampedusa = nextEvent(lmpSock, 'docking:requested');
      const operatorSaw = nextEvent(opSock, 'docking:requested', (r) => r.harbourId === 'lampedusa');
      await op.request('POST', '/api/calls', { callerNumber: '+8821698765432', position: '35.4N 12.7E', personsOnBoard: 25 });
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

  it('logging out disconnects the session\'s sockets', async () => {
    const op = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
    const s = await op.socket();
    const gone = new Promise<string>((resolve) => s.once('disconnect', resolve));
    expect((await op.request('POST', '/api/auth/logout')).status).toBe(204);
    expect(await gone).toBe('io server disconnect');
    expect((await op.request('GET', '/api/cases')).status).toBe(401);
  });
});
