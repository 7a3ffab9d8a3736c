/**
 * An IAMSAR situation report, short form, for a case: transmission (from the emergency phase),
 * date-time group, addressees (the rescue centres of the regions the boat is in), SITREP number,
 * then the lettered paragraphs A (identity) to F (coordinating RCC) of the short form, with J
 * (actions taken), M (future plans) and N (status) from the full form, which is what an RCC needs
 * to see that a case is being followed. Times are UTC, positions `35-46.6N 014-17.5E`.
 */
import type { Outcome, Phase } from '../domain/case';
import { formatDtg } from './dtg';
import { formatSitrepPosition } from './position';

/** The parts of a case a SITREP reports; a `Case` from shared/domain/case.ts fits as it is. */
export interface SitrepCase {
  id: string;
  status: 'open' | 'closed';
  outcome: Outcome | null;
  phase: Phase;
  positions: ReadonlyArray<{ lat: number | null; lon: number | null; at: string; source: string }>;
  srr: ReadonlyArray<{ code: string; name: string; rcc: string }>;
  personsOnBoard: number | null;
  women: number | null;
  children: number | null;
  medical: number | null;
  boat: { type?: string; colour?: string; engine?: string; waterEntering?: boolean };
  departure: { place?: string; at?: string };
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

const TRANSMISSION: Record<Phase, string> = { DETRESFA: 'DISTRESS', ALERFA: 'URGENCY', INCERFA: 'UNCERTAINTY' };

const OUTCOME: Record<Outcome, string> = {
  rescued_ngo: 'RESCUED BY AN NGO SHIP',
  rescued_merchant: 'RESCUED BY A MERCHANT SHIP',
  rescued_coastguard: 'RESCUED BY A COAST GUARD',
  intercepted_returned: 'INTERCEPTED AND RETURNED',
  arrived_autonomously: 'ARRIVED ON ITS OWN',
  shipwreck: 'SHIPWRECK',
  missing: 'MISSING',
  unknown: 'UNKNOWN',
};

/** The SITREP text, numbered `sitrepNumber` for this case, dated `now`. */
export function formatSitrep(caseData: SitrepCase, sitrepNumber: number, now: Date, extras: SitrepExtras = {}): string {
  if (!Number.isInteger(sitrepNumber) || sitrepNumber < 1)
    throw new RangeError(`SITREP number must be 1 or more (got ${sitrepNumber})`);
  const c = caseData;
  const rccs = [...new Set(c.srr.map((r) => r.rcc))];
  return (
    [
      TRANSMISSION[c.phase],
      `DTG: ${formatDtg(now)}`,
      `FROM: ${extras.originator ?? 'HAVEN HOTLINE'}`,
      `TO: ${rccs.length > 0 ? rccs.join(', ') : 'UNKNOWN (POSITION OUTSIDE THE KNOWN SAR REGIONS)'}`,
      `SAR SITREP ${c.id} NR ${sitrepNumber}`,
      `A. IDENTITY OF CASUALTY: ${identity(c)}`,
      `B. POSITION: ${position(c, extras.estimate)}`,
      `C. SITUATION: ${situation(c)}`,
      `D. NUMBER OF PERSONS: ${persons(c)}`,
      'E. ASSISTANCE REQUIRED: ' +
        `${extras.assistanceRequired ?? (c.phase === 'DETRESFA' ? 'IMMEDIATE RESCUE' : 'TO BE ASSESSED')}`,
      'F. COORDINATING RCC: ' +
        `${c.srr.length > 0 ? c.srr.map((r) => `${r.rcc} (${r.name})`).join('; ') : 'NOT ESTABLISHED'}`,
      `J. ACTIONS TAKEN: ${list(extras.actionsTaken)}`,
      `M. FUTURE PLANS: ${list(extras.futurePlans)}`,
      `N. STATUS: ${c.status === 'open' ? 'CASE OPEN' : `CASE CLOSED, OUTCOME ${OUTCOME[c.outcome ?? 'unknown']}`}`,
    ].join('\n') + '\n'
  );
}

function identity(c: SitrepCase): string {
  const boat = [c.boat.type, c.boat.colour].filter(Boolean).join(', ');
  return `${boat || 'BOAT OF UNKNOWN TYPE'}, NAME AND FLAG UNKNOWN, HAVEN CASE ${c.id}`;
}

type Located = { lat: number; lon: number; at: string; source: string };

function position(c: SitrepCase, estimate: SitrepExtras['estimate']): string {
  const fixes = c.positions.filter((p): p is Located => p.lat !== null && p.lon !== null);
  const last = fixes[fixes.length - 1];
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
  if (c.boat.engine) parts.push(`ENGINE: ${c.boat.engine}`);
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
  if (c.personsOnBoard === null) return 'UNKNOWN';
  const detail = [
    c.women !== null ? `${c.women} WOMEN` : null,
    c.children !== null ? `${c.children} CHILDREN` : null,
    c.medical !== null ? `${c.medical} MEDICAL CASES` : null,
  ].filter(Boolean);
  return detail.length > 0 ? `${c.personsOnBoard} (${detail.join(', ')})` : String(c.personsOnBoard);
}

/** A DTG when `at` is a date; else as written (departure times arrive as the caller said them). */
function dtgOrText(at: string): string {
  // Only ISO dates: Date() reads "27 Nov 22:00Z" as the year 2001.
  return /^\d{4}-\d{2}-\d{2}/.test(at) && Number.isFinite(new Date(at).getTime()) ? formatDtg(at) : at;
}

function list(items: readonly string[] | undefined): string {
  return items && items.length > 0 ? items.join('; ') : 'NONE REPORTED';
}
