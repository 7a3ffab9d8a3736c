/**
 * The access matrix, generated from the route table: every endpoint x every persona (anonymous,
 * operator, supervisor, two harbours, two crews, admin), each against a realistic object of its
 * own and, where the endpoint has owners, one that belongs to someone else. The status each gets
 * is the one the table declares; every answer a harbour or crew is allowed holds no caller number,
 * raw position text or operator note. A new endpoint without a case here fails the suite.
 */
import { API, rolesOf, type EndpointDef, type EndpointId } from '../../shared/api';
import type { Role } from '../../shared/domain/user';
import { createStore } from '../../shared/backend/store';
import { connectRedis } from '../../shared/backend/redis';
import { addUser } from '../../server/users/add-user';
import { ApiClient } from '../helpers/client';
import { startSystem, testPassword, type TestSystem } from '../helpers/system';
import { seedWorld, type World } from '../helpers/access-world';

const PERSONAS = ['anonymous', 'operator', 'supervisor', 'harbour', 'harbour2', 'crew', 'crew2', 'admin'] as const;
type Persona = (typeof PERSONAS)[number];
const LOGIN: Record<Exclude<Persona, 'anonymous'>, string> = {
  operator: 'operator',
  supervisor: 'supervisor',
  harbour: 'lampedusa',
  harbour2: 'palermo',
  crew: 'crew',
  crew2: 'crew2',
  admin: 'admin',
};
const roleOf = (p: Persona): Role | null =>
  p === 'anonymous' ? null : p === 'harbour2' ? 'harbour' : p === 'crew2' ? 'crew' : p;

/** One request: path params, query, body. */
interface Req {
  params?: Record<string, string | number>;
  query?: Record<string, string>;
  body?: unknown;
}
/** How to call an endpoint as a persona: on its own object, and (owned endpoints) on someone else's. */
interface Spec {
  own(w: World, p: Persona): Req;
  foreign?(w: World, p: Persona): Req;
  freshSession?: boolean;
  /** The status every persona gets when it is not the row's success status (the same for all). */
  status?: number;
}

const ownCase = (w: World, p: Persona) => (p === 'crew2' ? w.caseB : w.caseA);
const otherCase = (w: World, p: Persona) => (p === 'crew2' ? w.caseA : w.caseB);
const ownRequest = (w: World, p: Persona) => (p === 'harbour2' ? w.requestB : w.requestA);
const otherRequest = (w: World, p: Persona) => (p === 'harbour2' ? w.requestA : w.requestB);
const ownHarbour = (p: Persona) => (p === 'harbour2' ? 'palermo' : 'lampedusa');
const ownMmsi = (p: Persona) => (p === 'crew2' ? '247000002' : '247000001');

