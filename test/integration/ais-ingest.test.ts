/**
 * AIS feeds end to end: real NMEA sentences written to the TCP listener, sent in UDP datagrams or
 * served by a receiver the worker connects out to, reach the consoles in batches and the vessel
 * store; garbage on a feed is counted and skipped without stalling it; crews report their own
 * vessel's position. Real Redis, the real server and worker, real sockets.
 */
import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import path from 'node:path';
import type { Socket as IoSocket } from 'socket.io-client';
import { decodeAisText } from '../../shared/ais';
import { encodeAis, type EncodableMessage } from '../../shared/ais/encode';
import type { VesselPosition } from '../../shared/domain/vessel';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/realtime/events';
import { Redis } from 'ioredis';
import { createStore } from '../../shared/backend/store';
import { VesselsStore } from '../../shared/backend/store/vessels.store';
import { ApiClient } from '../helpers/client';
import { dropPrefix, testRedisUrl, uniquePrefix } from '../helpers/redis';
import { startSystem, type TestSystem } from '../helpers/system';

type Console = IoSocket<ServerToClientEvents, ClientToServerEvents>;

const LOG = readFileSync(path.join(__dirname, '../../shared/data/ais/ais-nmea.log'), 'utf8');
const RESCUE_MMSI = 247000009;

async function freeTcpPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

async function freeUdpPort(): Promise<number> {
  const s = createSocket('udp4');
  await new Promise<void>((resolve) => s.bind(0, '127.0.0.1', resolve));
  const { port } = s.address();
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

/** Every `vessels:positions` batch a console receives. */
class Received {
  readonly batches: VesselPosition[][] = [];
  readonly latest = new Map<string, VesselPosition>();
  constructor(socket: Console) {
    socket.on('vessels:positions', (batch) => {
      this.batches.push(batch);
      for (const p of batch) this.latest.set(p.mmsi, p);
    });
  }

  /** Resolves once `done` holds, failing after `ms`. */
  async until(done: (latest: Map<string, VesselPosition>) => boolean, ms: number): Promise<number> {
    const started = Date.now();
    while (!done(this.latest)) {
      if (Date.now() - started > ms)
        throw new Error(`not received within ${ms} ms; have ${[...this.latest.keys()].join(' ')}`);
      await new Promise((r) => setTimeout(r, 10));
    }
    return Date.now() - started;
  }
}

function tcpClient(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect(port, '127.0.0.1', () => resolve(s));
    s.once('error', reject);
  });
}

function write(s: Socket, data: string | Buffer): Promise<void> {
  return new Promise((resolve, reject) => s.write(data, (err) => (err ? reject(err) : resolve())));
}

/** A position report for `mmsi` as one line with its line break. */
function report(mmsi: number, extra: Partial<EncodableMessage> = {}): string {
  const message = {
    type: 1,
    mmsi,
    lat: 35.5,
    lon: 12.6,
    speed: 8,
    course: 90,
    heading: 91,
    ...extra,
  } as EncodableMessage;
  return `${encodeAis(message).join('\r\n')}\r\n`;
}

/** One counter of one feed from /metrics, or 0. */
async function feedCounter(sys: TestSystem, feed: string, counter: string): Promise<number> {
  const res = await new ApiClient(sys.baseUrl).request('GET', '/metrics');
  const line = String(res.body)
    .split('\n')
    .find((l) => l.startsWith(`haven_ais_feed{feed="${feed}",counter="${counter}"}`));
  return line ? Number(line.split(' ').pop()) : 0;
}

