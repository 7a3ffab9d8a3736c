/**
 * An atomic write that may append to hash chains (a case's timeline, the global audit log): the
 * commands, the chain entries and any preconditions run as ONE Lua script, so an entry is never
 * written without the change it records, nor the change without its entry.
 *
 * Each chained entry carries `n` (its place), `prev` (the previous entry's hash) and `hash`, an
 * HMAC-SHA256 keyed by AUDIT_KEY over prev, n and the entry's stored fields. The hash is computed
 * here, in Node, so the key never reaches Redis (MONITOR or SLOWLOG would show it); the script
 * appends only if the chain's head is still the one the hashes were computed from, and the writer
 * retries otherwise. Appends to one chain are also queued in-process, so retries happen only
 * between processes.
 */
import type { Redis } from 'ioredis';
import { chainHash, readHead, type ChainFields, type ChainRef } from './chain';
import { runScript } from './script';

/** Why a transaction did not apply: a precondition (guard) found another value. */
export interface TxRefused {
  ok: false;
  /** Index of the failed guard, in the order they were added. */
  guard: number;
  /** The value found (null when the field or key is missing). */
  current: string | null;
}

/** The stream ids of the appended entries, per chain in the order added. */
export type TxResult = { ok: true; ids: string[] } | TxRefused;

type Cmd = [name: string, key: number, ...args: string[]];
type Guard = [key: number, field: string, allowed: string[]];

const MAX_RETRIES = 50;
const queues = new Map<string, Promise<unknown>>();

/** Builder of one atomic write; `run()` sends it. */
export class Tx {
  private readonly keyIdx = new Map<string, number>();
  private readonly cmds: Cmd[] = [];
  private readonly guards: Guard[] = [];
  private readonly chains = new Map<string, { ref: ChainRef; entries: ChainFields[] }>();

  constructor(
    private readonly redis: Redis,
    private readonly auditKey: string,
  ) {}

  private key(k: string): number {
    let i = this.keyIdx.get(k);
    if (i === undefined) {
      i = this.keyIdx.size + 1;
      this.keyIdx.set(k, i);
    }
    return i;
  }

  /**
   * Refuse the whole write unless hash field `field` of `key` holds one of `allowed` (stored
   * form); with `field` '' the key's own string value. A missing value reads as ''.
   */
  guard(key: string, field: string, allowed: string[]): this {
    this.guards.push([this.key(key), field, allowed]);
    return this;
  }

  /** Any single-key command: `cmd('HSET', key, 'f', 'v')`. */
  cmd(name: string, key: string, ...args: (string | number)[]): this {
    this.cmds.push([name, this.key(key), ...args.map(String)]);
    return this;
  }

  /** HSET of several fields (no-op for none). */
  hset(key: string, fields: Record<string, string>): this {
    const flat = Object.entries(fields).flat();
    return flat.length ? this.cmd('HSET', key, ...flat) : this;
  }

  /** Append an entry to a chain (a case timeline, the audit log). */
  append(ref: ChainRef, entry: ChainFields): this {
    this.key(ref.stream);
    this.key(ref.head);
    const c = this.chains.get(ref.head) ?? { ref, entries: [] };
    c.entries.push(entry);
    this.chains.set(ref.head, c);
    return this;
  }

  /** Run atomically; retried when another process appended to one of the chains meanwhile. */
  async run(): Promise<TxResult> {
    const heads = [...this.chains.keys()].sort();
    return serialised(heads, async () => {
      for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
        const res = await this.attempt();
        if (res !== 'stale') return res;
      }
      throw new Error('could not append to an audit chain: too much contention');
    });
  }

  private async attempt(): Promise<TxResult | 'stale'> {
    const chains = await Promise.all(
      [...this.chains.values()].map(async ({ ref, entries }) => {
        const head = await readHead(this.redis, ref);
        let prev = head.hash;
        const rows = entries.map((e, i) => {
          const hash = chainHash(this.auditKey, prev, head.n + i + 1, e);
          const row = [e.at, e.type, e.actor, e.summary, e.data, hash];
          prev = hash;
          return row;
        });
        return {
          stream: this.keyIdx.get(ref.stream)!,
          head: this.keyIdx.get(ref.head)!,
          prev: head.hash,
          n: head.n,
          rows,
        };
      }),
    );
    const spec = JSON.stringify({ guards: this.guards, cmds: this.cmds, chains });
    const res = (await runScript(this.redis, TX_SCRIPT, [...this.keyIdx.keys()], [spec])) as string[];
    if (res[0] === 'stale') return 'stale';
    if (res[0] === 'guard') return { ok: false, guard: Number(res[1]) - 1, current: res[2] === '' ? null : res[2] };
    return { ok: true, ids: res.slice(1) };
  }
}

/** Run `fn` after every earlier write of this process to any of these chains has finished. */
async function serialised<T>(heads: string[], fn: () => Promise<T>): Promise<T> {
  const before = heads.map((h) => queues.get(h)).filter(Boolean);
  const run = Promise.all(before).then(fn, fn);
  const tail = run.catch(() => undefined);
  for (const h of heads) queues.set(h, tail);
  void tail.then(() => {
    for (const h of heads) if (queues.get(h) === tail) queues.delete(h);
  });
  return run;
}

// Guards first (nothing written when one fails), then the chains' heads (nothing written when
// another writer got there first), then the commands and the entries.
const TX_SCRIPT = `
local spec = cjson.decode(ARGV[1])
for i, g in ipairs(spec.guards) do
  local cur
  if g[2] == '' then cur = redis.call('GET', KEYS[g[1]]) else cur = redis.call('HGET', KEYS[g[1]], g[2]) end
  local found = false
  for _, v in ipairs(g[3]) do if (cur or '') == v then found = true end end
  if not found then return {'guard', tostring(i), cur or ''} end
end
for _, c in ipairs(spec.chains) do
  local h = redis.call('HMGET', KEYS[c.head], 'hash', 'n')
  if (h[1] or '') ~= c.prev or tonumber(h[2] or '0') ~= c.n then return {'stale'} end
end
for _, c in ipairs(spec.cmds) do
  redis.call(c[1], KEYS[c[2]], unpack(c, 3))
end
local ids = {'ok'}
for _, c in ipairs(spec.chains) do
  local prev = c.prev
  local n = c.n
  local id
  for _, r in ipairs(c.rows) do
    n = n + 1
    id = redis.call('XADD', KEYS[c.stream], '*', 'n', tostring(n), 'at', r[1], 'type', r[2], 'actor', r[3],
      'summary', r[4], 'data', r[5], 'prev', prev, 'hash', r[6])
    prev = r[6]
    ids[#ids + 1] = id
  end
  redis.call('HSET', KEYS[c.head], 'hash', prev, 'n', tostring(n), 'last', id)
end
return ids`;
