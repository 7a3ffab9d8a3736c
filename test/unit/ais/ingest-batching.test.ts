/**
 * The ingest core's pure parts: lines split without unbounded buffers, one decoder per tag-block
 * source, messages turned into positions (or ignored), and batches that keep the newest position
 * per vessel, flush on a timer, and hold sources back while over their bound.
 */
import { encodeAis, nmeaChecksum } from '../../../shared/ais/encode';
import { decodeAisText } from '../../../shared/ais';
import type { VesselPosition } from '../../../shared/domain/vessel';
import { createLogger } from '../../../shared/backend/logger';
import { AisIngest, type IngestTarget } from '../../../worker/ais/ais-ingest';
import { backoffDelay } from '../../../worker/ais/backoff';
import { FeedDecoder } from '../../../worker/ais/feed-decoder';
import { LineSplitter } from '../../../worker/ais/line-splitter';
import { toPosition } from '../../../worker/ais/message-to-vessel';
import { PositionBatch } from '../../../worker/ais/position-batch';

const log = createLogger('silent');
const bytes = (s: string) => new TextEncoder().encode(s);

function position(mmsi: string, at: number, lat = 35): VesselPosition {
  return {
    mmsi,
    name: null,
    lat,
    lon: 12,
    speed: null,
    course: null,
    heading: null,
    source: 'ais',
    kind: 'vessel',
    at: new Date(at).toISOString(),
  };
}

/** A target that records what it is given, and can be held to play a slow Redis. */
class RecordingTarget implements IngestTarget {
  readonly broadcasts: VesselPosition[][] = [];
  readonly counters: Record<string, Record<string, number>> = {};
  hold: Promise<void> = Promise.resolve();
  async putPositions(p: VesselPosition[]) {
    await this.hold;
    return p;
  }
  async putStatic() {
    return [];
  }
  async addCounters(feed: string, deltas: Record<string, number>) {
    const c = (this.counters[feed] ??= {});
    for (const [k, n] of Object.entries(deltas)) c[k] = (c[k] ?? 0) + n;
  }
  broadcast(batch: VesselPosition[]) {
    this.broadcasts.push(batch);
  }
}

describe('a position batch', () => {
  test('keeps the newest position per vessel and merges static data field by field', () => {
    const batch = new PositionBatch();
    batch.addPosition(position('1', 2000, 35.2));
    batch.addPosition(position('1', 1000, 35.1));
    batch.addPosition(position('2', 1000));
    batch.addStatic('1', { shipname: 'ONE', callsign: undefined });
    batch.addStatic('1', { callsign: 'AB12', shipname: undefined });
    batch.addStatic('3', { shipname: undefined });
    expect(batch.size).toBe(3);
    const taken = batch.take();
    expect(taken.positions.map((p) => [p.mmsi, p.lat])).toEqual([
      ['1', 35.2],
      ['2', 35],
    ]);
    expect(taken.statics).toEqual([{ mmsi: '1', data: { shipname: 'ONE', callsign: 'AB12' } }]);
    expect(batch.size).toBe(0);
  });
});

describe('the line splitter', () => {
  function split(chunks: (string | Uint8Array)[], maxLine = 100, maxRun = 1000) {
    const lines: string[] = [];
    let tooLong = 0;
    const s = new LineSplitter(
      {
        line: (b, start, end) => lines.push(new TextDecoder().decode(b.subarray(start, end))),
        tooLong: () => tooLong++,
      },
      maxLine,
      maxRun,
    );
    const kept = chunks.map((c) => s.push(typeof c === 'string' ? bytes(c) : c));
    s.end();
    return { lines, tooLong, kept };
  }

  test('joins lines split across chunks and accepts LF, CR and CRLF', () => {
    expect(split(['!AIVDM,a', 'b,c\r\n!x\ry\n', '\n\nlast']).lines).toEqual(['!AIVDM,ab,c', '!x', 'y', 'last']);
  });

  test('drops an over-long line once, whether it comes in one chunk or many, and goes on with the next', () => {
    expect(split(['x'.repeat(150) + '\nok\n'])).toMatchObject({ lines: ['ok'], tooLong: 1 });
    expect(split(['x'.repeat(60), 'x'.repeat(60), 'x'.repeat(60), '\nok\n'])).toMatchObject({
      lines: ['ok'],
      tooLong: 1,
    });
  });

  test('says to drop the stream once a line runs past the run limit', () => {
    expect(split(['x'.repeat(600), 'x'.repeat(600)]).kept).toEqual([true, false]);
  });
});

