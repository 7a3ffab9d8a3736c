import type { Redis } from 'ioredis';
import type { VesselPosition } from '../../domain/vessel';
import type { Keys } from './keys';

/** What AIS static reports (types 5, 19, 24) say about a vessel; merged field by field by MMSI. */
export interface VesselStatic {
  shipname?: string;
  callsign?: string;
  shiptype?: number;
  imo?: number;
  destination?: string;
  to_bow?: number;
  to_stern?: number;
  to_port?: number;
  to_starboard?: number;
}

/** One point of a vessel's track (newest first; `track()` returns at most trackLength of them). */
export interface TrackPoint {
  lat: number;
  lon: number;
  at: string;
  speed: number | null;
  course: number | null;
}

/** How much to keep and for how long. */
export interface VesselsOptions {
  /** Points kept per vessel track. */
  trackLength: number;
  /** A track point at most this often (class A ships report every 2-10 s; a track needs far fewer). */
  trackSpacingMs: number;
  /** A vessel silent for this long leaves the live view. */
  staleMs: number;
  /** A vessel silent for this long is deleted with its track and static data. */
  forgetMs: number;
}

/**
 * Defaults: 200 track points 30 s or more apart (over an hour and a half), out of the live view
 * after 30 minutes, forgotten after a day.
 */
export const VESSEL_DEFAULTS: VesselsOptions = {
  trackLength: 200,
  trackSpacingMs: 30_000,
  staleMs: 30 * 60_000,
  forgetMs: 24 * 3_600_000,
};

/** Scripts work on this many vessels at a time, so a big batch never blocks Redis for long. */
const CHUNK = 500;

// Per vessel: keep the newest position only (a late report still must not move the vessel back),
// add a track point when the last one is at least `spacing` old, and answer with the vessel's name;
// then index the whole chunk by time in two calls. Every Redis call in a script costs microseconds
// and this runs per vessel per flush, so sorted sets are written once per chunk and the track is
// trimmed back to its length only once it is a tenth over.
const PUT_POSITIONS = `
local out, keep, spacing, live, seen, n = {}, tonumber(ARGV[1]), tonumber(ARGV[2]), {}, {'GT'}, 0
for i = 0, (#KEYS - 2) / 2 - 1 do
  local vessel, track = KEYS[3 + 2 * i], KEYS[4 + 2 * i]
  local mmsi, at = ARGV[3 + 4 * i], ARGV[4 + 4 * i]
  local cur = redis.call('HMGET', vessel, 'at', 'shipname', 'tat')
  local t = tonumber(at)
  if cur[1] and tonumber(cur[1]) > t then
    out[i + 1] = 0
  else
    if cur[3] and t - tonumber(cur[3]) < spacing then
      redis.call('HSET', vessel, 'at', at, 'pos', ARGV[5 + 4 * i])
    else
      redis.call('HSET', vessel, 'at', at, 'pos', ARGV[5 + 4 * i], 'tat', at)
      if redis.call('LPUSH', track, ARGV[6 + 4 * i]) > keep + math.ceil(keep / 10) then
        redis.call('LTRIM', track, 0, keep - 1)
      end
    end
    live[2 * n + 1] = at
    live[2 * n + 2] = mmsi
    seen[2 * n + 2] = at
    seen[2 * n + 3] = mmsi
    n = n + 1
    out[i + 1] = cur[2] or ''
  end
end
if n > 0 then
  redis.call('ZADD', KEYS[1], unpack(live))
  redis.call('ZADD', KEYS[2], unpack(seen))
end
return out`;

// Per vessel: merge the static fields; when that changes the name of a vessel with a position,
// answer with the position and the new name so the consoles can relabel it.
const PUT_STATIC = `
local out, a = {}, 2
for i = 1, #KEYS - 1 do
  local vessel, mmsi, n = KEYS[1 + i], ARGV[a], tonumber(ARGV[a + 1])
  local before = redis.call('HGET', vessel, 'shipname')
  redis.call('HSET', vessel, unpack(ARGV, a + 2, a + 1 + n))
  redis.call('ZADD', KEYS[1], 'GT', ARGV[1], mmsi)
  local after = redis.call('HGET', vessel, 'shipname')
  local pos = after ~= before and redis.call('HGET', vessel, 'pos') or false
  out[2 * i - 1], out[2 * i] = pos or '', pos and after or ''
  a = a + 2 + n
end
return out`;

type StoredPosition = Omit<VesselPosition, 'mmsi' | 'name'>;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

function nameOf(raw: string | null | undefined): string | null {
  return raw ? (JSON.parse(raw) as string) : null;
}

function fromStored(mmsi: string, pos: string, name: string | null | undefined): VesselPosition {
  return { mmsi, name: nameOf(name), ...(JSON.parse(pos) as StoredPosition) };
}

/**
 * Live vessels: the latest position per MMSI (a hash per vessel), a capped track (a list), static
 * data merged by MMSI, and two sorted sets by time: `live` (last position, for the live view) and
 * `seen` (last report of any kind, for deletion). Writes go in chunked scripts, a few per batch.
 */