const SPECS: Record<EndpointId, Spec> = {
  'auth.login': {
    own: (_w, p) => ({
      body: {
        username: LOGIN[p === 'anonymous' ? 'operator' : p],
        password: testPassword(LOGIN[p === 'anonymous' ? 'operator' : p]),
      },
    }),
    freshSession: true,
  },
  'auth.me': { own: () => ({}) },
  'auth.logout': { own: () => ({}), freshSession: true },
  'calls.create': {
    own: (w) => ({ body: { callerNumber: w.freshNumber(), position: '35 10N 012 20E', personsOnBoard: 12 } }),
  },
  'cases.list': { own: () => ({ query: { limit: '20' } }) },
  'cases.get': {
    own: (w, p) => ({ params: { id: ownCase(w, p) } }),
    foreign: (w, p) => ({ params: { id: otherCase(w, p) } }),
  },
  'cases.addPosition': {
    own: (w, p) => ({ params: { id: ownCase(w, p) }, body: { text: '35 05N 012 25E', source: 'operator' } }),
    foreign: (w, p) => ({ params: { id: otherCase(w, p) }, body: { text: '35 05N 012 25E' } }),
  },
  'cases.confirmPosition': { own: (w) => ({ params: { id: w.caseA, index: 0 } }) },
  'cases.withdrawPosition': {
    own: (w) => ({ params: { id: w.caseA, index: 0 }, body: { reason: 'typed into the wrong case' } }),
  },
  'cases.update': { own: (w) => ({ params: { id: w.caseA }, body: { phase: 'ALERFA', reason: 'calmer seas' } }) },
  'cases.assign': { own: (w) => ({ params: { id: w.caseA }, body: { mmsi: '247000001' } }) },
  'cases.logContact': {
    own: (w) => ({ params: { id: w.caseA }, body: { authority: 'MRCC Rome', channel: 'phone', outcome: 'no_answer' } }),
  },
  'cases.sitrep': { own: (w) => ({ params: { id: w.caseA } }) },
  'cases.issueSitrep': { own: (w) => ({ params: { id: w.caseA } }) },
  'cases.sitreps': { own: (w) => ({ params: { id: w.caseA } }) },
  'cases.seen': { own: (w) => ({ params: { id: w.caseA }, body: { items: ['new-case:1-0'], upTo: '1-0' } }) },
  'harbours.list': { own: () => ({}) },
  'harbours.create': {
    own: (w) => ({
      body: {
        id: `h-${w.tag}`,
        name: `Test port ${w.tag}`,
        kind: 'port',
        lat: 37.1,
        lon: 14.2,
        country: 'IT',
        willing: true,
        capacity: 50,
        medical: false,
      },
    }),
  },
  'harbours.update': {
    own: (_w, p) => ({ params: { id: ownHarbour(p) }, body: { capacity: 300 } }),
    foreign: (_w, p) => ({
      params: { id: ownHarbour(p === 'harbour' ? 'harbour2' : 'harbour') },
      body: { capacity: 300 },
    }),
  },
  'docking.list': { own: () => ({}) },
  'docking.answer': {
    own: (w, p) => ({ params: { id: ownRequest(w, p) }, body: { answer: 'decline', note: 'full this week' } }),
    foreign: (w, p) => ({ params: { id: otherRequest(w, p) }, body: { answer: 'accept' } }),
  },
  'matching.control': { own: (w) => ({ params: { id: w.caseA }, body: { action: 'resume', reason: 'checked' } }) },
  'vessels.list': { own: () => ({}) },
  'vessels.track': { own: () => ({ params: { mmsi: '247000001' }, query: { limit: '50' } }) },
  'vessels.report': {
    own: (_w, p) => ({ params: { mmsi: ownMmsi(p) }, body: { lat: 35.2, lon: 12.4, at: new Date().toISOString() } }),
    foreign: (_w, p) => ({
      params: { mmsi: ownMmsi(p === 'crew' ? 'crew2' : 'crew') },
      body: { lat: 35.2, lon: 12.4 },
    }),
  },
  'outbox.list': { own: () => ({ query: { limit: '10' } }) },
  'outbox.relayed': { own: (w) => ({ params: { id: w.outboxId }, body: { note: 'phoned the harbour master' } }) },
  'users.list': { own: () => ({}) },
  'users.create': {
    own: (w, p) => ({ body: { username: `new-${p}-${w.tag}`, password: 'a long enough password', role: 'operator' } }),
  },
  'users.update': { own: (w) => ({ params: { id: w.spareUserId }, body: { phone: '+49 30 1234567' } }) },
  'sessions.list': { own: () => ({}) },
  'sessions.end': { own: (w) => ({ params: { id: w.spareSessionId } }) },
  'audit.list': { own: () => ({ query: { limit: '20' } }) },
  // No worker runs in this test, and /healthz says so to anyone: 503 `unhealthy`.
  'system.health': { own: () => ({}), status: 503 },
  'system.metrics': { own: () => ({}) },
  'system.openapi': { own: () => ({}) },
  'system.docs': { own: () => ({}) },
  'webhooks.voice': { own: () => ({}) },
  'webhooks.sms': { own: () => ({}) },
  'webhooks.status': { own: () => ({}) },
};

/** The status the table promises this persona for this endpoint, on its own object or another's. */
function expected(e: EndpointDef, p: Persona, foreign: boolean, spec: Spec): number {
  if (spec.status) return spec.status;
  const role = roleOf(p);
  if (e.callers === 'anyone' || e.callers === 'monitoring') return e.status;
  if (e.callers === 'twilio') return 403;
  if (!role) return 401;
  if (e.callers === 'session') return e.status;
  if (!rolesOf(e)!.includes(role)) return 403;
  return foreign ? e.foreign! : e.status;
}

