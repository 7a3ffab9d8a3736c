import type { Redis, ChainableCommander } from 'ioredis';
import type { NewTimelineEntry, TimelineEntry } from '../../domain/timeline';
import type { Keys } from './keys';

export type { NewTimelineEntry };

/** Queue an XADD of one timeline entry on a MULTI, so it lands atomically with the change it records. */
export function addTimeline(
  multi: ChainableCommander,
  keys: Keys,
  caseId: string,
  e: NewTimelineEntry,
): ChainableCommander {
  return multi.xadd(
    keys.caseTimeline(caseId),
    '*',
    'at',
    e.at ?? new Date().toISOString(),
    'type',
    e.type,
    'actor',
    e.actor,
    'summary',
    e.summary,
    'data',
    JSON.stringify(e.data ?? {}),
  );
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
