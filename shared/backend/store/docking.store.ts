import type { Redis } from 'ioredis';
import type { DockingRequest, DockingStatus } from '../../domain/docking-request';
import { decodeFields, encodeFields } from './codec';
import { exec } from './cases.store';
import type { Keys } from './keys';
import { addTimeline, type NewTimelineEntry } from './timeline.store';

/**
 * Move a request out of "pending" and record it on the timeline, atomically: of two concurrent
 * answers (portal and SMS, say) exactly one wins. Returns the status that was current.
 */
const TRANSITION = `
local cur = redis.call('HGET', KEYS[1], 'status')
if not cur then return 'missing' end
if cur ~= '"pending"' then return cur end
for i = 1, #ARGV - 4, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
local n = #ARGV
redis.call('XADD', KEYS[2], '*', 'at', ARGV[n - 3], 'type', ARGV[n - 2], 'actor', ARGV[n - 1],
  'summary', ARGV[n], 'data', '{}')
return 'ok'`;

/** The outcome of trying to move a request out of pending. */
export type TransitionResult = { ok: true } | { ok: false; current: DockingStatus | 'missing' };

/** Docking requests: a hash each, indexed per case and per harbour. */
export class DockingStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
  ) {}

  /** Store new requests and their timeline entries in one transaction. */
  async createMany(caseId: string, reqs: DockingRequest[], entries: NewTimelineEntry[]): Promise<void> {
    const m = this.redis.multi();
    for (const r of reqs) {
      m.hset(this.keys.docking(r.id), encodeFields(r));
      m.zadd(this.keys.caseDocking(r.caseId), r.rank, r.id);
      m.zadd(this.keys.harbourDocking(r.harbourId), Date.parse(r.createdAt), r.id);
    }
    for (const e of entries) addTimeline(m, this.keys, caseId, e);
    await exec(m);
  }

  /** Move a pending request to `status` with the given fields; see TRANSITION. */
  async transition(
    id: string,
    caseId: string,
    status: DockingStatus,
    fields: Partial<DockingRequest>,
    entry: NewTimelineEntry,
  ): Promise<TransitionResult> {
    const args = Object.entries(encodeFields({ ...fields, status })).flat();
    const res = (await this.redis.eval(
      TRANSITION,
      2,
      this.keys.docking(id),
      this.keys.caseTimeline(caseId),
      ...args,
      entry.at ?? new Date().toISOString(),
      entry.type,
      entry.actor,
      entry.summary,
    )) as string;
    if (res === 'ok') return { ok: true };
    return { ok: false, current: res === 'missing' ? 'missing' : (JSON.parse(res) as DockingStatus) };
  }

  /** One request or null. */
  async get(id: string): Promise<DockingRequest | null> {
    return decodeFields<DockingRequest>(await this.redis.hgetall(this.keys.docking(id)));
  }

  /** The requests of a case, in the order they were ranked. */
  async forCase(caseId: string): Promise<DockingRequest[]> {
    return this.many(await this.redis.zrange(this.keys.caseDocking(caseId), '0', '-1'));
  }

  /** The requests sent to one harbour, newest first. */
  async forHarbour(harbourId: string, limit = 100): Promise<DockingRequest[]> {
    return this.many(await this.redis.zrevrange(this.keys.harbourDocking(harbourId), 0, limit - 1));
  }

  private async many(ids: string[]): Promise<DockingRequest[]> {
    if (ids.length === 0) return [];
    const p = this.redis.pipeline();
    for (const id of ids) p.hgetall(this.keys.docking(id));
    const res = (await p.exec()) ?? [];
    return res
      .map(([, h]) => decodeFields<DockingRequest>(h as Record<string, string>))
      .filter((r): r is DockingRequest => r !== null);
  }
}