/** Owners: personas for whom an endpoint with `foreign` is about their own things only. */
const scoped = (p: Persona) => p === 'harbour' || p === 'harbour2' || p === 'crew' || p === 'crew2';

function urlOf(e: EndpointDef, req: Req): string {
  const path = e.path.replace(/:([A-Za-z]+)/g, (_, k: string) => encodeURIComponent(String(req.params?.[k])));
  return req.query ? `${path}?${new URLSearchParams(req.query)}` : path;
}

let sys: TestSystem;
const clients = new Map<Persona, ApiClient>();

beforeAll(async () => {
  sys = await startSystem({
    worker: false,
    env: {
      TWILIO_ACCOUNT_SID: 'AC0',
      TWILIO_AUTH_TOKEN: 'secret-token',
      TWILIO_FROM: '+15005550006',
      PUBLIC_URL: 'http://127.0.0.1',
    },
  });
  const redis = connectRedis(sys.redisUrl);
  await addUser(createStore(redis, sys.prefix), {
    username: 'crew2',
    password: testPassword('crew2'),
    role: 'crew',
    vesselMmsi: '247000002',
  });
  await redis.quit();
  for (const p of PERSONAS) {
    const c = new ApiClient(sys.baseUrl);
    clients.set(p, p === 'anonymous' ? c : await c.login(LOGIN[p], testPassword(LOGIN[p])));
  }
});
afterAll(async () => {
  await sys.close();
});

describe('the access matrix follows the route table', () => {
  it('every registered route is a row of the table, and every row has a case here', () => {
    const registered = (sys.server.app.router.stack as { route?: { path: string; methods: Record<string, boolean> } }[])
      .filter((l) => l.route)
      .flatMap((l) => Object.keys(l.route!.methods).map((m) => `${m} ${l.route!.path}`));
    const table = Object.values(API).map((e) => `${e.method} ${e.path}`);
    // The console's single-page fallback is the one route outside the table: it serves index.html.
    const spa = registered.filter((r) => !table.includes(r));
    expect(spa).toEqual(['get /^\\/(?!api\\/|webhooks\\/|socket\\.io\\/).*/']);
    expect(registered.filter((r) => table.includes(r)).sort()).toEqual([...table].sort());
    expect(Object.keys(SPECS).sort()).toEqual(Object.keys(API).sort());
  });

  const rows = (Object.entries(API) as [EndpointId, EndpointDef][]).flatMap(([id, e]) =>
    PERSONAS.flatMap((p) => [
      { id, e, p, foreign: false },
      ...(e.foreign && scoped(p) && rolesOf(e)!.includes(roleOf(p)!) ? [{ id, e, p, foreign: true }] : []),
    ]),
  );

  it(`covers ${rows.length} cases across ${Object.keys(API).length} endpoints`, () => {
    expect(rows.length).toBeGreaterThan(Object.keys(API).length * PERSONAS.length);
  });

  it.each(rows.map((r) => [`${r.id} as ${r.p}${r.foreign ? " on another's object" : ''}`, r]))(
    '%s',
    async (_name, r) => {
      const { id, e, p, foreign } = r as (typeof rows)[number];
      const world = await seedWorld(sys);
      const spec = SPECS[id];
      const req = foreign ? spec.foreign!(world, p) : spec.own(world, p);
      let client = clients.get(p)!;
      if (spec.freshSession && p !== 'anonymous')
        client = await new ApiClient(sys.baseUrl).login(LOGIN[p], testPassword(LOGIN[p]));
      else if (spec.freshSession) client = new ApiClient(sys.baseUrl);
      const res =
        e.bodyType === 'form'
          ? await client.request(e.method.toUpperCase(), urlOf(e, req), undefined, {
              raw: '',
              headers: { 'content-type': 'application/x-www-form-urlencoded' },
            })
          : await client.request(e.method.toUpperCase(), urlOf(e, req), req.body);
      const want = expected(e, p, foreign, spec);
      expect({ status: res.status, body: res.status === want ? 'as declared' : res.body }).toEqual({
        status: want,
        body: 'as declared',
      });
      if ((res.status < 300 || spec.status) && scoped(p)) {
        const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
        for (const secret of world.secrets) expect(text).not.toContain(secret);
      }
    },
  );
});
