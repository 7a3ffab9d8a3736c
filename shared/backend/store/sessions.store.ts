import { createHmac, randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Keys } from './keys';

/** What a session holds. The cookie carries only a random id; Redis stores it under its hash. */
export interface Session {
  userId: string;
  csrfToken: string;
  createdAt: string;
}

const TTL_SECONDS = 12 * 3600;

/** Server-side sessions in Redis with a sliding 12-hour expiry. */
export class SessionsStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
    private readonly secret: string,
  ) {}

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
  async create(userId: string): Promise<{ sid: string; session: Session }> {
    const sid = randomBytes(32).toString('base64url');
    const session: Session = {
      userId,
      csrfToken: randomBytes(24).toString('base64url'),
      createdAt: new Date().toISOString(),
    };
    await this.redis.set(this.keys.session(this.idOf(sid)), JSON.stringify(session), 'EX', TTL_SECONDS);
    return { sid, session };
  }

  /** The session for a cookie value, refreshing its expiry; null when unknown or expired. */
  async get(sid: string): Promise<Session | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(sid)) return null;
    const raw = await this.redis.getex(this.keys.session(this.idOf(sid)), 'EX', TTL_SECONDS);
    return raw ? (JSON.parse(raw) as Session) : null;
  }

  /** End a session. */
  async destroy(sid: string): Promise<void> {
    await this.redis.del(this.keys.session(this.idOf(sid)));
  }

  /** Count a failed login; returns the failures in the current 15-minute window. */
  async loginFailure(who: string): Promise<number> {
    const key = this.keys.loginFailures(this.idOf(who));
    const [[, n]] = (await this.redis.multi().incr(key).expire(key, 900).exec()) as [[null, number]];
    return n;
  }

  /** Failures so far in the window. */
  async failures(who: string): Promise<number> {
    return Number(await this.redis.get(this.keys.loginFailures(this.idOf(who)))) || 0;
  }
}
