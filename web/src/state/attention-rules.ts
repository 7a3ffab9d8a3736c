/**
 * The attention rules, pure: which things on a case still ask for an operator to look. A thing
 * stops asking once someone opened the case after it happened (a `seen` entry covers it), so one
 * operator's look clears it for the whole shift.
 */
import type { Case, TimelineEntry } from '../../../shared/domain/case';
import { attentionKey, compareEntryIds, type AttentionKind } from '../../../shared/domain/attention';

/** How long before its deadline an unanswered request starts asking for attention. */
export const DEADLINE_WARNING_MS = 10 * 60_000;

/** One thing that asks for attention. */
export interface AttentionItem {
  key: string;
  kind: AttentionKind;
  caseId: string;
  /** When it happened (a deadline item: the deadline). */
  at: string;
}

/** What the `seen` entries of a case cover: every entry up to `upTo`, and the keys named. */
function seenOf(timeline: readonly TimelineEntry[]): { upTo: string | null; keys: Set<string> } {
  let upTo: string | null = null;
  const keys = new Set<string>();
  for (const e of timeline) {
    if (e.type !== 'seen') continue;
    const to = e.data.upTo;
    if (to && (!upTo || compareEntryIds(to, upTo) > 0)) upTo = to;
    for (const k of e.data.items ?? []) keys.add(k);
  }
  return { upTo, keys };
}

/** The kind of attention a timeline entry raises, if any (`first`: the case's first call). */
function kindOfEntry(e: TimelineEntry, first: boolean): AttentionKind | null {
  switch (e.type) {
    case 'call':
      return first ? 'new-case' : 'caller-message';
    case 'message':
      return 'caller-message';
    case 'geofence':
      return 'geofence';
    case 'escalation':
      return 'escalation';
    default:
      return null;
  }
}

/**
 * What still asks for attention on a case at time `now`, for the user `me` (what they did
 * themselves does not ask them to look). A closed case asks for nothing.
 */
export function attentionOf(c: Case, now: number, me: string): AttentionItem[] {
  if (c.status === 'closed') return [];
  const seen = seenOf(c.timeline);
  const items: AttentionItem[] = [];
  let firstCall = true;
  for (const e of c.timeline) {
    const kind = kindOfEntry(e, firstCall);
    if (e.type === 'call') firstCall = false;
    if (!kind || e.actor === me) continue;
    if (seen.upTo && compareEntryIds(e.id, seen.upTo) <= 0) continue;
    items.push({ key: attentionKey(kind, e.id), kind, caseId: c.id, at: e.at });
  }
  for (const r of c.dockingRequests) {
    if (r.status !== 'pending') continue;
    const key = attentionKey('deadline', r.id);
    if (seen.keys.has(key) || Date.parse(r.deadline) - now > DEADLINE_WARNING_MS) continue;
    items.push({ key, kind: 'deadline', caseId: c.id, at: r.deadline });
  }
  return items;
}

/** The newest timeline entry id of a case (what a look at it covers), or null. */
export function newestEntryId(c: Case): string | null {
  let newest: string | null = null;
  for (const e of c.timeline) if (!newest || compareEntryIds(e.id, newest) > 0) newest = e.id;
  return newest;
}

/** Keys in `next` that were not in `before`: what is new since the last look, for the sound. */
export function freshKeys(before: ReadonlySet<string>, next: Iterable<AttentionItem>): string[] {
  const out: string[] = [];
  for (const i of next) if (!before.has(i.key)) out.push(i.key);
  return out;
}
