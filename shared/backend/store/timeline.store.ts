import type { Redis } from 'ioredis';
import type { NewTimelineEntry, TimelineEntry } from '../../domain/timeline';
import type { ChainRef } from './chain';
import type { Keys } from './keys';
import type { Tx } from './tx';

export type { NewTimelineEntry };

/** The hash chain of a case's timeline. */
export function timelineChain(keys: Keys, caseId: string): ChainRef {
  return { stream: keys.caseTimeline(caseId), head: keys.caseChain(caseId) };
}

/**
 * Add one timeline entry to a transaction, so it lands atomically with the change it records,
 * chained to the entry before it (see tx.ts).
 */
export function addTimeline(tx: Tx, keys: Keys, caseId: string, e: NewTimelineEntry): Tx {
  return tx.append(timelineChain(keys, caseId), {
    at: e.at ?? new Date().toISOString(),
    type: e.type,
    actor: e.actor,
    summary: e.summary,
    data: JSON.stringify(e.data ?? {}),
  });
}

/** Read a case's whole timeline, oldest first. */
export async function readTimeline(redis: Redis, keys: Keys, caseId: string): Promise<TimelineEntry[]> {
  const rows = await redis.xrange(keys.caseTimeline(caseId), '-', '+');
  return rows.map(([id, fields]) => {
    const f: Record<string, string> = {};
    for (let i = 0; i < fields.length; i += 2) f[fields[i]] = fields[i + 1];
    return {
      id,
      at: f.at,
      type: f.type,
      actor: f.actor,
      summary: f.summary,
      data: JSON.parse(f.data ?? '{}'),
    } as TimelineEntry;
  });
}
