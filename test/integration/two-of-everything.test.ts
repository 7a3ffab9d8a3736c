/**
 * Two of everything: two `haven server` and two `haven worker` processes on one Redis. An operator
 * on one server and a harbour on the other; 50 calls. Every event crosses between processes, every
 * job runs once, no docking request or notification is duplicated; the AIS feeds run in one worker
 * and move to the other within seconds when their holder is killed.
 */
import net from 'node:net';
import type { Socket } from 'socket.io-client';
import { Redis } from 'ioredis';
import { createStore } from '../../shared/backend/store';
import { seedDemo } from '../../server/seed/seed-demo';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/realtime/events';
import { ApiClient } from '../helpers/client';
import { HavenProcess, stopAll } from '../helpers/haven-process';
import { dropPrefix, testRedisUrl, uniquePrefix } from '../helpers/redis';
import { freePort } from '../helpers/redis-process';
import { testPassword } from '../helpers/system';

jest.setTimeout(240_000);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Every event of the given kinds a socket receives, in order. */
function record(s: ClientSocket, kinds: (keyof ServerToClientEvents)[]) {
  const seen: { ev: string; data: any }[] = [];
  for (const ev of kinds) s.on(ev, ((data: unknown) => seen.push({ ev, data })) as never);
  return seen;
}

