import type { Redis } from 'ioredis';
import type { Harbour } from '../../domain/harbour';
import { decodeFields, encodeFields } from './codec';
import { exec } from './cases.store';
import type { Keys } from './keys';
import type { Tx } from './tx';

/** Harbours and reception cities: one hash each plus an index set. */
export class HarboursStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
    private readonly tx: () => Tx,
  ) {}

  /** Create or replace a harbour. */
  async put(h: Harbour): Promise<void> {
    const m = this.redis.multi();
    m.del(this.keys.harbour(h.id));
    m.hset(this.keys.harbour(h.id), encodeFields(h));
    m.sadd(this.keys.harbours(), h.id);
    await exec(m);
  }

  /** Create a harbour only if the id is free; false when it exists. `stage` adds to the same write (an audit entry). */
  async create(h: Harbour, stage: (tx: Tx) => void = () => undefined): Promise<boolean> {
    if (!(await this.redis.sadd(this.keys.harbours(), h.id))) return false;
    const tx = this.tx().hset(this.keys.harbour(h.id), encodeFields(h));
    stage(tx);
    await tx.run();
    return true;
  }

  /**
   * Change the named fields of an existing harbour and nothing else; false when it does not
   * exist. `stage` adds to the same atomic write (an audit entry).
   */
  async patch(id: string, fields: Partial<Harbour>, stage: (tx: Tx) => void = () => undefined): Promise<boolean> {
    const key = this.keys.harbour(id);
    const tx = this.tx()
      .guard(key, 'id', [JSON.stringify(id)])
      .hset(key, encodeFields(fields));
    stage(tx);
    return (await tx.run()).ok;
  }

  /**
   * Set a harbour's remaining capacity inside another atomic write (an acceptance lowering it by
   * the places taken). Every write to a harbour goes through this store, so whatever keeps
   * harbours cached for matching learns of this one too.
   */
  stageCapacity(tx: Tx, id: string, capacity: number): Tx {
    return tx.hset(this.keys.harbour(id), encodeFields({ capacity }));
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