async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 5000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const v = await read();
    if (ok(v) || Date.now() - started > ms) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('AIS feeds reach the live map', () => {
  let sys: TestSystem;
  let receiver: Server;
  const receiverConnections: Socket[] = [];
  let tcpPort: number;
  let udpPort: number;
  let operator: ApiClient;
  let console_: Console;
  let received: Received;

  beforeAll(async () => {
    receiver = createServer((s) => {
      receiverConnections.push(s);
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const feedPort = (receiver.address() as AddressInfo).port;
    [tcpPort, udpPort] = [await freeTcpPort(), await freeUdpPort()];
    sys = await startSystem({
      env: {
        AIS_TCP_PORT: String(tcpPort),
        AIS_UDP_PORT: String(udpPort),
        AIS_FEED: `127.0.0.1:${feedPort}`,
        RESCUE_MMSIS: String(RESCUE_MMSI),
      },
    });
    operator = await new ApiClient(sys.baseUrl).login('operator', sys.users.operator.password);
    console_ = await operator.socket();
    received = new Received(console_);
  });

  afterAll(async () => {
    console_.close();
    await sys.close();
    for (const s of receiverConnections) s.destroy();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  it('real sentences via TCP reach the console within a second, in batches; GET /api/vessels lists them', async () => {
    const expected = new Set(
      decodeAisText(LOG)
        .messages.filter(
          (m) => [1, 2, 3, 18].includes(m.type) && 'lat' in m && m.lat !== undefined && m.lon !== undefined,
        )
        .map((m) => String(m.mmsi)),
    );
    expect(expected.size).toBeGreaterThan(20);
    const feed = await tcpClient(tcpPort);
    try {
      const before = received.batches.length;
      await write(feed, LOG);
      const ms = await received.until((latest) => [...expected].every((m) => latest.has(m)), 1000);
      // One socket message per flush, never one per sentence, and one position per vessel in each.
      const batches = received.batches.slice(before);
      expect(batches.length).toBeLessThan(expected.size / 4);
      for (const b of batches) expect(new Set(b.map((p) => p.mmsi)).size).toBe(b.length);
      expect(ms).toBeLessThan(1000);

      const res = await operator.request('GET', '/api/vessels');
      expect(res.status).toBe(200);
      const listed = new Map((res.body.vessels as VesselPosition[]).map((v) => [v.mmsi, v]));
      for (const mmsi of expected)
        expect(listed.get(mmsi)).toMatchObject({
          mmsi,
          source: 'ais',
          kind: 'vessel',
          lat: expect.any(Number),
          lon: expect.any(Number),
        });
      // Type 5 reports in the same log name their vessels.
      expect(listed.get('244170843')).toMatchObject({ name: 'MERWESTROOM' });
    } finally {
      feed.destroy();
    }
  });

  it('garbage between good lines is counted by reason and skipped; good lines still arrive, all stays up', async () => {
    const feed = await tcpClient(tcpPort);
    try {
      const badChecksum = report(244000004).replace(/\*[0-9A-F]{2}/, (m) => (m === '*00' ? '*01' : '*00'));
      await write(
        feed,
        Buffer.concat([
          randomBytes(65_536),
          Buffer.from('\n'),
          Buffer.from(report(244000001)),
          Buffer.alloc(1024 * 1024, 'x'),
          Buffer.from('\n'),
          Buffer.from(report(244000002)),
          Buffer.from(badChecksum),
          Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x21, 0x0a]),
          Buffer.from('$GPRMC,not,ais*00\n'),
          Buffer.from(report(244000003)),
        ]),
      );
      await received.until((latest) => ['244000001', '244000002', '244000003'].every((m) => latest.has(m)), 2000);
      expect(received.latest.has('244000004')).toBe(false);

      const counted = await eventually(
        async () => ({
          tooLong: await feedCounter(sys, 'tcp:127.0.0.1', 'skipped:too-long'),
          badChecksum: await feedCounter(sys, 'tcp:127.0.0.1', 'skipped:bad-checksum'),
          notAis: await feedCounter(sys, 'tcp:127.0.0.1', 'skipped:not-aivdm'),
          messages: await feedCounter(sys, 'tcp:127.0.0.1', 'messages'),
        }),
        (c) => c.tooLong >= 1 && c.badChecksum >= 1 && c.notAis >= 1,
      );
      expect(counted.tooLong).toBeGreaterThanOrEqual(1);
      expect(counted.badChecksum).toBeGreaterThanOrEqual(1);
      expect(counted.notAis).toBeGreaterThanOrEqual(2);
      expect(counted.messages).toBeGreaterThanOrEqual(3);

      // The same connection still works, and so do the server and worker.
      await write(feed, report(244000005));
      await received.until((latest) => latest.has('244000005'), 2000);
      expect((await operator.request('GET', '/healthz')).status).toBe(200);
    } finally {
      feed.destroy();
    }
  });

  it('a connection that sends megabytes without a line break is dropped; other connections carry on', async () => {
    const flood = await tcpClient(tcpPort);
    const good = await tcpClient(tcpPort);
    try {
      const closed = new Promise<void>((resolve) => flood.once('close', () => resolve()));
      flood.on('error', () => undefined);
      const chunk = Buffer.alloc(256 * 1024, 'A');
      for (let i = 0; i < 24 && !flood.destroyed; i++) flood.write(chunk);
      await closed;
      await write(good, report(244000006));
      await received.until((latest) => latest.has('244000006'), 2000);
      expect(
        await eventually(
          () => feedCounter(sys, 'tcp:127.0.0.1', 'dropped:no-line-breaks'),
          (n) => n >= 1,
        ),
      ).toBeGreaterThanOrEqual(1);
    } finally {
      flood.destroy();
      good.destroy();
    }
  });

  it('UDP datagrams holding several lines are ingested', async () => {
    const udp = createSocket('udp4');
    try {
      const datagram =
        report(244000011) + encodeAis({ type: 18, mmsi: 244000012, lat: 36.1, lon: 13.2, speed: 5 }).join('\n');
      await new Promise<void>((resolve, reject) =>
        udp.send(datagram, udpPort, '127.0.0.1', (err) => (err ? reject(err) : resolve())),
      );
      await received.until((latest) => latest.has('244000011') && latest.has('244000012'), 2000);
      expect(
        await eventually(
          () => feedCounter(sys, 'udp:127.0.0.1', 'messages'),
          (n) => n >= 2,
        ),
      ).toBe(2);
    } finally {
      udp.close();
    }
  });

  it('the outbound feed client reconnects after the receiver closes the connection', async () => {
    const first = await eventually(
      async () => receiverConnections[0],
      (s) => s !== undefined,
    );
    expect(first).toBeDefined();
    first!.write(report(244000021));
    await received.until((latest) => latest.has('244000021'), 2000);
    first!.destroy();
    const second = await eventually(
      async () => receiverConnections[1],
      (s) => s !== undefined,
      5000,
    );
    expect(second).toBeDefined();
    second!.write(report(244000022));
    await received.until((latest) => latest.has('244000022'), 2000);
    const feedName = `client:127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    expect(
      await eventually(
        () => feedCounter(sys, feedName, 'connections'),
        (n) => n >= 2,
      ),
    ).toBe(2);
  });

  it("static data (type 5) merges into the vessel's name; SAR aircraft and listed rescue assets marked", async () => {
    const feed = await tcpClient(tcpPort);
    try {
      await write(feed, report(244000031));
      await received.until((latest) => latest.has('244000031'), 2000);
      expect(received.latest.get('244000031')!.name).toBeNull();
      await write(
        feed,
        encodeAis({ type: 5, mmsi: 244000031, shipname: 'OCEAN VIKING', callsign: 'LAOW7', shiptype: 52 }).join('\n') +
          '\n',
      );
      await received.until((latest) => latest.get('244000031')?.name === 'OCEAN VIKING', 2000);

      await write(
        feed,
        encodeAis({ type: 9, mmsi: 111247501, alt: 450, speed: 140, lat: 35.8, lon: 14.3, course: 270 })[0] +
          `\n${report(RESCUE_MMSI)}`,
      );
      await received.until((latest) => latest.has('111247501') && latest.has(String(RESCUE_MMSI)), 2000);
      expect(received.latest.get('111247501')).toMatchObject({ kind: 'aircraft', alt: 450, speed: 140 });
      expect(received.latest.get(String(RESCUE_MMSI))).toMatchObject({ kind: 'rescue' });

      const listed = (await operator.request('GET', '/api/vessels')).body.vessels as VesselPosition[];
      expect(listed.find((v) => v.mmsi === '244000031')).toMatchObject({ name: 'OCEAN VIKING', lat: 35.5, lon: 12.6 });
      expect(listed.find((v) => v.mmsi === '111247501')).toMatchObject({ kind: 'aircraft', alt: 450 });
    } finally {
      feed.destroy();
    }
  });

  it("a crew reports its own vessel's position, which reaches the consoles, but not another vessel's", async () => {
    const crew = await new ApiClient(sys.baseUrl).login('crew', sys.users.crew.password);
    const own = sys.users.crew.vesselMmsi!;
    const res = await crew.request('POST', `/api/vessels/${own}/positions`, {
      lat: 35.9,
      lon: 12.9,
      speed: 11.5,
      course: 200,
    });
    expect(res.status).toBe(201);
    expect(res.body.vessel).toMatchObject({
      mmsi: own,
      lat: 35.9,
      lon: 12.9,
      speed: 11.5,
      course: 200,
      heading: null,
      source: 'crew',
      kind: 'rescue',
    });
    await received.until((latest) => latest.get(own)?.source === 'crew', 2000);
    const seenByCrew = await crew.request('GET', '/api/vessels');
    expect(seenByCrew.status).toBe(200);
    expect(seenByCrew.body.vessels.find((v: VesselPosition) => v.mmsi === own)).toMatchObject({
      lat: 35.9,
      source: 'crew',
    });

    expect((await crew.request('POST', '/api/vessels/247000002/positions', { lat: 35, lon: 12 })).status).toBe(403);
    expect((await crew.request('POST', `/api/vessels/${own}/positions`, { lat: 135, lon: 12 })).body).toMatchObject({
      error: 'invalid_body',
    });
    expect(
      (
        await crew.request('POST', `/api/vessels/${own}/positions`, {
          lat: 35,
          lon: 12,
          at: new Date(Date.now() + 3_600_000).toISOString(),
        })
      ).status,
    ).toBe(400);
    const noCsrf = new ApiClient(sys.baseUrl);
    noCsrf.cookie = crew.cookie;
    expect((await noCsrf.request('POST', `/api/vessels/${own}/positions`, { lat: 35, lon: 12 })).body).toMatchObject({
      error: 'csrf_failed',
    });
    expect((await operator.request('POST', `/api/vessels/${own}/positions`, { lat: 35, lon: 12 })).status).toBe(403);
  });

  it('a harbour user may not see vessels; without a session it is 401', async () => {
    const harbour = await new ApiClient(sys.baseUrl).login('lampedusa', sys.users.lampedusa.password);
    expect((await harbour.request('GET', '/api/vessels')).status).toBe(403);
    expect((await new ApiClient(sys.baseUrl).request('GET', '/api/vessels')).status).toBe(401);
  });
});

describe('the vessel store', () => {
  let redis: Redis;
  let prefix: string;
  beforeAll(async () => {
    redis = new Redis(await testRedisUrl());
    prefix = uniquePrefix('vessels');
  });
  afterAll(async () => {
    await dropPrefix(await testRedisUrl(), prefix);
    await redis.quit();
  });

  const at = (ms: number) => new Date(ms).toISOString();
  const fix = (mmsi: string, ms: number, lat: number): VesselPosition => ({
    mmsi,
    name: null,
    lat,
    lon: 12,
    speed: 5,
    course: 90,
    heading: null,
    source: 'ais',
    kind: 'vessel',
    at: at(ms),
  });

  it('keeps the newest position, a capped track with a minimum spacing, and refuses a late report', async () => {
    const keys = createStore(redis, prefix).keys;
    const store = new VesselsStore(redis, keys, { trackLength: 3, trackSpacingMs: 10_000 });
    const t0 = Date.now() - 120_000;
    for (let i = 0; i < 12; i++) await store.putPositions([fix('244000901', t0 + i * 5_000, 35 + i / 100)]);
    expect((await store.get('244000901'))!.position).toMatchObject({ lat: 35.11, at: at(t0 + 55_000) });
    const track = await store.track('244000901');
    expect(track.map((p) => p.at)).toEqual([at(t0 + 50_000), at(t0 + 40_000), at(t0 + 30_000)]);
    expect(await redis.llen(keys.vessel('244000901', 'track'))).toBeLessThanOrEqual(4);
    expect(await store.putPositions([fix('244000901', t0, 36)])).toEqual([]);
    expect((await store.get('244000901'))!.position!.lat).toBe(35.11);
  });

  it('ages silent vessels out of the live view, and forgets them with their track and static data later', async () => {
    const keys = createStore(redis, prefix).keys;
    const store = new VesselsStore(redis, keys, { staleMs: 60_000, forgetMs: 3_600_000 });
    const now = Date.now();
    await store.putPositions([fix('244000911', now - 120_000, 35), fix('244000912', now - 1_000, 35)]);
    await store.putStatic([{ mmsi: '244000911', data: { shipname: 'OLD TIMER', callsign: 'OT1' } }], now - 120_000);
    expect((await store.live(now)).map((v) => v.mmsi)).toContain('244000912');
    expect((await store.live(now)).map((v) => v.mmsi)).not.toContain('244000911');
    await store.prune(now);
    expect((await store.get('244000911'))!.static).toEqual({ shipname: 'OLD TIMER', callsign: 'OT1' });
    await store.prune(now + 3_600_000);
    expect(await store.get('244000911')).toBeNull();
    expect(await redis.exists(keys.vessel('244000911', 'track'))).toBe(0);
  });
});