async function until<T>(what: string, check: () => Promise<T> | T, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

describe('two servers and two workers on one Redis', () => {
  const prefix = uniquePrefix('two');
  let redisUrl: string;
  let redis: Redis;
  let servers: HavenProcess[];
  let workers: HavenProcess[];
  let tcpPort: number;
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    redisUrl = await testRedisUrl();
    redis = new Redis(redisUrl);
    await seedDemo(createStore(redis, prefix), testPassword);
    tcpPort = await freePort();
    const env = { REDIS_URL: redisUrl, HAVEN_PREFIX: prefix, AIS_TCP_PORT: String(tcpPort) };
    workers = await Promise.all([HavenProcess.start('worker', env), HavenProcess.start('worker', env)]);
    servers = await Promise.all([HavenProcess.start('server', env), HavenProcess.start('server', env)]);
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await stopAll();
    await dropPrefix(redisUrl, prefix);
    await redis.quit();
  });

  it('50 calls: events cross, jobs run once, nothing is duplicated', async () => {
    const [a, b] = servers as [HavenProcess, HavenProcess];
    const operator = await new ApiClient(a.baseUrl).login('operator', testPassword('operator'));
    const harbour = await new ApiClient(b.baseUrl).login('lampedusa', testPassword('lampedusa'));
    const opSocket = await operator.socket();
    const harbourSocket = await harbour.socket();
    sockets.push(opSocket, harbourSocket);
    const opSeen = record(opSocket, ['case:created', 'docking:requested', 'docking:answered', 'notification:status']);
    const harbourSeen = record(harbourSocket, ['docking:requested', 'docking:answered']);

    const caseIds: string[] = [];
    for (let i = 0; i < 50; i++) {
      // Just south-west of Lampedusa: it is every case's nearest port.
      const res = await operator.request('POST', '/api/calls', {
        callerNumber: `+8816 5100 ${String(1000 + i)}`,
        position: `35 ${String(10 + (i % 40)).padStart(2, '0')}N 012 ${String(20 + (i % 30)).padStart(2, '0')}E`,
        personsOnBoard: 20,
      });
      expect(res.status).toBe(201);
      caseIds.push(res.body.caseId);
    }
    // Worker -> emitter -> both servers: the operator on A hears every request, the harbour on B its own.
    await until('every docking request on both sockets', () => {
      const toLampedusa = harbourSeen.filter((e) => e.ev === 'docking:requested').length;
      const all = opSeen.filter((e) => e.ev === 'docking:requested').length;
      return toLampedusa >= 50 && all >= 100;
    });
    expect(
      opSeen
        .filter((e) => e.ev === 'case:created')
        .map((e) => e.data.id)
        .sort(),
    ).toEqual([...caseIds].sort());

    // Server B -> server A: the harbour's answers on B reach the operator on A.
    const mine = (await harbour.request('GET', '/api/docking-requests')).body.requests as { id: string }[];
    expect(mine).toHaveLength(50);
    const answered = mine.slice(0, 20);
    for (const [i, r] of answered.entries()) {
      const res = await harbour.request('POST', `/api/docking-requests/${r.id}/answer`, {
        answer: i % 2 ? 'decline' : 'accept',
      });
      expect(res.status).toBe(200);
    }
    await until('the answers on the operator socket', () => {
      const ids = new Set(opSeen.filter((e) => e.ev === 'docking:answered').map((e) => e.data.id));
      return answered.every((r) => ids.has(r.id));
    });
    // Declines ask the next harbour: wait until every case has settled (no match-case job left).
    await until('the queues to settle', async () => {
      const health = await (await fetch(`${a.baseUrl}/healthz`)).json();
      const q = health.queues['match-case'];
      return q.waiting + q.active + q.delayed === 0 && health.queues['notify-harbour'].waiting === 0;
    });

    // Nothing duplicated: per case one request per harbour, one timeline entry per request and per
    // notification, one outbox message per notification, one docking:requested event per request.
    const outboxIds = await redis.lrange(`${prefix}:outbox`, 0, -1);
    expect(new Set(outboxIds).size).toBe(outboxIds.length);
    const requestedEvents = opSeen.filter((e) => e.ev === 'docking:requested').map((e) => e.data.id);
    expect(new Set(requestedEvents).size).toBe(requestedEvents.length);
    let requests = 0;
    for (const id of caseIds) {
      const c = (await operator.request('GET', `/api/cases/${id}`)).body.case;
      const harbours = c.dockingRequests.map((r: { harbourId: string }) => r.harbourId);
      expect(new Set(harbours).size).toBe(harbours.length);
      const requested = c.timeline.filter((e: { type: string }) => e.type === 'docking-requested');
      expect(requested).toHaveLength(c.dockingRequests.length);
      const sent = c.timeline
        .filter((e: { type: string }) => e.type === 'notification')
        .map((e: { data: { notificationId?: string } }) => e.data.notificationId)
        .filter(Boolean);
      expect(new Set(sent).size).toBe(sent.length);
      requests += c.dockingRequests.length;
    }
    expect(requests).toBe(requestedEvents.length);
    expect(requests).toBeGreaterThanOrEqual(110); // 100 first requests + one more for each of 10 declines

    // Every match-case job ran once, and both workers took a share.
    const jobKeys = await redis.keys(`${prefix}:bull:match-case:match.*`);
    const ranBy = new Map<string, number>();
    for (const key of jobKeys) {
      const [attempts, stalled, by, finished] = await redis.hmget(key, 'atm', 'stc', 'pb', 'finishedOn');
      expect({ key, attempts: attempts ?? '0', stalled: stalled ?? '0' }).toEqual({ key, attempts: '1', stalled: '0' });
      expect(finished).not.toBeNull();
      ranBy.set(by!, (ranBy.get(by!) ?? 0) + 1);
    }
    expect([...ranBy.keys()].sort()).toEqual(workers.map((w) => w.id).sort());
  });

  it('the AIS feeds run in one worker; when it is killed the other takes them over within seconds', async () => {
    const [a] = servers as [HavenProcess];
    const health = async () => (await fetch(`${a.baseUrl}/healthz`)).json();
    const first = (await health()).ais.holder as string;
    const holder = workers.find((w) => w.id === first)!;
    const other = workers.find((w) => w.id !== first)!;
    expect(holder).toBeDefined();
    // Only the holder listens: one TCP listener for the whole deployment.
    expect(holder.output).toMatch(/lease taken/);
    expect(other.output).not.toMatch(/lease taken/);
    await holder.kill('SIGKILL');
    const killedAt = Date.now();
    await until('the other worker to hold the feeds', async () => (await health()).ais.holder === other.id, 30_000);
    const takeover = Date.now() - killedAt;
    expect(takeover).toBeLessThan(15_000);
    // The new holder listens on the same port: a report sent there reaches the live vessels.
    const operator = await new ApiClient(a.baseUrl).login('operator', testPassword('operator'));
    await until('the listener', () => sendNmea(tcpPort, '!AIVDM,1,1,,A,13cajHOP1E12mF0D@Hh7l6Ap0000,0*0F\n'), 10_000);
    await until('the vessel', async () => {
      const vessels = (await operator.request('GET', '/api/vessels')).body.vessels as { mmsi: string }[];
      return vessels.length > 0;
    });
    if (process.env.HAVEN_REPORT) process.stdout.write(`[report] AIS feeds taken over ${takeover} ms after SIGKILL\n`);
    // The dead worker leaves /healthz once its heartbeat expires; the live one stays.
    await until('the dead worker to leave /healthz', async () => {
      const ids = (await health()).processes.worker.map((p: { id: string }) => p.id);
      return ids.length === 1 && ids[0] === other.id;
    });
  });
});

/** Connect, send, close; false when nothing listens yet. */
function sendNmea(port: number, text: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => s.end(text, () => resolve(true)));
    s.on('error', () => resolve(false));
  });
}
