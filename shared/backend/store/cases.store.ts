import type { Redis } from 'ioredis';
import type { Case, CasePatch, TimelineEntry } from '../../domain/case';
import type { Fix } from '../../domain/position';
import type { Keys } from './keys';
import { callId, caseCode, caseId, parseCaseCode } from '../../domain/ids';
import { decodeFields, encodeFields } from './codec';
import { addTimeline, readTimeline, type NewTimelineEntry } from './timeline.store';
import { upgradeRecord, type CaseRecord } from './upgrade-record';
import type { Tx } from './tx';

export type { CaseRecord };

const encode = (rec: Partial<CaseRecord>) => encodeFields(rec);

/** Durable case storage: a hash per case, a list of fixes, a hash-chained Redis Stream timeline. */
export class CasesStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
    private readonly tx: () => Tx,
  ) {}

  /** A new, never reused case id such as `C-000042`. */
  async nextId(): Promise<string> {
    return caseId(await this.redis.incr(this.keys.seq('case')));
  }

  /** The next case code of a hotline prefix and year, such as `AP0001-2024` (one sequence per prefix and year). */
  async nextCode(prefix: string, year: number): Promise<string> {
    return caseCode(prefix, await this.redis.incr(this.keys.seq(`case-code:${prefix}:${year}`)), year);
  }

  /** The case a code names (its own, or one folded into it by a merge), or null. */
  async byCode(code: string): Promise<string | null> {
    const parsed = parseCaseCode(code);
    if (!parsed) return null;
    return this.redis.hget(this.keys.caseCodes(), caseCode(parsed.prefix, parsed.seq, parsed.year));
  }

  /** A new, never reused call id such as `K-000007`. */
  async nextCallId(): Promise<string> {
    return callId(await this.redis.incr(this.keys.seq('call')));
  }

  /**
   * Claim the open thread of a caller for a new case id. Returns the id of the open case this
   * caller already has, or null when the claim succeeded (the caller has no open case).
   */
  async claimThread(callerHash: string, caseId: string): Promise<string | null> {
    const key = this.keys.openThread(callerHash);
    for (let attempt = 0; attempt < 3; attempt++) {
      if (await this.redis.set(key, caseId, 'NX')) return null;
      const existing = await this.redis.get(key);
      if (existing && (await this.redis.hget(this.keys.case(existing), 'status')) === '"open"') return existing;
      // A stale thread (case closed or gone): replace it only if nobody else did meanwhile.
      if (existing) await this.redis.eval(DEL_IF_EQUALS, 1, key, existing);
    }
    throw new Error('could not claim caller thread');
  }

  /** The caller's open case, read without claiming anything; null when the caller has none. */
  async openCaseOf(callerHash: string): Promise<string | null> {
    const existing = await this.redis.get(this.keys.openThread(callerHash));
    if (existing && (await this.redis.hget(this.keys.case(existing), 'status')) === '"open"') return existing;
    return null;
  }

  /** Write a new case, its first fix and timeline entry, and mark it for matching, atomically. */
  async create(rec: CaseRecord, fix: Fix | null, entry: NewTimelineEntry): Promise<void> {
    const tx = this.tx().hset(this.keys.case(rec.id), encode(rec));
    if (rec.code) tx.cmd('HSET', this.keys.caseCodes(), rec.code, rec.id);
    if (fix) tx.cmd('RPUSH', this.keys.caseFixes(rec.id), JSON.stringify(fix));
    addTimeline(tx, this.keys, rec.id, { ...entry, at: entry.at ?? rec.createdAt });
    tx.cmd('ZADD', this.keys.casesByTime(), Date.parse(rec.createdAt), rec.id);
    tx.cmd('SADD', this.keys.pendingMatch(), rec.id);
    await tx.run();
  }

  /** Append a fix (and its timeline entry) to an existing case. */
  async addFix(caseId: string, fix: Fix, entry: NewTimelineEntry): Promise<void> {
    const tx = this.tx().cmd('RPUSH', this.keys.caseFixes(caseId), JSON.stringify(fix));
    tx.hset(this.keys.case(caseId), encode({ updatedAt: new Date().toISOString() }));
    await addTimeline(tx, this.keys, caseId, entry).run();
  }

  /** Mark fix `index` confirmed by an operator (atomic read-modify-write); false when there is no such fix. */
  async confirmFix(caseId: string, index: number, entry: NewTimelineEntry): Promise<boolean> {
    const ok = await this.redis.eval(CONFIRM_FIX, 1, this.keys.caseFixes(caseId), String(index));
    if (ok !== 1) return false;
    await this.note(caseId, entry);
    return true;
  }

  /**
   * Withdraw fix `index` and record it, atomically: of two operators withdrawing the same fix at
   * once, one wins. The withdrawal is kept beside the fixes (a hash by index), so the fix itself is
   * never rewritten. Answers 'withdrawn', 'already' (it was withdrawn before) or 'missing'.
   */
  async withdrawFix(
    caseId: string,
    index: number,
    withdrawal: { at: string; by: string; reason: string },
    entry: NewTimelineEntry,
  ): Promise<'withdrawn' | 'already' | 'missing'> {
    if ((await this.redis.lindex(this.keys.caseFixes(caseId), index)) === null) return 'missing';
    const marks = this.keys.caseWithdrawn(caseId);
    const tx = this.tx()
      .guard(marks, String(index), [''])
      .cmd('HSET', marks, index, JSON.stringify(withdrawal))
      .hset(this.keys.case(caseId), encode({ updatedAt: new Date().toISOString() }));
    const res = await addTimeline(tx, this.keys, caseId, entry).run();
    return res.ok ? 'withdrawn' : 'already';
  }

  /** Change some fields of a case, recording the change in the same transaction. */
  async patch(caseId: string, fields: Partial<CaseRecord>, entry: NewTimelineEntry): Promise<void> {
    const tx = this.tx().hset(this.keys.case(caseId), encode({ ...fields, updatedAt: new Date().toISOString() }));
    await addTimeline(tx, this.keys, caseId, entry).run();
  }

  /**
   * No willing harbour is left to ask: the matching summary says `exhausted` until a new round
   * opens. True only for the run that found it first (so the alarm goes out once).
   */
  async markExhausted(caseId: string, entry: NewTimelineEntry): Promise<boolean> {
    const key = this.keys.case(caseId);
    const tx = this.tx()
      .guard(key, 'matchingExhausted', ['', 'false'])
      .hset(key, encode({ matchingExhausted: true }))
      .cmd('SADD', this.keys.exhaustedCases(), caseId);
    return (await addTimeline(tx, this.keys, caseId, entry).run()).ok;
  }

  /**
   * The cases that ran out of harbours and are still open and exhausted; the others leave the set
   * (a new round opened, the case closed) as they are found.
   */
  async exhausted(): Promise<string[]> {
    const ids = await this.redis.smembers(this.keys.exhaustedCases());
    const still: string[] = [];
    for (const id of ids) {
      const [status, exhausted] = await this.redis.hmget(this.keys.case(id), 'status', 'matchingExhausted');
      if (status === JSON.stringify('open') && exhausted === 'true') still.push(id);
      else await this.redis.srem(this.keys.exhaustedCases(), id);
    }
    return still;
  }

  /** Pause or resume matching of an open case, recorded; false when the case is closed or gone. */
  async setMatchingPaused(caseId: string, paused: boolean, entry: NewTimelineEntry): Promise<boolean> {
    const key = this.keys.case(caseId);
    const tx = this.tx()
      .guard(key, 'status', [JSON.stringify('open')])
      .hset(key, encode({ matchingPaused: paused }));
    return (await addTimeline(tx, this.keys, caseId, entry).run()).ok;
  }

  /** Append a timeline entry on its own (a note, a notification, an answer recorded elsewhere). */
  async note(caseId: string, entry: NewTimelineEntry): Promise<void> {
    await addTimeline(this.tx(), this.keys, caseId, entry).run();
  }

  /** Release the caller's thread when the case closes, so a new call opens a new case. */
  async releaseThread(callerHash: string, caseId: string): Promise<void> {
    await this.redis.eval(DEL_IF_EQUALS, 1, this.keys.openThread(callerHash), caseId);
  }

  /** The stored record in the current shape (older records lifted, see upgrade-record.ts), or null. */
  async record(caseId: string): Promise<CaseRecord | null> {
    const raw = decodeFields<CaseRecord>(await this.redis.hgetall(this.keys.case(caseId)));
    return raw && upgradeRecord(raw);
  }

  /** All fixes of a case, oldest first, each with its withdrawal when it was withdrawn. */
  async fixes(caseId: string): Promise<Fix[]> {
    const [list, marks] = await Promise.all([
      this.redis.lrange(this.keys.caseFixes(caseId), 0, -1),
      this.redis.hgetall(this.keys.caseWithdrawn(caseId)),
    ]);
    return list.map((s, i) => {
      const fix = JSON.parse(s) as Fix;
      const mark = marks[String(i)];
      return mark ? { ...fix, withdrawn: JSON.parse(mark) as Fix['withdrawn'] } : fix;
    });
  }

  /** The timeline of a case, oldest first. */
  timeline(caseId: string): Promise<TimelineEntry[]> {
    return readTimeline(this.redis, this.keys, caseId);
  }

  /** Case ids, newest first. */
  async ids(limit = 200): Promise<string[]> {
    return this.redis.zrevrange(this.keys.casesByTime(), 0, limit - 1);
  }

  /** Cases whose matching was promised but may not have been enqueued (crash between write and enqueue). */
  pendingMatch(): Promise<string[]> {
    return this.redis.smembers(this.keys.pendingMatch());
  }

  /**
   * Delete a case and everything hanging off it (fixes, timeline, docking requests, counters).
   * Only for retention: positions and numbers of people at sea must not be kept longer than needed.
   */
  async purge(caseId: string): Promise<void> {
    const requests = await this.redis.zrange(this.keys.caseDocking(caseId), '0', '-1');
    const harbourIds = await Promise.all(requests.map((id) => this.redis.hget(this.keys.docking(id), 'harbourId')));
    const m = this.redis.multi();
    requests.forEach((id, i) => {
      m.del(this.keys.docking(id));
      const h = harbourIds[i];
      if (h) m.zrem(this.keys.harbourDocking(JSON.parse(h) as string), id);
    });
    m.del(
      this.keys.case(caseId),
      this.keys.caseFixes(caseId),
      this.keys.caseTimeline(caseId),
      this.keys.caseChain(caseId),
      this.keys.caseDocking(caseId),
      this.keys.caseSitreps(caseId),
      this.keys.caseWithdrawn(caseId),
      this.keys.seq(`sitrep:${caseId}`),
      this.keys.matchGeneration(caseId),
      this.keys.matchLock(caseId),
    );
    m.zrem(this.keys.casesByTime(), caseId);
    m.srem(this.keys.pendingMatch(), caseId);
    m.srem(this.keys.exhaustedCases(), caseId);
    await exec(m);
  }

  /** Ids of cases created before `before` (ms), oldest first: the candidates for retention. */
  idsCreatedBefore(before: number, limit = 1000): Promise<string[]> {
    return this.redis.zrangebyscore(this.keys.casesByTime(), '-inf', `(${before}`, 'LIMIT', 0, limit);
  }

  /** Matching for this case must run again (its last run failed for good): the sweep picks it up. */
  async markPendingMatch(caseId: string): Promise<void> {
    await this.redis.sadd(this.keys.pendingMatch(), caseId);
  }

  /** How many times the sweep has re-added this case's matching under a new job id (0: never). */
  async matchGeneration(caseId: string): Promise<number> {
    return Number((await this.redis.get(this.keys.matchGeneration(caseId))) ?? 0);
  }

  /**
   * Move to the next generation if it is still `from`; false when another worker did it first, so
   * of two concurrent sweeps only one re-adds the job.
   */
  async nextMatchGeneration(caseId: string, from: number): Promise<boolean> {
    return (await this.redis.eval(NEXT_GENERATION, 1, this.keys.matchGeneration(caseId), String(from))) === 1;
  }

  /**
   * Hold the case's matching lock for `holder` (a job id): matching runs for one case at a time
   * across every worker. The same holder may take it again (its job re-run after a crash).
   */
  async lockMatching(caseId: string, holder: string, ttlMs: number): Promise<boolean> {
    return (await this.redis.eval(LOCK, 1, this.keys.matchLock(caseId), holder, String(ttlMs))) === 1;
  }

  /** Release the matching lock if `holder` still has it. */
  async unlockMatching(caseId: string, holder: string): Promise<void> {
    await this.redis.eval(DEL_IF_EQUALS, 1, this.keys.matchLock(caseId), holder);
  }

  /** Matching for this case has been handled. */
  async matchDone(caseId: string): Promise<void> {
    await this.redis.srem(this.keys.pendingMatch(), caseId);
  }
}

