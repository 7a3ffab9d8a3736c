import type { Redis } from 'ioredis';
import type { PublicUser, Role } from '../../domain/user';
import { decodeFields, encodeFields } from './codec';
import type { Keys } from './keys';
import type { Tx } from './tx';

/** A stored user: the public part, the password hash and an optional phone for ringing on shift. */
export interface UserRecord extends PublicUser {
  passwordHash: string;
  phone?: string;
  createdAt: string;
  /** A supervisor on duty is texted when a case runs out of harbours to ask. */
  onDuty?: boolean;
  /** A disabled user cannot log in and has no session. */
  disabled?: boolean;
  /** Bumped by every change that must end the user's sessions (role, harbour, vessel, password, disabling). */
  sessionEpoch?: number;
}

/** Users, with a username index so usernames stay unique. */
export class UsersStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
    private readonly tx: () => Tx,
  ) {}

  /** Claim a username for a user id; false when it is taken. The record is written by `createIn`. */
  async claimUsername(username: string, id: string): Promise<boolean> {
    return (await this.redis.hsetnx(this.keys.usernames(), username.toLowerCase(), id)) === 1;
  }

  /** Give a claimed username back (the record could not be written). */
  async releaseUsername(username: string, id: string): Promise<void> {
    if ((await this.redis.hget(this.keys.usernames(), username.toLowerCase())) === id)
      await this.redis.hdel(this.keys.usernames(), username.toLowerCase());
  }

  /** Write a new user's record into a transaction (after `claimUsername`). */
  createIn(tx: Tx, u: UserRecord): Tx {
    return tx.hset(this.keys.user(u.id), encodeFields({ ...u, sessionEpoch: u.sessionEpoch ?? 0 }));
  }

  /** Create a user in one step; false when the username is taken. */
  async create(u: UserRecord): Promise<boolean> {
    if (!(await this.claimUsername(u.username, u.id))) return false;
    await this.createIn(this.tx(), u).run();
    return true;
  }

  /**
   * Change a user in a transaction: set some fields, remove others, and with `revoke` bump the
   * session epoch so that every session opened before the change stops counting at once (even
   * one being created right now by a login that read the old record).
   */
  changeIn(tx: Tx, id: string, set: Partial<UserRecord>, unset: (keyof UserRecord)[] = [], revoke = false): Tx {
    const key = this.keys.user(id);
    tx.hset(key, encodeFields(set));
    if (unset.length) tx.cmd('HDEL', key, ...unset);
    if (revoke) tx.cmd('HINCRBY', key, 'sessionEpoch', 1);
    return tx;
  }

  /** A user by id. */
  async get(id: string): Promise<UserRecord | null> {
    return decodeFields<UserRecord>(await this.redis.hgetall(this.keys.user(id)));
  }

  /** A user by username (case-insensitive). */
  async byUsername(username: string): Promise<UserRecord | null> {
    const id = await this.redis.hget(this.keys.usernames(), username.toLowerCase());
    return id ? this.get(id) : null;
  }

  /** Assign a crew user to a case (what its crew view and socket room follow). */
  async assignCase(id: string, caseId: string): Promise<void> {
    await this.redis.hset(this.keys.user(id), encodeFields({ assignedCaseId: caseId }));
  }

  /** Clear every crew user's assignment to a case (retention: nothing may point at a purged case). */
  async unassignCase(caseId: string): Promise<number> {
    let n = 0;
    for (const u of await this.all()) {
      if (u.assignedCaseId !== caseId) continue;
      await this.redis.hdel(this.keys.user(u.id), 'assignedCaseId');
      n++;
    }
    return n;
  }

  /** Every user, by username. */
  async all(): Promise<UserRecord[]> {
    const ids = await this.redis.hvals(this.keys.usernames());
    const users = await Promise.all(ids.map((id) => this.get(id)));
    return users.filter((u): u is UserRecord => u !== null).sort((a, b) => a.username.localeCompare(b.username));
  }

  /** Every enabled user with one of the roles (for ringing operators on shift). */
  async withRole(roles: Role[]): Promise<UserRecord[]> {
    return (await this.all()).filter((u) => roles.includes(u.role) && !u.disabled);
  }
}

/** The public view of a user record. */
export function publicUser(u: UserRecord): PublicUser {
  return {
    id: u.id,
    username: u.username,
    role: u.role,
    harbourId: u.harbourId,
    vesselMmsi: u.vesselMmsi,
    assignedCaseId: u.assignedCaseId,
  };
}
