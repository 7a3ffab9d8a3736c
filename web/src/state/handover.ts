/**
 * The shift handover, pure: what the next shift must know, from the cases the console holds. Open
 * cases (phase, people, port, last contact, last fix), what changed on each since a time, and the
 * requests still waiting for an answer, as plain text to copy into the log or a chat.
 */
import type { Case, TimelineEntry } from '../../../shared/domain/case';
import { latestFix } from '../../../shared/domain/fixes';
import { formatSitrepPosition } from '../../../shared/sitrep/position';
import { lastContactAt, orderCases, unplacedOf } from './case-order';

/** Entry types that are bookkeeping, not news for the next shift. */
const QUIET: ReadonlySet<TimelineEntry['type']> = new Set(['seen', 'notification', 'export']);

const hhmm = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}Z`;
const name = (c: Case) => (c.code ? `${c.code} (${c.id})` : c.id);

/** What the handover says about one open case. */
function caseLines(c: Case): string[] {
  const fix = latestFix(c.positions);
  const unplaced = unplacedOf(c);
  return [
    `- ${name(c)} ${c.phase}, ${c.personsOnBoard ?? '?'} POB, matching ${c.matching.state}` +
      `${unplaced && c.matching.state !== 'placed' ? `, ${unplaced} without a port` : ''}`,
    `  last contact ${hhmm(lastContactAt(c))}; last fix ` +
      (fix ? `${formatSitrepPosition(fix.lat, fix.lon)} at ${hhmm(fix.at)} (${fix.source})` : 'none'),
  ];
}

/** The changes on a case after `since` (ISO), oldest first, without bookkeeping entries. */
export function changesSince(c: Case, since: string): TimelineEntry[] {
  const from = Date.parse(since);
  return c.timeline.filter((e) => !QUIET.has(e.type) && Date.parse(e.at) > from);
}

/** The handover text for the cases held, changes after `since`, written at `now`. */
export function handoverText(all: Iterable<Case>, since: string, now: Date, extras: { toRelay?: number } = {}): string {
  const cases = [...all];
  const open = orderCases(
    cases.filter((c) => c.status === 'open'),
    'urgent',
  );
  const out = [`HANDOVER ${hhmm(now.toISOString())} — changes since ${hhmm(since)}`, ''];
  out.push(`OPEN CASES (${open.length}), most urgent first:`);
  out.push(...(open.length ? open.flatMap(caseLines) : ['- none']));
  out.push('', 'CHANGES:');
  const changed = orderCases(cases, 'newest').filter((c) => changesSince(c, since).length);
  if (!changed.length) out.push('- none');
  for (const c of changed) {
    out.push(`${name(c)}${c.status === 'closed' ? ' (closed)' : ''}:`);
    for (const e of changesSince(c, since)) out.push(`  ${hhmm(e.at)} ${e.actor}: ${e.summary}`);
  }
  out.push('', 'WAITING FOR AN ANSWER:');
  const pending = open.flatMap((c) => c.dockingRequests.filter((r) => r.status === 'pending').map((r) => ({ c, r })));
  if (!pending.length) out.push('- none');
  for (const { c, r } of pending.sort((a, b) => a.r.deadline.localeCompare(b.r.deadline)))
    out.push(`- ${r.harbourName} for ${name(c)}, deadline ${hhmm(r.deadline)}`);
  if (extras.toRelay !== undefined) out.push('', `OUTBOX: ${extras.toRelay} message(s) still to relay by hand.`);
  return out.join('\n') + '\n';
}