/** A MULTI's result with per-command errors surfaced: a half-applied write must never pass silently. */
export async function exec(m: ReturnType<Redis['multi']>): Promise<unknown[]> {
  const res = await m.exec();
  if (!res) throw new Error('transaction aborted');
  for (const [err] of res) if (err) throw err;
  return res.map(([, v]) => v);
}

const CONFIRM_FIX = `
local raw = redis.call('LINDEX', KEYS[1], ARGV[1])
if not raw then return 0 end
-- A textual swap, not cjson: cjson would turn the empty warnings array into an object. Inside the
-- raw text a quote is escaped, so this top-level key cannot be matched there.
local s, e = string.find(raw, '"confirmed":false', 1, true)
if s then
  redis.call('LSET', KEYS[1], ARGV[1], string.sub(raw, 1, s - 1) .. '"confirmed":true' .. string.sub(raw, e + 1))
end
return 1`;

const NEXT_GENERATION = `
if tonumber(redis.call('GET', KEYS[1]) or '0') ~= tonumber(ARGV[1]) then return 0 end
redis.call('INCR', KEYS[1])
return 1`;

const LOCK = `
local cur = redis.call('GET', KEYS[1])
if cur and cur ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1`;

const DEL_IF_EQUALS = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";

export type { CasePatch };
