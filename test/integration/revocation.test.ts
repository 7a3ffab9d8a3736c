/**
 * Finding 1 (revocation): a user disabled, demoted, moved to another harbour or vessel, or given a
 * new password keeps no session and no socket, on any server process, within a second.
 */
import type { Socket } from 'socket.io-client';
import { createLogger } from '../../shared/backend/logger';
import { connectRedis } from '../../shared/backend/redis';
import { createStore, storeSettings } from '../../shared/backend/store';
import { startServer, type ServerHandle } from '../../server/main';
import { runHaven } from '../helpers/cli';
import { ApiClient } from '../helpers/client';
import { startSystem, testPassword, type TestSystem } from '../helpers/system';

let sys: TestSystem;
let second: ServerHandle;
let admin: ApiClient;

beforeAll(async () => {
  sys = await startSystem({ worker: false });
  // A second server process on the same Redis: revocation must reach its sockets too.
  second = await startServer({ ...sys.config, port: 0 }, createLogger('silent'));
  admin = await new ApiClient(sys.baseUrl).login('admin', testPassword('admin'));
});
afterAll(async () => {
  await second.close();
  await sys.close();
});

const secondUrl = () => `http://127.0.0.1:${second.port}`;
let n = 0;

/** A fresh operator (so tests do not disturb each other), logged in on the second server with a socket. */
async function operatorWithSocket(): Promise<{ id: string; username: string; client: ApiClient; socket: Socket }> {
  n += 1;
  const username = `op-${n}-${Date.now() % 100000}`;
  const created = await admin.request('POST', '/api/users', {
    username,
    password: testPassword(username),
    role: 'operator',
  });
  expect(created.status).toBe(201);
  const client = await new ApiClient(secondUrl()).login(username, testPassword(username));
  const socket = (await client.socket()) as Socket;
  return { id: created.body.user.id, username, client, socket };
}

/**
 * Watch a socket for the server cutting it. `within(ms)` resolves once it is cut and fails if that
 * happens later than `ms` after the call (the moment the change was acknowledged): a cut before
 * the acknowledgement counts as immediate.
 */
function watchCut(socket: Socket): { within(ms: number): Promise<number> } {
  let cutAt: number | null = null;
  let notify: () => void = () => undefined;
  let wrongReason: string | null = null;
  socket.once('disconnect', (reason) => {
    if (reason !== 'io server disconnect') wrongReason = reason;
    cutAt = Date.now();
    notify();
  });
  return {
    within(ms: number) {
      const from = Date.now();
      return new Promise((resolve, reject) => {
        const settle = () => {
          clearTimeout(timer);
          if (wrongReason) reject(new Error(`disconnected by ${wrongReason}`));
          else resolve(Math.max(0, cutAt! - from));
        };
        const timer = setTimeout(() => reject(new Error(`still connected ${ms} ms after the change`)), ms + 50);
        if (cutAt !== null) settle();
        else notify = settle;
      });
    },
  };
}

