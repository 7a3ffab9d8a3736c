/**
 * Date-time groups as maritime messages write them, always in UTC: `011230Z MAY 24` is 12:30 UTC
 * on the first of May 2024. Seconds are dropped, not rounded, so a DTG never lies in the future.
 */

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** `DDHHMMZ MON YY` in UTC. Throws a RangeError for an invalid date. */
export function formatDtg(when: Date | string): string {
  const d = typeof when === 'string' ? new Date(when) : when;
  if (!Number.isFinite(d.getTime())) throw new RangeError(`not a date: ${String(when)}`);
  const two = (n: number): string => String(n).padStart(2, '0');
  const year = two(d.getUTCFullYear() % 100);
  return `${two(d.getUTCDate())}${two(d.getUTCHours())}${two(d.getUTCMinutes())}Z ${MONTHS[d.getUTCMonth()]} ${year}`;
}
