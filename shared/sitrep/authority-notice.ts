/**
 * The "Dear officer on duty" e-mail a hotline sends a rescue centre: persons, boat, course, speed,
 * last position, in plain English sentences an officer can act on. Built from the case alone, to
 * copy into a mail; the hotline records the contact itself in the contact log.
 */
import type { Case } from '../domain/case';
import { latestFix } from '../domain/fixes';
import { formatDtg } from './dtg';
import { formatSitrepPosition } from './position';
import { BOAT_WORDS, ENGINE_WORDS } from './words';

const lower = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();

function persons(c: Case): string {
  const groups: [number | null, string][] = [
    [c.men, 'men'],
    [c.women, 'women'],
    [c.children, 'minors'],
    [c.medical, 'medical cases'],
    [c.dead, 'dead'],
    [c.missing, 'missing'],
  ];
  const detail = groups.filter(([n]) => n !== null).map(([n, w]) => `${n} ${w}`);
  const total = c.personsOnBoard === null ? 'an unknown number of' : String(c.personsOnBoard);
  return `${total} persons on board${detail.length ? ` (${detail.join(', ')})` : ''}`;
}

const nationality = (n: Case['nationalities'][number]) => `${n.country}${n.count !== null ? ` ${n.count}` : ''}`;

function boat(c: Case): string {
  const b = c.boat;
  const parts = [
    lower(BOAT_WORDS[b.type ?? 'unknown']),
    b.colour ? `colour ${b.colour}` : null,
    b.engineCount !== undefined ? `${b.engineCount} engine${b.engineCount === 1 ? '' : 's'}` : null,
    b.engineStatus ? ENGINE_WORDS[b.engineStatus].toLowerCase() : null,
    b.waterEntering ? 'water entering' : null,
    b.description ?? null,
  ];
  return parts.filter(Boolean).join(', ');
}

/** The notification text for case `c` at time `now`, signed by `sender`. */
export function authorityNotice(c: Case, now: Date, sender: { name: string; hotline?: string }): string {
  const fix = latestFix(c.positions);
  const e = c.estimate;
  const lines = [
    'Dear officer on duty,',
    '',
    `we are in contact with a boat in distress (${c.phase}) and ask you to coordinate its rescue.`,
    '',
    `Case: ${c.code ? `${c.code} (${c.id})` : c.id}`,
    `Persons: ${persons(c)}`,
    c.nationalities.length ? `Nationalities: ${c.nationalities.map(nationality).join(', ')}` : null,
    `Boat: ${boat(c)}`,
    fix
      ? `Last known position: ${formatSitrepPosition(fix.lat, fix.lon)} at ${formatDtg(fix.at)} ` +
        `(reported by ${fix.source})`
      : 'Last known position: not known yet',
    e && e.courseDeg !== null
      ? `Course and speed: about ${Math.round(e.courseDeg)}° at ${e.speedKn.toFixed(1)} kn (from the last positions)`
      : 'Course and speed: not known',
    e
      ? `Estimated position now: ${formatSitrepPosition(e.lat, e.lon)} within ${e.radiusNm.toFixed(1)} NM ` +
        `at ${formatDtg(e.at)}`
      : null,
    c.departure.place || c.departure.at
      ? `Departure: ${c.departure.place ?? 'place unknown'}${c.departure.at ? `, ${c.departure.at}` : ''}`
      : null,
    c.srr.length ? `Search and rescue region: ${c.srr.map((r) => `${r.name} (${r.rcc})`).join(', ')}` : null,
    '',
    'Please confirm that you received this message and tell us what action you are taking.',
    '',
    `Kind regards,`,
    `${sender.name}${sender.hotline ? `, ${sender.hotline}` : ''}`,
    `${formatDtg(now)}`,
  ];
  return lines.filter((l): l is string => l !== null).join('\n') + '\n';
}