describe('sessions follow the user', () => {
  it("a demoted operator's open socket is cut within a second and hears no new case", async () => {
    const op = await operatorWithSocket();
    const cut = watchCut(op.socket);
    const heard: unknown[] = [];
    op.socket.on('case:created', (c) => heard.push(c));
    const res = await admin.request('PATCH', `/api/users/${op.id}`, { role: 'crew', vesselMmsi: '247000009' });
    expect(res.status).toBe(200);
    expect(await cut.within(1000)).toBeLessThan(1000);
    const operator = await new ApiClient(sys.baseUrl).login('operator', testPassword('operator'));
    expect((await operator.request('POST', '/api/calls', { callerNumber: '+39 333 555 0101' })).status).toBe(201);
    await new Promise((r) => setTimeout(r, 300));
    expect(heard).toEqual([]);
    expect((await op.client.request('GET', '/api/cases')).status).toBe(401);
    // A new login gets the new role's rights only.
    const again = await new ApiClient(sys.baseUrl).login(op.username, testPassword(op.username));
    expect((await again.request('GET', '/api/auth/me')).body.user.role).toBe('crew');
  });

  it.each([
    ['disabled', { disabled: true }],
    ['given a new password', { password: 'a brand new password' }],
    ['moved to a harbour', { role: 'harbour', harbourId: 'lampedusa' }],
  ])('a user %s loses every session and socket on every server', async (_what, patch) => {
    const op = await operatorWithSocket();
    const other = await new ApiClient(sys.baseUrl).login(op.username, testPassword(op.username));
    const cut = watchCut(op.socket);
    expect((await admin.request('PATCH', `/api/users/${op.id}`, patch)).status).toBe(200);
    await cut.within(1000);
    expect((await op.client.request('GET', '/api/auth/me')).status).toBe(401);
    expect((await other.request('GET', '/api/auth/me')).status).toBe(401);
  });

  it('a disabled user cannot log in, and is told so only with the right password', async () => {
    const op = await operatorWithSocket();
    await admin.request('PATCH', `/api/users/${op.id}`, { disabled: true });
    const right = await new ApiClient(sys.baseUrl).request('POST', '/api/auth/login', {
      username: op.username,
      password: testPassword(op.username),
    });
    expect(right).toMatchObject({ status: 403, body: { error: 'account_disabled' } });
    const wrong = await new ApiClient(sys.baseUrl).request('POST', '/api/auth/login', {
      username: op.username,
      password: 'not the password',
    });
    expect(wrong).toMatchObject({ status: 401, body: { error: 'bad_credentials' } });
    await admin.request('PATCH', `/api/users/${op.id}`, { disabled: false });
    await expect(new ApiClient(sys.baseUrl).login(op.username, testPassword(op.username))).resolves.toBeDefined();
    op.socket.close();
  });

  it('`haven user add` on an existing name resets the password and cuts the old sessions and sockets', async () => {
    const op = await operatorWithSocket();
    const cut = watchCut(op.socket);
    const env = { ...process.env, REDIS_URL: sys.redisUrl, HAVEN_PREFIX: sys.prefix, LOG_LEVEL: 'silent' };
    const res = await runHaven(['user', 'add', '--username', op.username, '--password', '-', '--role', 'operator'], {
      stdin: 'another long password\n',
      env,
    });
    expect(res).toMatchObject({ code: 0, stdout: `updated user ${op.username} (operator); 1 session(s) ended\n` });
    await cut.within(1000);
    expect((await op.client.request('GET', '/api/auth/me')).status).toBe(401);
  });

  it('a session that ends in Redis by any other way is cut by the sweep within a second', async () => {
    const op = await operatorWithSocket();
    const cut = watchCut(op.socket);
    const redis = connectRedis(sys.redisUrl);
    try {
      // As if the adapter's broadcast were lost: only Redis knows.
      const store = createStore(redis, sys.prefix, storeSettings(sys.config));
      await redis.hincrby(store.keys.user(op.id), 'sessionEpoch', 1);
      await cut.within(1000 + 500); // the sweep runs every second
    } finally {
      await redis.quit();
    }
  });

  it('a login racing a password reset gets no session that outlives the reset', async () => {
    const op = await operatorWithSocket();
    const redis = connectRedis(sys.redisUrl);
    try {
      const store = createStore(redis, sys.prefix, storeSettings(sys.config));
      // The login read the user (epoch 0) before the reset, and creates its session after it.
      const late = await store.sessions.create(op.id, 0);
      await admin.request('PATCH', `/api/users/${op.id}`, { password: 'reset while logging in' });
      const client = new ApiClient(sys.baseUrl);
      client.cookie = `haven_sid=${late.sid}`;
      expect((await client.request('GET', '/api/auth/me')).status).toBe(401);
    } finally {
      await redis.quit();
    }
  });

  it('an admin sees live sessions with their last use and ends one: its socket goes at once', async () => {
    const op = await operatorWithSocket();
    const list = await admin.request('GET', '/api/sessions');
    const mine = list.body.sessions.filter((s: { username: string }) => s.username === op.username);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ role: 'operator', current: false, address: '127.0.0.1' });
    expect(Date.parse(mine[0].lastUsedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(list.body.sessions.find((s: { current: boolean }) => s.current).username).toBe('admin');
    const cut = watchCut(op.socket);
    expect((await admin.request('DELETE', `/api/sessions/${mine[0].id}`)).status).toBe(204);
    await cut.within(1000);
    expect((await op.client.request('GET', '/api/auth/me')).status).toBe(401);
    expect((await admin.request('DELETE', `/api/sessions/${mine[0].id}`)).status).toBe(404);
    const audit = await admin.request('GET', '/api/audit?limit=5');
    expect(audit.body.entries[0]).toMatchObject({ type: 'session-ended', actor: 'admin' });
  });

  it('an admin cannot lock themselves out; a role that needs a harbour or vessel gets one', async () => {
    const me = (await admin.request('GET', '/api/auth/me')).body.user;
    expect(await admin.request('PATCH', `/api/users/${me.id}`, { disabled: true })).toMatchObject({
      status: 409,
      body: { error: 'own_account' },
    });
    const op = await operatorWithSocket();
    expect((await admin.request('PATCH', `/api/users/${op.id}`, { role: 'harbour' })).status).toBe(400);
    expect((await admin.request('PATCH', `/api/users/${op.id}`, { role: 'crew', vesselMmsi: '12' })).status).toBe(400);
    expect((await admin.request('PATCH', `/api/users/${op.id}`, { harbourId: 'atlantis' })).status).toBe(400);
    expect((await admin.request('PATCH', `/api/users/${op.id}`, {})).status).toBe(400);
    // A phone number is not a change of rights: the session stays.
    expect((await admin.request('PATCH', `/api/users/${op.id}`, { phone: '+49 30 1234567' })).status).toBe(200);
    expect((await op.client.request('GET', '/api/auth/me')).status).toBe(200);
    op.socket.close();
  });

  it('the cookie lives as long as the session can; idle and absolute limits come from the configuration', async () => {
    const res = await fetch(`${sys.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'operator', password: testPassword('operator') }),
    });
    expect(res.headers.get('set-cookie')).toMatch(/Max-Age=86400;.*HttpOnly.*SameSite=Strict/);
    expect(sys.config).toMatchObject({ sessionIdleMs: 12 * 3600_000, sessionMaxMs: 24 * 3600_000 });
  });
});
