/**
 * Orders for the case list. "Most urgent" puts first what an operator on shift should look at
 * first: open before closed, distress before alert before uncertainty, then the boat not heard from
 * for longest, then the most people still without a port.
 */
import type { Case } from '../../../shared/domain/case';

/** The orders the case list offers. */
export type CaseOrder = 'newest' | 'urgent';

const PHASE_RANK: Record<Case['phase'], number> = { DETRESFA: 0, ALERFA: 1, INCERFA: 2 };

/** When the people on the boat were last heard from: their newest call, message or reported fix. */
export function lastContactAt(c: Case): string {
  let last = c.createdAt;
  for (const e of c.timeline) if ((e.type === 'call' || e.type === 'message') && e.at > last) last = e.at;
  for (const f of c.positions) if ((f.source === 'caller' || f.source === 'sms') && f.at > last) last = f.at;
  return last;
}

/** Persons still without a port (the number on board while nobody accepted), 0 when unknown. */
export function unplacedOf(c: Case): number {
  return c.matching.unplaced ?? c.personsOnBoard ?? 0;
}

/** Most urgent first (see the module comment); ties keep the newest case first. */
export function byUrgency(a: Case, b: Case): number {
  const open = Number(a.status === 'closed') - Number(b.status === 'closed');
  if (open) return open;
  const phase = PHASE_RANK[a.phase] - PHASE_RANK[b.phase];
  if (phase) return phase;
  const silence = lastContactAt(a).localeCompare(lastContactAt(b));
  if (silence) return silence;
  const unplaced = unplacedOf(b) - unplacedOf(a);
  if (unplaced) return unplaced;
  return b.createdAt.localeCompare(a.createdAt);
}

/** The cases in the chosen order. */
export function orderCases(all: Iterable<Case>, order: CaseOrder): Case[] {
  const list = [...all];
  return order === 'urgent' ? list.sort(byUrgency) : list.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