describe('per-source decoding', () => {
  test(
    "two receivers' interleaved multipart messages with the same sequence id each assemble, " +
      'also when later fragments carry only the group',
    () => {
      const tagged = (fields: string, sentence: string) => `\\${fields}*${nmeaChecksum(fields)}\\${sentence}`;
      const [a1, a2] = encodeAis({ type: 5, mmsi: 211000001, shipname: 'ALPHA' }, { sequenceId: 1 });
      const [b1, b2] = encodeAis({ type: 5, mmsi: 211000002, shipname: 'BRAVO' }, { sequenceId: 1 });
      const lines = [
        tagged('g:1-2-11,s:rx-a', a1!),
        tagged('g:1-2-22,s:rx-b', b1!),
        tagged('g:2-2-11', a2!),
        tagged('g:2-2-22,s:rx-b', b2!),
      ];
      const d = new FeedDecoder();
      const names = lines
        .map((l) => d.push(bytes(l), 0, l.length, 0).message)
        .filter(Boolean)
        .map((m) => (m as { shipname?: string }).shipname);
      expect(names).toEqual(['ALPHA', 'BRAVO']);
      expect(d.takeDeltas()).toEqual({ lines: 4, messages: 2 });
      // One decoder for all would have paired each first fragment with the wrong second one.
      expect(decodeAisText(lines.join('\n')).messages.map((m) => (m as { shipname?: string }).shipname)).not.toEqual([
        'ALPHA',
        'BRAVO',
      ]);
    },
  );
});

describe('messages to positions', () => {
  const label = { source: 'ais' as const, rescue: new Set(['247000001']) };
  const decode = (m: Parameters<typeof encodeAis>[0]) => decodeAisText(encodeAis(m).join('\n')).messages[0]!;

  test('positions the sender marks not available, and 0,0, are ignored', () => {
    expect(toPosition(decode({ type: 1, mmsi: 1 }), 'now', label)).toBeNull();
    expect(toPosition(decode({ type: 1, mmsi: 1, lat: 0, lon: 0 }), 'now', label)).toBeNull();
    expect(toPosition(decode({ type: 5, mmsi: 1, shipname: 'X' }), 'now', label)).toBeNull();
  });

  test('a type 9 is an aircraft with its altitude; a listed MMSI is a rescue asset', () => {
    expect(toPosition(decode({ type: 9, mmsi: 111247501, alt: 300, lat: 35, lon: 12 }), 'now', label)).toMatchObject({
      kind: 'aircraft',
      alt: 300,
      heading: null,
    });
    expect(
      toPosition(decode({ type: 18, mmsi: 247000001, lat: 35, lon: 12, heading: 45 }), 'now', label),
    ).toMatchObject({ kind: 'rescue', heading: 45 });
  });
});

describe('the ingest core', () => {
  test('a burst of reports becomes one broadcast per flush, with the newest position per vessel', async () => {
    const target = new RecordingTarget();
    const ingest = new AisIngest(target, log, { flushMs: 50, countersMs: 60_000 });
    try {
      const feed = ingest.openFeed('test');
      for (let i = 0; i < 100; i++)
        feed.text(encodeAis({ type: 1, mmsi: 244000000 + (i % 10), lat: 35 + i / 1000, lon: 12 }).join('\n'));
      await new Promise((r) => setTimeout(r, 120));
      expect(target.broadcasts).toHaveLength(1);
      expect(target.broadcasts[0]).toHaveLength(10);
      expect(target.broadcasts[0]!.find((p) => p.mmsi === '244000009')!.lat).toBeCloseTo(35.099, 6);
    } finally {
      await ingest.close();
    }
    expect(target.counters.test).toEqual({ lines: 100, messages: 100 });
  });

  test('over its bound the core says so, and whenDrained waits until a flush has written the batch', async () => {
    const target = new RecordingTarget();
    let release!: () => void;
    target.hold = new Promise((r) => {
      release = r;
    });
    const ingest = new AisIngest(target, log, { flushMs: 10_000, countersMs: 60_000, maxPending: 5 });
    try {
      const feed = ingest.openFeed('test');
      for (let i = 0; i < 5; i++) feed.text(encodeAis({ type: 1, mmsi: 244000100 + i, lat: 35, lon: 12 })[0]!);
      // The fifth report started a flush at once, which now waits on the held target.
      for (let i = 5; i < 10; i++) feed.text(encodeAis({ type: 1, mmsi: 244000100 + i, lat: 35, lon: 12 })[0]!);
      expect(ingest.overloaded).toBe(true);
      let drained = false;
      const waiting = ingest.whenDrained().then(() => {
        drained = true;
      });
      await new Promise((r) => setTimeout(r, 20));
      expect(drained).toBe(false);
      release();
      await waiting;
      expect(ingest.overloaded).toBe(false);
    } finally {
      await ingest.close();
    }
    expect(target.broadcasts.flat()).toHaveLength(10);
  });
});

describe('reconnect backoff', () => {
  test('doubles from the base, is capped, and is jittered between half and all of the step', () => {
    const opts = { baseMs: 100, maxMs: 1000 };
    expect([0, 1, 2, 3, 4, 10].map((a) => backoffDelay(a, opts, () => 1))).toEqual([100, 200, 400, 800, 1000, 1000]);
    expect([0, 1, 2, 3, 4, 10].map((a) => backoffDelay(a, opts, () => 0))).toEqual([50, 100, 200, 400, 500, 500]);
  });
});
