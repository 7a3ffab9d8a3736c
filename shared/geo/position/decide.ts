/**
 * The final word on a text, given what every reader found in it. A fatal problem anywhere refuses
 * the text. Otherwise mentions of one place (an Iridium message and its own map link, a position
 * written twice in two formats) count once, within 0.1 nm; two places are refused, because the
 * operator, not the parser, must decide which one the boat is at.
 */
import { type Extraction, type Found, type ParsedPosition, type PositionErrorCode, type Problem, fmt } from './types';

/** Mentions closer than this are the same position written twice. */
export const SAME_POSITION_NM = 0.1;

/** When nothing was found, the problem that best explains why comes first. */
const SOFT_ORDER: PositionErrorCode[] = [
  'minutes-range',
  'seconds-range',
  'latitude-range',
  'longitude-range',
  'malformed',
  'two-latitudes',
  'two-longitudes',
  'link-without-coordinates',
  'one-coordinate',
];

/** One position, or the clearest reason there is none. */
export function decide(parts: Extraction[]): ParsedPosition {
  const found: Found[] = [];
  const problems: Problem[] = [];
  for (const p of parts) {
    found.push(...p.found);
    problems.push(...p.problems);
  }
  if (found.length > 1) found.sort((a, b) => a.at - b.at);
  if (problems.length > 1) problems.sort((a, b) => a.at - b.at);
  // "only one coordinate" is often the echo of another problem ("35.5N 14.2O"): name the cause.
  const fatal = problems.find((p) => p.fatal && p.code !== 'one-coordinate') ?? problems.find((p) => p.fatal);
  if (fatal) return refuse(fatal);
  const distinct: Found[] = [];
  for (const f of found) {
    if (!distinct.some((d) => samePlace(d, f))) distinct.push(f);
  }
  if (distinct.length === 1) {
    const [{ lat, lon, format }] = distinct;
    return { ok: true, lat, lon, format };
  }
  if (distinct.length > 1) {
    const listed = distinct
      .slice(0, 3)
      .map((d) => `${fmt(d.lat)}, ${fmt(d.lon)}`)
      .join(' and ');
    const more = distinct.length > 3 ? ` and ${distinct.length - 3} more` : '';
    return {
      ok: false,
      code: 'several-positions',
      reason: `the text gives ${distinct.length} different positions (${listed}${more}); send one position at a time`,
    };
  }
  const soft = SOFT_ORDER.map((code) => problems.find((p) => p.code === code)).find((p) => p !== undefined);
  if (soft) return refuse(soft);
  return {
    ok: false,
    code: 'no-position',
    reason: "no position found in the text (expected something like 35°46.6'N 014°17.5'E or 35.777, 14.292)",
  };
}

function refuse(p: Problem): ParsedPosition {
  return { ok: false, code: p.code, reason: p.reason };
}

function samePlace(a: Found, b: Found): boolean {
  const dLatNm = (a.lat - b.lat) * 60;
  const dLonNm = (a.lon - b.lon) * 60 * Math.cos((a.lat * Math.PI) / 180);
  return Math.hypot(dLatNm, dLonNm) <= SAME_POSITION_NM;
}
