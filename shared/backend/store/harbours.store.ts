import type { Redis } from 'ioredis';
import type { Harbour } from '../../domain/harbour';
import { decodeFields, encodeFields } from './codec';
import { exec } from './cases.store';
import type { Keys } from './keys';

/** Harbours and reception cities: one hash each plus an index set. */
export class HarboursStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
  ) {}

  /** Create or replace a harbour. */
  async put(h: Harbour): Promise<void> {
    const m = this.redis.multi();
    m.del(this.keys.harbour(h.id));
    m.hset(this.keys.harbour(h.id), encodeFields(h));
    m.sadd(this.keys.harbours(), h.id);
    await exec(m);
  }

  /** Create a harbour only if the id is free; false when it exists. */
  async create(h: Harbour): Promise<boolean> {
    if (!(await this.redis.sadd(this.keys.harbours(), h.id))) return false;
    await this.redis.hset(this.keys.harbour(h.id), encodeFields(h));
    return true;
  }

  /** Change some fields of an existing harbour; false when it does not exist. */
  async patch(id: string, fields: Partial<Harbour>): Promise<boolean> {
    if (!(await this.redis.sismember(this.keys.harbours(), id))) return false;
    await this.redis.hset(this.keys.harbour(id), encodeFields(fields));
    return true;
  }

  /** One harbour or null. */
  async get(id: string): Promise<Harbour | null> {
    return decodeFields<Harbour>(await this.redis.hgetall(this.keys.harbour(id)));
  }

  /** All harbours, by name. */
  async all(): Promise<Harbour[]> {
    const ids = await this.redis.smembers(this.keys.harbours());
    const p = this.redis.pipeline();
    for (const id of ids) p.hgetall(this.keys.harbour(id));
    const res = (await p.exec()) ?? [];
    return res
      .map(([, h]) => decodeFields<Harbour>(h as Record<string, string>))
      .filter((h): h is Harbour => h !== null)
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** How many harbours exist (to decide whether to seed). */
  count(): Promise<number> {
    return this.redis.scard(this.keys.harbours());
  }
}
