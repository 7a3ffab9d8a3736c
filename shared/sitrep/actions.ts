/**
 * Paragraph J of a SITREP, "actions taken", from the case's timeline: every authority contacted
 * and how it went, every harbour asked and what it answered, messages relayed by hand, vessels
 * assigned. An RCC reading it sees what the hotline has done, not "none reported".
 */
import type { TimelineEntry } from '../domain/timeline';

const hhmm = (iso: string) => `${iso.slice(11, 13)}${iso.slice(14, 16)}Z`;

/** The harbours asked, by request id, for naming them in the actions. */
type HarbourNames = ReadonlyMap<string, string>;

function action(e: TimelineEntry, names: HarbourNames): string | null {
  const harbour = (id: unknown) => names.get(String(id)) ?? String(id ?? 'a harbour');
  switch (e.type) {
    case 'authority-contact':
      return e.summary;
    case 'docking-requested':
      return `${harbour(e.data.requestId)} asked to let the boat dock`;
    case 'docking-accepted':
    case 'docking-declined':
      return e.summary;
    case 'docking-expired':
      return `no answer from ${harbour(e.data.requestId)} by the deadline`;
    case 'assignment':
      return `rescue vessel ${String(e.data.mmsi ?? '')} assigned`.trim();
    case 'relayed':
      return e.summary;
    case 'escalation':
      return e.summary;
    default:
      return null;
  }
}

/** The actions taken, oldest first, each with its time as `HHMMZ`. */
export function sitrepActions(
  timeline: readonly TimelineEntry[],
  requests: ReadonlyArray<{ id: string; harbourName: string }>,
): string[] {
  const names: HarbourNames = new Map(requests.map((r) => [r.id, r.harbourName]));
  const out: string[] = [];
  for (const e of timeline) {
    const text = action(e, names);
    if (text) out.push(`${hhmm(e.type === 'authority-contact' ? String(e.data.at ?? e.at) : e.at)} ${text}`);
  }
  return out;
}
