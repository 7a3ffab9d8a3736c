/**
 * Hash chains over Redis Streams: a case's timeline and the global audit log. Every entry holds
 * its place `n`, the previous entry's hash `prev` and its own `hash` (HMAC-SHA256 keyed by
 * AUDIT_KEY); a head key holds the last hash, the count and the last stream id. An entry edited,
 * deleted, inserted or moved with redis-cli breaks a link or the head, and nobody without the key
 * can compute a hash that fits again.
 */
import { createHmac } from 'node:crypto';
import type { Redis } from 'ioredis';

/** Where a chain lives: its stream and its head. */
export interface ChainRef {
  stream: string;
  head: string;
}

/** The stored fields of one entry that its hash covers (`data` as the JSON text stored). */
export interface ChainFields {
  at: string;
  type: string;
  actor: string;
  summary: string;
  data: string;
}

/** One stored entry as read back, with its chain fields. */
export interface ChainRow extends ChainFields {
  id: string;
  n: number;
  prev: string;
  hash: string;
}

/** The head of a chain: the last hash ('' when empty), the number of entries, the last id. */
export interface ChainHead {
  hash: string;
  n: number;
  last: string | null;
}

/** The keyed hash of one entry at place `n` after `prev`. */
export function chainHash(key: string, prev: string, n: number, f: ChainFields): string {
  return createHmac('sha256', key)
    .update(JSON.stringify([prev, n, f.at, f.type, f.actor, f.summary, f.data]))
    .digest('hex');
}

/** The current head of a chain. */
export async function readHead(redis: Redis, ref: ChainRef): Promise<ChainHead> {
  const [hash, n, last] = await redis.hmget(ref.head, 'hash', 'n', 'last');
  return { hash: hash ?? '', n: Number(n ?? 0), last: last ?? null };
}

/** Stream fields as an object. */
export function fieldsOf(flat: string[]): Record<string, string> {
  const f: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) f[flat[i]] = flat[i + 1];
  return f;
}

/** A stream entry as a chain row (missing fields read as empty, which never verifies). */
export function rowOf(id: string, flat: string[]): ChainRow {
  const f = fieldsOf(flat);
  return {
    id,
    n: Number(f.n ?? NaN),
    at: f.at ?? '',
    type: f.type ?? '',
    actor: f.actor ?? '',
    summary: f.summary ?? '',
    data: f.data ?? '',
    prev: f.prev ?? '',
    hash: f.hash ?? '',
  };
}

/** What verification found: intact, or the first broken entry and why. */
export type ChainVerdict =
  { ok: true; entries: number } | { ok: false; entries: number; at: string; index: number; reason: string };

/** Check a whole chain, oldest first: links, hashes, places and the head. */
export async function verifyChain(redis: Redis, ref: ChainRef, key: string): Promise<ChainVerdict> {
  const rows = (await redis.xrange(ref.stream, '-', '+')).map(([id, flat]) => rowOf(id, flat));
  const head = await readHead(redis, ref);
  let prev = '';
  for (const [i, r] of rows.entries()) {
    const broken = (reason: string): ChainVerdict => ({
      ok: false,
      entries: rows.length,
      at: r.id,
      index: i + 1,
      reason,
    });
    if (r.n !== i + 1)
      return broken(
        Number.isNaN(r.n) ? 'entry carries no place in the chain' : `entry says it is #${r.n}: one is missing or moved`,
      );
    if (r.prev !== prev) return broken('entry does not follow the one before it (deleted, inserted or reordered)');
    if (chainHash(key, prev, i + 1, r) !== r.hash) return broken('entry content does not match its hash (edited)');
    prev = r.hash;
  }
  const last = rows.at(-1);
  if (head.n !== rows.length || head.hash !== prev || (head.last ?? null) !== (last?.id ?? null)) {
    return {
      ok: false,
      entries: rows.length,
      at: last?.id ?? '(none)',
      index: rows.length,
      reason:
        head.n > rows.length
          ? `the chain's head counts ${head.n} entries, ${head.n - rows.length} missing at the end (deleted)`
          : "the chain's head does not match its last entry",
    };
  }
  return { ok: true, entries: rows.length };
}
