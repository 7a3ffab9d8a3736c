/**
 * Case records written by earlier versions still read: a timeline is evidence and a record is
 * never rewritten in place, so the read side lifts old shapes to the current one. Before the
 * case-manager fields, the boat's type and engine were free text; they become the closed
 * values where the text says one clearly, and otherwise stay word for word in the description.
 */
import type { Case } from '../../domain/case';
import type { Boat, BoatType, EngineStatus } from '../../domain/case-record';
import type { Placement } from '../../domain/matching';

/**
 * The stored part of a case: what is not derived from fixes, docking requests or the timeline,
 * plus the placement fields the matching summary is derived from.
 */
export type CaseRecord = Omit<
  Case,
  'positions' | 'srr' | 'estimate' | 'dockingRequests' | 'timeline' | 'authoritiesAlerted' | 'matching'
> &
  Placement;

const BOAT_WORDS: [RegExp, BoatType][] = [
  [/rubber|dinghy|inflatable/i, 'rubber'],
  [/wood/i, 'wood'],
  [/iron|metal|steel/i, 'iron'],
  [/fib(re|er)\s*glass|grp/i, 'fiberglass'],
  [/fishing/i, 'fishing_vessel'],
  [/sail/i, 'sailing'],
];
const ENGINE_WORDS: [RegExp, EngineStatus][] = [
  [/no fuel|out of fuel/i, 'no_fuel'],
  [/fail|broken|not working|dead|stopped/i, 'not_working'],
  [/^none$|no engine/i, 'none'],
  [/working|running|ok/i, 'working'],
];

const BOAT_TYPES = new Set<string>(['rubber', 'wood', 'iron', 'fiberglass', 'fishing_vessel', 'sailing', 'other']);
const ENGINE_STATES = new Set<string>(['working', 'not_working', 'no_fuel', 'none', 'unknown']);

function word<T>(text: string, table: [RegExp, T][]): T | undefined {
  return table.find(([re]) => re.test(text))?.[1];
}

/** A stored boat in the current shape: free-text type and engine mapped, anything unmapped kept as description. */
export function upgradeBoat(raw: Record<string, unknown> | undefined): Boat {
  if (!raw) return {};
  const { type, engine, ...rest } = raw as { type?: unknown; engine?: unknown } & Boat;
  const boat: Boat = { ...rest };
  const notes: string[] = rest.description ? [rest.description] : [];
  if (typeof type === 'string' && type) {
    if (BOAT_TYPES.has(type) || type === 'unknown') boat.type = type as BoatType;
    else {
      boat.type = word(type, BOAT_WORDS) ?? 'other';
      notes.push(type);
    }
  }
  if (typeof engine === 'string' && engine) {
    const status = word(engine, ENGINE_WORDS);
    if (status) boat.engineStatus = status;
    if (!ENGINE_STATES.has(engine)) notes.push(`engine: ${engine}`);
  }
  if (notes.length) boat.description = notes.join('; ').slice(0, 500);
  return boat;
}

/** A stored case record with every field of the current shape (new fields empty on old records). */
export function upgradeRecord(raw: CaseRecord): CaseRecord {
  const r = raw as Partial<CaseRecord> & CaseRecord;
  return {
    ...r,
    code: r.code ?? null,
    men: r.men ?? null,
    dead: r.dead ?? null,
    missing: r.missing ?? null,
    nationalities: r.nationalities ?? [],
    boat: upgradeBoat(r.boat as Record<string, unknown> | undefined),
    departure: r.departure ?? {},
    rescuedBy: r.rescuedBy ?? null,
    disembarkation: r.disembarkation ?? {},
    mergedInto: r.mergedInto ?? null,
    mergedFrom: r.mergedFrom ?? [],
    splitFrom: r.splitFrom ?? null,
  };
}
