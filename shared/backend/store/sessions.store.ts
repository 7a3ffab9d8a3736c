import { createHmac, randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Keys } from './keys';
import { runScript } from './script';

/** What a session holds. The cookie carries only a random id; Redis stores it under its HMAC. */
export interface Session {
  /** The stored id (an HMAC of the cookie value): safe to show, useless as a cookie. */
  id: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  lastUsedAt: string;
  /** When it ends unless used again: idle timeout or absolute lifetime, whichever comes first. */
  expiresAt: string;
  /** The user's session epoch at login: a change to the user bumps it and ends the session. */
  epoch: number;
  address: string;
  agent: string;
}

/** How long a session lives: unused (idle), and at most (absolute), in milliseconds. */
export interface SessionLifetimes {
  idleMs: number;
  maxMs: number;
}

/** The defaults of SESSION_IDLE_MINUTES and SESSION_MAX_HOURS. */
export const DEFAULT_LIFETIMES: SessionLifetimes = { idleMs: 12 * 3600_000, maxMs: 24 * 3600_000 };

/**
 * Refresh a session on use: gone when idle too long (the key expired) or older than the absolute
 * lifetime (deleted here); otherwise the idle expiry restarts, capped at the absolute end.
 * KEYS: session, sessions-by-use. ARGV: now, idleMs, maxMs, id. (A stale id left in the user's
 * set is harmless: ending it later deletes nothing.)
 */
const TOUCH = `
local created = tonumber(redis.call('HGET', KEYS[1], 'created') or '')
if not created then
  redis.call('ZREM', KEYS[2], ARGV[4])
  return false
end
local now, idle, max = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
if now - created >= max then
  redis.call('DEL', KEYS[1])
  redis.call('ZREM', KEYS[2], ARGV[4])
  return false
end
redis.call('HSET', KEYS[1], 'lastUsed', ARGV[1])
redis.call('PEXPIRE', KEYS[1], math.min(idle, created + max - now))
redis.call('ZADD', KEYS[2], now, ARGV[4])
return redis.call('HGETALL', KEYS[1])`;

/**
 * End every session of a user at once. KEYS: the user's sessions, sessions-by-use. ARGV: the
 * session key prefix. Returns the ended ids.
 */
const END_ALL = `
local ids = redis.call('SMEMBERS', KEYS[1])
for _, id in ipairs(ids) do
  redis.call('DEL', ARGV[1] .. id)
  redis.call('ZREM', KEYS[2], id)
end
redis.call('DEL', KEYS[1])
return ids`;

/** Server-side sessions in Redis: idle timeout, absolute lifetime, and an index per user for revocation. */
export class SessionsStore {
  readonly lifetimes: SessionLifetimes;
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
    private readonly secret: string,
    lifetimes: Partial<SessionLifetimes> = {},
  ) {
    this.lifetimes = { ...DEFAULT_LIFETIMES, ...lifetimes };
  }

  /**
   * The id a session is stored (and its sockets are grouped) under: an HMAC of the cookie value
   * keyed by SESSION_SECRET, so a Redis dump yields no usable cookie and rotating the secret ends
   * every session.
   */
  idOf(sid: string): string {
    if (!this.secret) throw new Error('sessions need SESSION_SECRET (createStore was given none)');
    return createHmac('sha256', this.secret).update(sid).digest('base64url');
  }

  /** Start a session; returns the cookie value and the session. */
  async create(
    userId: string,
    epoch: number,
    meta: { address?: string; agent?: string } = {},
  ): Promise<{ sid: string; session: Session }> {
    const sid = randomBytes(32).toString('base64url');
    const id = this.idOf(sid);
    const now = Date.now();
    const fields = {
      userId,
      csrfToken: randomBytes(24).toString('base64url'),
      created: String(now),
      lastUsed: String(now),
      epoch: String(epoch),
      address: (meta.address ?? '').slice(0, 64),
      agent: (meta.agent ?? '').slice(0, 200),
    };
    const key = this.keys.session(id);
    await this.redis
      .multi()
      .hset(key, fields)
      .pexpire(key, Math.min(this.lifetimes.idleMs, this.lifetimes.maxMs))
      .sadd(this.keys.userSessions(userId), id)
      .zadd(this.keys.sessionsByUse(), now, id)
      .exec();
    return { sid, session: this.toSession(id, fields) };
  }

  /** The session for a cookie value, refreshing its idle expiry; null when unknown, idle or too old. */
  async get(sid: string): Promise<Session | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(sid)) return null;
    const id = this.idOf(sid);
    const { idleMs, maxMs } = this.lifetimes;
    const flat = (await runScript(
      this.redis,
      TOUCH,
      [this.keys.session(id), this.keys.sessionsByUse()],
      [Date.now(), idleMs, maxMs, id],
    )) as string[] | null;
    if (!flat) return null;
    const f: Record<string, string> = {};
    for (let i = 0; i + 1 < flat.length; i += 2) f[flat[i]] = flat[i + 1];
    return this.toSession(id, f);
  }

  /** End the session of a cookie value. */
  async destroy(sid: string): Promise<void> {
    await this.end(this.idOf(sid));
  }

  /** End a session by its stored id; false when there was none. */
  async end(id: string): Promise<boolean> {
    const key = this.keys.session(id);
    const userId = await this.redis.hget(key, 'userId');
    const m = this.redis.multi().del(key).zrem(this.keys.sessionsByUse(), id);
    if (userId) m.srem(this.keys.userSessions(userId), id);
    const res = await m.exec();
    return res?.[0]?.[1] === 1;
  }

  /** End every session of a user; returns their ids (for disconnecting their sockets). */
  async endAllOf(userId: string): Promise<string[]> {
    return (await runScript(
      this.redis,
      END_ALL,
      [this.keys.userSessions(userId), this.keys.sessionsByUse()],
      [this.keys.session('')],
    )) as string[];
  }

  /** Whether each session id is still live (for sweeping sockets whose session ended). */
  async live(ids: string[]): Promise<boolean[]> {
    if (!ids.length) return [];
    const p = this.redis.pipeline();
    for (const id of ids) p.exists(this.keys.session(id));
    return ((await p.exec()) ?? []).map(([, n]) => n === 1);
  }

  /** Every live session, most recently used first (expired ones are dropped from the index). */
  async list(limit = 500): Promise<Session[]> {
    const ids = await this.redis.zrevrange(this.keys.sessionsByUse(), 0, limit - 1);
    if (!ids.length) return [];
    const p = this.redis.pipeline();
    for (const id of ids) p.hgetall(this.keys.session(id));
    const rows = (await p.exec()) ?? [];
    const out: Session[] = [];
    const gone: string[] = [];
    rows.forEach(([, h], i) => {
      const f = h as Record<string, string>;
      if (f && f.userId) out.push(this.toSession(ids[i], f));
      else gone.push(ids[i]);
    });
    if (gone.length) await this.redis.zrem(this.keys.sessionsByUse(), ...gone);
    return out;
  }

  private toSession(id: string, f: Record<string, string>): Session {
    const created = Number(f.created);
    const lastUsed = Number(f.lastUsed);
    const expires = Math.min(lastUsed + this.lifetimes.idleMs, created + this.lifetimes.maxMs);
    return {
      id,
      userId: f.userId,
      csrfToken: f.csrfToken,
      createdAt: new Date(created).toISOString(),
      lastUsedAt: new Date(lastUsed).toISOString(),
      expiresAt: new Date(expires).toISOString(),
      epoch: Number(f.epoch ?? 0),
      address: f.address ?? '',
      agent: f.agent ?? '',
    };
  }
}
