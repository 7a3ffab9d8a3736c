/**
 * `npm run bench ais-ingest`: sentences per second through the worker's AIS TCP listener into Redis
 * (decode, batch, vessel store scripts, socket.io emitter), against Haven's bare decoder on the same
 * bytes in the same run as the reference. Two corpora: gpsd's real captures repeated (few vessels,
 * so the batches stay small), and a busy synthetic coast of 20 000 vessels with a static report in
 * every 25 messages (so every flush writes thousands of vessels). Redis is a throwaway server with
 * Haven's production settings (AOF, appendfsync always) unless REDIS_URL is set.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AisDecoder } from '../shared/ais';
import { encodeAis } from '../shared/ais/encode';
import type { VesselPosition } from '../shared/domain/vessel';
import { createLogger } from '../shared/backend/logger';
import { connectRedis } from '../shared/backend/redis';
import { createStore } from '../shared/backend/store';
import { AisIngest } from '../worker/ais/ais-ingest';
import { listenTcp } from '../worker/ais/tcp-listener';
import { createWorkerBroadcaster } from '../worker/realtime/emitter';

const setup = require('../scripts/lib/setup') as {
  startRedis(dir: string): Promise<{ url: string; stop(): Promise<void> }>;
};

const ROOT = path.join(__dirname, '..');
const LINES = Number(process.env.AIS_INGEST_BENCH_LINES ?? 300_000);

function realCorpus(): Buffer {
  const lines = ['sample.aivdm', 'ais-nmea.log', 'ais-18-27.log']
    .flatMap((f) => readFileSync(path.join(ROOT, 'shared/data/ais', f), 'utf8').split('\n'))
    .filter((l) => l.startsWith('!') || l.startsWith('\\'));
  const out: string[] = [];
  while (out.length < LINES) out.push(...lines);
  return Buffer.from(`${out.slice(0, LINES).join('\n')}\n`);
}

function busyCoast(): Buffer {
  const out: string[] = [];
  for (let i = 0; out.length < LINES; i++) {
    const mmsi = 200_000_000 + (i % 20_000);
    if (i % 25 === 0)
      out.push(
        ...encodeAis(
          { type: 5, mmsi, shipname: `VESSEL ${i % 20_000}`, callsign: 'ABCD', shiptype: 70, destination: 'VALLETTA' },
          { sequenceId: i % 10 },
        ),
      );
    else
      out.push(
        ...encodeAis({
          type: 1,
          mmsi,
          lat: 33 + ((i * 7) % 500) / 100,
          lon: 10 + ((i * 13) % 800) / 100,
          speed: (i % 200) / 10,
          course: i % 360,
          heading: i % 360,
        }),
      );
  }
  return Buffer.from(`${out.slice(0, LINES).join('\n')}\n`);
}

function decodeOnly(corpus: Buffer): number {
  const d = new AisDecoder();
  const started = process.hrtime.bigint();
  let start = 0;
  for (let i = corpus.indexOf(10); i >= 0; start = i + 1, i = corpus.indexOf(10, start)) d.pushBytes(corpus, start, i);
  const s = Number(process.hrtime.bigint() - started) / 1e9;
  return d.stats.lines / s;
}

interface Run {
  rate: number;
  flushes: number;
  stored: number;
  live: number;
  seconds: number;
  storeSeconds: number;
}

async function throughTcp(corpus: Buffer, redisUrl: string): Promise<Run> {
  const redis = connectRedis(redisUrl);
  const prefix = `bench-${Date.now()}`;
  const store = createStore(redis, prefix);
  const broadcast = createWorkerBroadcaster(redis, store.keys.socketKey());
  let flushes = 0;
  let stored = 0;
  let storeNs = 0n;
  const log = createLogger('warn');
  const ingest = new AisIngest(
    {
      putPositions: async (p: VesselPosition[]) => {
        const t = process.hrtime.bigint();
        const r = await store.vessels.putPositions(p);
        storeNs += process.hrtime.bigint() - t;
        stored += r.length;
        flushes++;
        return r;
      },
      putStatic: (s) => store.vessels.putStatic(s),
      addCounters: (feed, deltas) => store.feeds.add(feed, deltas),
      broadcast: (batch) => broadcast.vessels(batch),
    },
    log,
  );
  const tcp = await listenTcp(ingest, log, { port: 0, host: '127.0.0.1' });
  const started = process.hrtime.bigint();
  await new Promise<void>((resolve, reject) => {
    const s = connect(tcp.port, '127.0.0.1', () => s.end(corpus));
    s.once('close', () => resolve());
    s.once('error', reject);
  });
  await ingest.flush();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await tcp.close();
  await ingest.close();
  const live = (await store.vessels.live()).length;
  const counters = await store.feeds.counters();
  const lines = Object.values(counters).reduce((n, c) => n + (c.lines ?? 0), 0);
  if (lines !== LINES) throw new Error(`counted ${lines} lines of ${LINES}`);
  const keys = await redis.keys(`${prefix}:*`);
  for (let i = 0; i < keys.length; i += 1000) await redis.del(...keys.slice(i, i + 1000));
  await redis.quit();
  return { rate: LINES / seconds, flushes, stored, live, seconds, storeSeconds: Number(storeNs) / 1e9 };
}

async function main(): Promise<void> {
  const dir = process.env.REDIS_URL ? null : mkdtempSync(path.join(tmpdir(), 'haven-bench-redis-'));
  const redis = dir ? await setup.startRedis(dir) : { url: process.env.REDIS_URL!, stop: async () => undefined };
  try {
    for (const [name, corpus] of [
      ['gpsd captures, repeated', realCorpus()],
      ['busy coast, 20 000 vessels', busyCoast()],
    ] as const) {
      const reference = Math.max(decodeOnly(corpus), decodeOnly(corpus));
      const runs = [await throughTcp(corpus, redis.url), await throughTcp(corpus, redis.url)];
      const best = runs.reduce((a, b) => (b.rate > a.rate ? b : a));
      console.log(`${name}: ${LINES} lines (${(corpus.length / 1e6).toFixed(1)} MB)`);
      console.log(
        `  TCP listener -> Redis: ${Math.round(best.rate).toLocaleString('en')} sentences/s ` +
          `(${best.seconds.toFixed(2)} s; ${best.flushes} flushes, ${best.stored} positions written, ` +
          `${best.live} vessels live)`,
      );
      console.log(
        `  vessel store writes:   ${Math.round(best.stored / best.storeSeconds).toLocaleString('en')} positions/s ` +
          `while flushing (${best.storeSeconds.toFixed(2)} s in putPositions)`,
      );
      console.log(`  decoder alone:         ${Math.round(reference).toLocaleString('en')} sentences/s`);
      console.log(`  ratio ingest/decoder:  ${(best.rate / reference).toFixed(2)}`);
    }
  } finally {
    await redis.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

void main();
