import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { LoginLimits } from '../../shared/backend/config';
import { RateLimitedError } from '../../shared/backend/errors';
import type { Store } from '../../shared/backend/store';

/** A login attempt admitted to the password check; report how it went. */
export interface Admission {
  /** The password was right: the attempt is given back, the account's count starts again. */
  succeeded(): Promise<void>;
}

/** Whose limit refused an attempt. */
export type LimitKind = 'account' | 'address' | 'overall';

/** A refused attempt, with whether it is the first refusal of this lock (worth one audit entry). */
export class LoginLimited extends RateLimitedError {
  constructor(
    readonly limit: LimitKind,
    retryAfterSeconds: number,
    readonly firstRefusal: boolean,
  ) {
    super('too_many_attempts', LoginLimited.sentence(limit, retryAfterSeconds), retryAfterSeconds);
  }

  private static sentence(limit: LimitKind, s: number): string {
    const wait = s >= 90 ? `${Math.ceil(s / 60)} minutes` : `${s} seconds`;
    if (limit === 'account') return `too many failed logins for this account; try again in ${wait}`;
    if (limit === 'address') return `too many failed logins from your address; try again in ${wait}`;
    return `too many logins right now; try again in ${wait}`;
  }
}

const WINDOW_S = 15 * 60;

/**
 * Login throttling with rate-limiter-flexible on Redis, shared by every server process: per account
 * and per address (failed attempts in 15 minutes, then locked for 15 minutes) and overall (password
 * checks per minute, so a flood of bogus logins cannot starve real ones of CPU). An attempt is
 * counted atomically BEFORE the password hash is computed, so of 40 concurrent wrong passwords with
 * a limit of 10 exactly 10 reach the check; a success gives its attempt back.
 */
export class LoginLimiter {
  private readonly account: RateLimiterRedis;
  private readonly address: RateLimiterRedis;
  private readonly overall: RateLimiterRedis;

  constructor(store: Store, limits: LoginLimits) {
    const make = (name: string, points: number, duration: number, blockDuration: number) =>
      new RateLimiterRedis({
        storeClient: store.redis,
        keyPrefix: store.keys.loginLimiter(name),
        points,
        duration,
        blockDuration,
      });
    this.account = make('account', limits.account, WINDOW_S, WINDOW_S);
    this.address = make('address', limits.address, WINDOW_S, WINDOW_S);
    this.overall = make('overall', limits.overall, 60, 0);
  }

  /** Count an attempt against every limit, or throw LoginLimited (with when to retry). */
  async admit(username: string, address: string): Promise<Admission> {
    const account = username.toLowerCase().slice(0, 100);
    await take(this.address, address, 'address');
    await take(this.account, account, 'account');
    await take(this.overall, 'all', 'overall');
    return {
      succeeded: async () => {
        await Promise.all([
          this.account.delete(account),
          this.address.reward(address, 1),
          this.overall.reward('all', 1),
        ]);
      },
    };
  }

  /** Lift an account's lock (an administrator reset its password). */
  async unlock(username: string): Promise<void> {
    await this.account.delete(username.toLowerCase().slice(0, 100));
  }
}

async function take(limiter: RateLimiterRedis, key: string, kind: LimitKind): Promise<void> {
  try {
    await limiter.consume(key, 1);
  } catch (res) {
    if (!(res instanceof RateLimiterRes)) throw res;
    throw new LoginLimited(
      kind,
      Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
      res.consumedPoints === limiter.points + 1,
    );
  }
}
