import type { Redis } from 'ioredis';
import type { DockingRequest, DockingStatus } from '../../domain/docking-request';
import { decodeFields, encodeFields } from './codec';
import type { Keys } from './keys';
import { addTimeline, type NewTimelineEntry } from './timeline.store';
import type { Tx } from './tx';

const OPEN = JSON.stringify('open');
const PENDING = JSON.stringify('pending');

/** The outcome of trying to move a request out of pending. */
export type TransitionResult =
  { ok: true } | { ok: false; current: DockingStatus | 'missing' } | { ok: false; current: 'case-closed' };

/** Docking requests: a hash each, indexed per case and per harbour. */
export class DockingStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
    private readonly tx: () => Tx,
  ) {}

  /**
   * Store new requests and their timeline entries in one transaction, only while the case is
   * open, not paused (unless `evenIfPaused`: a supervisor asking one harbour), and placed exactly
   * as far as matching saw it (`placedPersons`): a case closed, paused or accepted while matching
   * ran gets no request. Counts a round of matching. False when the case changed meanwhile.
   */
  async createMany(
    caseId: string,
    reqs: DockingRequest[],
    entries: NewTimelineEntry[],
    placedPersons?: number,
    evenIfPaused = false,
  ): Promise<boolean> {
    const key = this.keys.case(caseId);
    const tx = this.tx()
      .guard(key, 'status', [OPEN])
      .guard(key, 'placedAll', ['', 'false'])
      .guard(key, 'placedPersons', [placedPersons === undefined ? '' : JSON.stringify(placedPersons)]);
    if (!evenIfPaused) tx.guard(key, 'matchingPaused', ['', 'false']);
    for (const r of reqs) {
      tx.hset(this.keys.docking(r.id), encodeFields(r));
      tx.cmd('ZADD', this.keys.caseDocking(r.caseId), r.rank, r.id);
      tx.cmd('ZADD', this.keys.harbourDocking(r.harbourId), Date.parse(r.createdAt), r.id);
    }
    if (reqs.length) tx.cmd('HINCRBY', key, 'matchingRound', 1).hset(key, encodeFields({ matchingExhausted: false }));
    for (const e of entries) addTimeline(tx, this.keys, caseId, e);
    return (await tx.run()).ok;
  }

  /**
   * Move a pending request to `status` with the given fields and record it on the timeline,
   * atomically: of two concurrent answers (portal and SMS, say) exactly one wins. An answer
   * (accepted, declined) also needs the case open: once it is closed, nothing can be accepted.
   */
  async transition(
    id: string,
    caseId: string,
    status: DockingStatus,
    fields: Partial<DockingRequest>,
    entry: NewTimelineEntry,
  ): Promise<TransitionResult> {
    const tx = this.tx().guard(this.keys.docking(id), 'status', [PENDING]);
    const answer = status === 'accepted' || status === 'declined';
    if (answer) tx.guard(this.keys.case(caseId), 'status', [OPEN]);
    tx.hset(this.keys.docking(id), encodeFields({ ...fields, status }));
    const res = await addTimeline(tx, this.keys, caseId, entry).run();
    if (res.ok) return { ok: true };
    if (res.guard === 1) return { ok: false, current: 'case-closed' };
    return { ok: false, current: res.current === null ? 'missing' : (JSON.parse(res.current) as DockingStatus) };
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
