/**
 * GET /api/vessels/:mmsi/track: a vessel's recent track, oldest first, for operators, supervisors
 * and crews (the route table's access is also walked by access.test.ts).
 */
import type { VesselPosition } from '../../shared/domain/vessel';
import { connectRedis } from '../../shared/backend/redis';
import { createStore } from '../../shared/backend/store';
import { ApiClient } from '../helpers/client';
import { startSystem, type TestSystem } from '../helpers/system';

let sys: TestSystem;
let operator: ApiClient;
const MMSI = '247123456';
const t0 = Date.now() - 10 * 60_000;

const fix = (i: number): VesselPosition => ({
  mmsi: MMSI,
  name: 'TRACKED',
  lat: 35 + i / 100,
  lon: 12 + i / 50,
  speed: 8,
  course: 45,
  heading: null,
  source: 'ais',
  kind: 'vessel',
  at: new Date(t0 + i * 60_000).toISOString(),
});

beforeAll(async () => {
  sys = await startSystem({ worker: false });
  const redis = connectRedis(sys.redisUrl);
  const store = createStore(redis, sys.prefix);
  // One report a minute: each one is a track point (points are kept 30 s or more apart).
  for (let i = 0; i < 5; i++) await store.vessels.putPositions([fix(i)]);
  await redis.quit();
  operator = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
});
afterAll(async () => {
  await sys?.close();
});

test("an operator reads a vessel's track from its first point to its latest, with speed and course", async () => {
  const res = await operator.request('GET', `/api/vessels/${MMSI}/track`);
  expect(res.status).toBe(200);
  expect(res.body.mmsi).toBe(MMSI);
  expect(res.body.points.map((p: { at: string }) => p.at)).toEqual([0, 1, 2, 3, 4].map((i) => fix(i).at));
  expect(res.body.points[4]).toEqual({ lat: 35.04, lon: 12.08, at: fix(4).at, speed: 8, course: 45 });
});

test('?limit keeps the newest points, still oldest first', async () => {
  const res = await operator.request('GET', `/api/vessels/${MMSI}/track?limit=2`);
  expect(res.body.points.map((p: { at: string }) => p.at)).toEqual([fix(3).at, fix(4).at]);
});

test('an unknown vessel has an empty track; a malformed MMSI is 404 and a bad limit 400', async () => {
  expect((await operator.request('GET', '/api/vessels/999999999/track')).body).toEqual({
    mmsi: '999999999',
    points: [],
  });
  const bad = await operator.request('GET', '/api/vessels/not-a-ship/track');
  expect(bad.status).toBe(404);
  const limit = await operator.request('GET', `/api/vessels/${MMSI}/track?limit=0`);
  expect(limit.status).toBe(400);
  expect(limit.body.error).toBeTruthy();
});

test('a harbour may not read tracks; nobody without a session may', async () => {
  const harbour = await new ApiClient(sys.baseUrl).login('lampedusa', sys.users.lampedusa.password);
  expect((await harbour.request('GET', `/api/vessels/${MMSI}/track`)).status).toBe(403);
  expect((await new ApiClient(sys.baseUrl).request('GET', `/api/vessels/${MMSI}/track`)).status).toBe(401);
});
