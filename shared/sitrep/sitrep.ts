/**
 * An IAMSAR situation report for a case: transmission (from the emergency phase), date-time
 * group, addressees (the rescue centres of the regions the boat is in), SITREP number, then the
 * lettered paragraphs A (identity) to F (coordinating RCC) of the short form, with G (description
 * of the casualty), J (actions taken), M (future plans) and N (additional information: outcome,
 * who rescued, where people landed) from the full form, which is what an RCC needs to see that a
 * case is being followed. Times are UTC, positions `35-46.6N 014-17.5E`.
 */
import type { Boat, Departure, Nationality, Outcome, Phase } from '../domain/case';
import { latestFix } from '../domain/fixes';
import type { Fix } from '../domain/position';
import { formatDtg } from './dtg';
import { formatSitrepPosition } from './position';
import { BOAT_WORDS, ENGINE_WORDS, OUTCOME_WORDS, TRANSMISSION } from './words';

/** The parts of a case a SITREP reports; a `Case` from shared/domain/case.ts fits as it is. */
export interface SitrepCase {
  id: string;
  code?: string | null;
  status: 'open' | 'closed';
  outcome: Outcome | null;
  phase: Phase;
  positions: readonly Fix[];
  srr: ReadonlyArray<{ code: string; name: string; rcc: string }>;
  personsOnBoard: number | null;
  men?: number | null;
  women: number | null;
  children: number | null;
  medical: number | null;
  dead?: number | null;
  missing?: number | null;
  nationalities?: readonly Nationality[];
  boat: Boat;
  departure: Departure;
  rescuedBy?: string | null;
  disembarkation?: Departure;
}

/** What the case record does not hold: who sends, what was done, what comes next. */
export interface SitrepExtras {
  originator?: string;
  actionsTaken?: readonly string[];
  futurePlans?: readonly string[];
  assistanceRequired?: string;
  /** A dead-reckoned position (see shared/geo/drift.ts), reported as an estimate. */
  estimate?: { lat: number; lon: number; radiusNm: number; at: string };
}

/** The SITREP text, numbered `sitrepNumber` for this case, dated `now`. */
export function formatSitrep(caseData: SitrepCase, sitrepNumber: number, now: Date, extras: SitrepExtras = {}): string {
  if (!Number.isInteger(sitrepNumber) || sitrepNumber < 1)
    throw new RangeError(`SITREP number must be 1 or more (got ${sitrepNumber})`);
  return build(caseData, String(sitrepNumber), now, extras);
}

/** What the next SITREP would say, its number marked as a draft: shown before anything is issued. */
export function formatSitrepDraft(
  caseData: SitrepCase,
  nextNumber: number,
  now: Date,
  extras: SitrepExtras = {},
): string {
  return build(caseData, `${nextNumber} (DRAFT, NOT ISSUED)`, now, extras);
}

/**
 * The SITREP as the text around its number, for the store to number and keep in one atomic step
 * (so two operators issuing at once get two numbers and two texts, never one number twice).
 */
export function sitrepTemplate(
  caseData: SitrepCase,
  now: Date,
  extras: SitrepExtras = {},
): { head: string; tail: string } {
  const [head, tail] = build(caseData, '\u0000', now, extras).split('\u0000');
  return { head, tail };
}

function build(c: SitrepCase, nr: string, now: Date, extras: SitrepExtras): string {
  const rccs = [...new Set(c.srr.map((r) => r.rcc))];
  const description = describeBoat(c.boat);
  return (
    [
      TRANSMISSION[c.phase],
      `DTG: ${formatDtg(now)}`,
      `FROM: ${extras.originator ?? 'HAVEN HOTLINE'}`,
      `TO: ${rccs.length > 0 ? rccs.join(', ') : 'UNKNOWN (POSITION OUTSIDE THE KNOWN SAR REGIONS)'}`,
      `SAR SITREP ${c.code ?? c.id} NR ${nr}`,
      `A. IDENTITY OF CASUALTY: ${identity(c)}`,
      `B. POSITION: ${position(c, extras.estimate)}`,
      `C. SITUATION: ${situation(c)}`,
      `D. NUMBER OF PERSONS: ${persons(c)}`,
      'E. ASSISTANCE REQUIRED: ' +
        `${extras.assistanceRequired ?? (c.phase === 'DETRESFA' ? 'IMMEDIATE RESCUE' : 'TO BE ASSESSED')}`,
      'F. COORDINATING RCC: ' +
        `${c.srr.length > 0 ? c.srr.map((r) => `${r.rcc} (${r.name})`).join('; ') : 'NOT ESTABLISHED'}`,
      description ? `G. DESCRIPTION OF CASUALTY: ${description}` : null,
      `J. ACTIONS TAKEN: ${list(extras.actionsTaken)}`,
      `M. FUTURE PLANS: ${list(extras.futurePlans)}`,
      `N. STATUS: ${status(c)}`,
    ]
      .filter((line): line is string => line !== null)
      .join('\n') + '\n'
  );
}

