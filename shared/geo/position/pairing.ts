/**
 * Pairs coordinates into positions, left to right. Two coordinates pair when nothing but
 * separators, hemisphere letters and labels stand between them, or when both say which axis they
 * are (`Lat 35.5 and Lon 14.2`). Without letters the latitude comes first, as everywhere at sea.
 * A bare whole number (no decimal part, minutes, mark, letter or label) never completes a position,
 * not even beside a clearly written coordinate, so neither "40 people, 3 children" nor
 * "36°10'N 40 people" is a position.
 */
import { type Coord, name } from './coordinates';
import type { Item } from './components';
import { type Extraction, type Problem, rangeProblem } from './types';

/** Positions made of `coords`, plus the problems of those that would not pair. */
export function pair(coords: Coord[], items: Item[], problems: Problem[]): Extraction {
  const out: Extraction = { found: [], problems, claimed: [] };
  let i = 0;
  while (i < coords.length) {
    const a = coords[i];
    const b = coords[i + 1];
    const c = coords[i + 2];
    // "Sats seen 08, 35.5N 14.2E", "2024-05-01 35.5N 14.2E": a bare number must not steal the
    // latitude from a pair that is clearly written.
    const stray = !a.strong && b?.strong && c?.strong && canPair(b, c, items);
    if (b && !stray && canPair(a, b, items)) {
      join(a, b, out);
      i += 2;
    } else {
      leftover(a, out);
      i += 1;
    }
  }
  return out;
}

function canPair(a: Coord, b: Coord, items: Item[]): boolean {
  if (a.axis && b.axis) return true;
  if (!adjacent(a, b, items)) return false;
  return (a.strong || a.meaningful) && (b.strong || b.meaningful);
}

function adjacent(a: Coord, b: Coord, items: Item[]): boolean {
  for (let j = a.index + 1; j < b.index; j++) {
    const kind = items[j].kind;
    if (kind !== 'sep' && kind !== 'hemi' && kind !== 'label') return false;
  }
  return true;
}

function join(first: Coord, second: Coord, out: Extraction): void {
  const a = consistentWith(first, second);
  const b = consistentWith(second, first);
  const fatal = a.strong || b.strong;
  if (a.axis && a.axis === b.axis) {
    const code = a.axis === 'lat' ? 'two-latitudes' : 'two-longitudes';
    const other = a.axis === 'lat' ? 'longitude' : 'latitude';
    const reason = `"${a.text}" and "${b.text}" are both ${name(a.axis)}s; a position needs a ${other} too`;
    out.problems.push({ code, reason, fatal, at: a.start });
    return;
  }
  const [lat, lon] = a.axis === 'lon' || b.axis === 'lat' ? [b, a] : [a, b];
  const range = rangeProblem(lat.value, lon.value, a.start, fatal);
  if (range) {
    const swapped = !a.axis && !b.axis && Math.abs(lon.value) <= 90;
    if (swapped) range.reason += '; if the longitude comes first, add hemisphere letters (N/S, E/W)';
    out.problems.push(range);
    return;
  }
  out.found.push({ lat: lat.value, lon: lon.value, format: lat.format, at: a.start });
}

/** `08 35.5N 14.2E`: beside plain decimal degrees, space-joined numbers keep only the last. */
function consistentWith(c: Coord, other: Coord): Coord {
  if (c.lastOnly === undefined || other.format !== 'decimal' || !other.meaningful) return c;
  return { ...c, value: c.lastOnly, format: 'decimal' };
}

function leftover(a: Coord, out: Extraction): void {
  if (!a.strong && !a.meaningful) return;
  const which = a.axis ? `the ${name(a.axis)} "${a.text}"` : `"${a.text}"`;
  out.problems.push({
    code: 'one-coordinate',
    reason: `found only one coordinate (${which}); a position needs both latitude and longitude`,
    // "35.5N 14.2E, 20 S of Lampedusa" is fine; a stray "36°10'N" is not.
    fatal: a.axis !== undefined && (a.meaningful || a.marked),
    at: a.start,
  });
}
