import type { Redis } from 'ioredis';
import type { PublicUser, Role } from '../../domain/user';
import { decodeFields, encodeFields } from './codec';
import { exec } from './cases.store';
import type { Keys } from './keys';

/** A stored user: the public part, the password hash and an optional phone for ringing on shift. */
export interface UserRecord extends PublicUser {
  passwordHash: string;
  phone?: string;
  createdAt: string;
}

/** Users, with a username index so usernames stay unique. */
export class UsersStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
  ) {}

  /** Create a user; false when the username is taken. */
  async create(u: UserRecord): Promise<boolean> {
    if (!(await this.redis.hsetnx(this.keys.usernames(), u.username.toLowerCase(), u.id))) return false;
    await exec(this.redis.multi().hset(this.keys.user(u.id), encodeFields(u)));
    return true;
  }

  /** Replace the password hash (user add on an existing name resets the password). */
  async setPassword(id: string, passwordHash: string, role: Role, extra: Partial<UserRecord>): Promise<void> {
    await this.redis.hset(this.keys.user(id), encodeFields({ passwordHash, role, ...extra }));
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

  /** Every user with one of the roles (for ringing operators on shift). */
  async withRole(roles: Role[]): Promise<UserRecord[]> {
    const ids = await this.redis.hvals(this.keys.usernames());
    const users = await Promise.all(ids.map((id) => this.get(id)));
    return users.filter((u): u is UserRecord => u !== null && roles.includes(u.role));
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