export class VesselsStore {
  readonly options: VesselsOptions;

  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
    options: Partial<VesselsOptions> = {},
  ) {
    this.options = { ...VESSEL_DEFAULTS, ...options };
  }

  /** Store positions; returns those accepted (not older than what is stored), with their names. */
  async putPositions(positions: VesselPosition[]): Promise<VesselPosition[]> {
    if (!positions.length) return [];
    const p = this.redis.pipeline();
    const parts = chunks(positions);
    for (const part of parts) {
      const keys = [this.keys.vessels('live'), this.keys.vessels('seen')];
      const args: (string | number)[] = [this.options.trackLength, this.options.trackSpacingMs];
      for (const v of part) {
        const { mmsi, name: _name, ...stored } = v;
        const at = Date.parse(v.at);
        keys.push(this.keys.vessel(mmsi), this.keys.vessel(mmsi, 'track'));
        args.push(mmsi, at, JSON.stringify(stored), JSON.stringify([v.lat, v.lon, at, v.speed, v.course]));
      }
      p.eval(PUT_POSITIONS, keys.length, ...keys, ...args);
    }
    const results = await execPipeline(p);
    const accepted: VesselPosition[] = [];
    parts.forEach((part, c) => {
      (results[c] as (string | number)[]).forEach((name, i) => {
        const v = part[i]!;
        if (name !== 0) accepted.push({ ...v, name: nameOf(name as string) ?? v.name });
      });
    });
    return accepted;
  }

  /** Merge static data by MMSI; returns the positions of vessels whose name it changed, renamed. */
  async putStatic(entries: { mmsi: string; data: VesselStatic }[], now = Date.now()): Promise<VesselPosition[]> {
    const fields = entries
      .map(({ mmsi, data }) => ({
        mmsi,
        pairs: Object.entries(data)
          .filter(([, v]) => v !== undefined)
          .flatMap(([k, v]) => [k, JSON.stringify(v)]),
      }))
      .filter((e) => e.pairs.length > 0);
    if (!fields.length) return [];
    const p = this.redis.pipeline();
    const parts = chunks(fields);
    for (const part of parts) {
      const keys = [this.keys.vessels('seen'), ...part.map((e) => this.keys.vessel(e.mmsi))];
      const args = [now, ...part.flatMap((e) => [e.mmsi, e.pairs.length, ...e.pairs])];
      p.eval(PUT_STATIC, keys.length, ...keys, ...args);
    }
    const results = await execPipeline(p);
    const renamed: VesselPosition[] = [];
    parts.forEach((part, c) => {
      const out = results[c] as string[];
      part.forEach((e, i) => {
        if (out[2 * i]) renamed.push(fromStored(e.mmsi, out[2 * i]!, out[2 * i + 1]));
      });
    });
    return renamed;
  }

  /** Every vessel heard from within the stale limit, latest position first. */
  async live(now = Date.now(), staleMs = this.options.staleMs): Promise<VesselPosition[]> {
    const mmsis = await this.redis.zrevrangebyscore(this.keys.vessels('live'), '+inf', `(${now - staleMs}`);
    if (!mmsis.length) return [];
    const p = this.redis.pipeline();
    for (const mmsi of mmsis) p.hmget(this.keys.vessel(mmsi), 'pos', 'shipname');
    const rows = await execPipeline(p);
    const out: VesselPosition[] = [];
    mmsis.forEach((mmsi, i) => {
      const [pos, name] = rows[i] as (string | null)[];
      if (pos) out.push(fromStored(mmsi, pos, name));
    });
    return out;
  }

  /** One vessel's latest position (however old) and static data; null when unknown. */
  async get(mmsi: string): Promise<{ position: VesselPosition | null; static: VesselStatic } | null> {
    const h = await this.redis.hgetall(this.keys.vessel(mmsi));
    if (!Object.keys(h).length) return null;
    const { pos, at: _at, tat: _tat, ...rest } = h;
    const data = Object.fromEntries(
      Object.entries(rest).map(([k, v]) => [k, JSON.parse(v) as unknown]),
    ) as VesselStatic;
    return { position: pos ? fromStored(mmsi, pos, rest.shipname) : null, static: data };
  }

  /** A vessel's track, newest first. */
  async track(mmsi: string, limit = this.options.trackLength): Promise<TrackPoint[]> {
    const raw = await this.redis.lrange(this.keys.vessel(mmsi, 'track'), 0, limit - 1);
    return raw.map((r) => {
      const [lat, lon, at, speed, course] = JSON.parse(r) as [number, number, number, number | null, number | null];
      return { lat, lon, at: new Date(at).toISOString(), speed, course };
    });
  }

  /** Age stale vessels out of the live view and delete the long-silent ones; returns how many of each. */
  async prune(now = Date.now(), staleMs = this.options.staleMs): Promise<{ aged: number; deleted: number }> {
    const aged = await this.redis.zremrangebyscore(this.keys.vessels('live'), '-inf', `(${now - staleMs}`);
    let deleted = 0;
    for (;;) {
      const gone = await this.redis.zrangebyscore(
        this.keys.vessels('seen'),
        '-inf',
        `(${now - this.options.forgetMs}`,
        'LIMIT',
        0,
        CHUNK,
      );
      if (!gone.length) break;
      const m = this.redis.multi();
      m.del(...gone.flatMap((mmsi) => [this.keys.vessel(mmsi), this.keys.vessel(mmsi, 'track')]));
      m.zrem(this.keys.vessels('seen'), ...gone).zrem(this.keys.vessels('live'), ...gone);
      await execPipeline(m);
      deleted += gone.length;
    }
    return { aged, deleted };
  }
}

/** A pipeline's (or MULTI's) replies, throwing the first command error: a lost write must not pass silently. */
async function execPipeline(p: ReturnType<Redis['pipeline']>): Promise<unknown[]> {
  const res = await p.exec();
  if (!res) throw new Error('pipeline aborted');
  for (const [err] of res) if (err) throw err;
  return res.map(([, v]) => v);
}