function identity(c: SitrepCase): string {
  const kind = c.boat.type ? BOAT_WORDS[c.boat.type] : 'BOAT OF UNKNOWN TYPE';
  const boat = [kind, c.boat.colour?.toUpperCase()].filter(Boolean).join(', ');
  return `${boat}, NAME AND FLAG UNKNOWN, HAVEN CASE ${c.id}${c.code ? ` (${c.code})` : ''}`;
}

/** Paragraph G: what to look for, from whatever the record holds; null when it holds nothing. */
function describeBoat(b: Boat): string | null {
  const parts = [
    b.type && b.type !== 'unknown' ? BOAT_WORDS[b.type] : null,
    b.colour ? `COLOUR ${b.colour.toUpperCase()}` : null,
    b.engineCount !== undefined ? `${b.engineCount} ENGINE${b.engineCount === 1 ? '' : 'S'}` : null,
    b.description ? b.description : null,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}

function position(c: SitrepCase, estimate: SitrepExtras['estimate']): string {
  // The newest fix that stands: not a corrected or withdrawn one.
  const last = latestFix(c.positions);
  const fix = last
    ? `${formatSitrepPosition(last.lat, last.lon)} AT ${dtgOrText(last.at)} (${last.source.toUpperCase()})`
    : 'UNKNOWN';
  if (!estimate) return fix;
  const est =
    `${formatSitrepPosition(estimate.lat, estimate.lon)} ` +
    `WITHIN ${estimate.radiusNm.toFixed(1)} NM AT ${formatDtg(estimate.at)}`;
  return `${fix}; ESTIMATED ${est} (DEAD RECKONING FROM THE LAST FIXES)`;
}

function situation(c: SitrepCase): string {
  const parts = [`${c.phase}`];
  if (c.boat.engineStatus) parts.push(ENGINE_WORDS[c.boat.engineStatus]);
  if (c.boat.waterEntering === true) parts.push('WATER ENTERING');
  if (c.boat.waterEntering === false) parts.push('NO WATER ENTERING REPORTED');
  if (c.departure.place || c.departure.at) {
    parts.push(
      `DEPARTED ${c.departure.place ?? 'FROM AN UNKNOWN PLACE'}` +
        `${c.departure.at ? ` AT ${dtgOrText(c.departure.at)}` : ''}`,
    );
  }
  return parts.join('. ');
}

function persons(c: SitrepCase): string {
  const groups: [number | null | undefined, string][] = [
    [c.men, 'MEN'],
    [c.women, 'WOMEN'],
    [c.children, 'MINORS'],
    [c.medical, 'MEDICAL CASES'],
    [c.dead, 'DEAD'],
    [c.missing, 'MISSING'],
  ];
  const detail = groups.filter(([n]) => n !== null && n !== undefined).map(([n, label]) => `${n} ${label}`);
  const total = c.personsOnBoard === null ? 'UNKNOWN' : String(c.personsOnBoard);
  const nationality = (n: Nationality) => `${n.country.toUpperCase()}${n.count !== null ? ` ${n.count}` : ''}`;
  const nat = c.nationalities?.length ? `. NATIONALITIES: ${c.nationalities.map(nationality).join(', ')}` : '';
  return `${total}${detail.length > 0 ? ` (${detail.join(', ')})` : ''}${nat}`;
}

function status(c: SitrepCase): string {
  if (c.status === 'open') return 'CASE OPEN';
  const parts = [`CASE CLOSED, OUTCOME ${OUTCOME_WORDS[c.outcome ?? 'unknown']}`];
  if (c.rescuedBy) parts.push(`BY ${c.rescuedBy}`);
  const landed = c.disembarkation;
  if (landed?.place || landed?.at)
    parts.push(`DISEMBARKED AT ${landed.place ?? 'AN UNKNOWN PLACE'}${landed.at ? ` ON ${dtgOrText(landed.at)}` : ''}`);
  return parts.join(', ');
}

/** A DTG when `at` is a date; else as written (departure times arrive as the caller said them). */
function dtgOrText(at: string): string {
  // Only ISO dates: Date() reads "27 Nov 22:00Z" as the year 2001.
  return /^\d{4}-\d{2}-\d{2}/.test(at) && Number.isFinite(new Date(at).getTime()) ? formatDtg(at) : at;
}

function list(items: readonly string[] | undefined): string {
  return items && items.length > 0 ? items.join('; ') : 'NONE REPORTED';
}
