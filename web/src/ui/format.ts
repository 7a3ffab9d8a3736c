import type { Fix } from '../../../shared/domain/position';
import { latestFix as latestStanding } from '../../../shared/domain/fixes';

function ddm(value: number, pos: string, neg: string, degWidth: number): string {
  const abs = Math.abs(value);
  let deg = Math.floor(abs);
  let min = Math.round((abs - deg) * 60 * 1000) / 1000;
  if (min >= 60) {
    deg += 1;
    min = 0;
  }
  return `${String(deg).padStart(degWidth, '0')}°${min.toFixed(3).padStart(6, '0')}′${value < 0 ? neg : pos}`;
}

/** A position in the degrees-decimal-minutes form seafarers read: 35°46.628′N 014°17.504′E. */
export function formatLatLon(lat: number, lon: number): string {
  return `${ddm(lat, 'N', 'S', 2)} ${ddm(lon, 'E', 'W', 3)}`;
}

/** The same position in decimal degrees, for copying into other tools. */
export function formatDecimal(lat: number, lon: number): string {
  return `${lat.toFixed(5)}, ${lon.toFixed(5)}`;
}

/** Whether a fix has coordinates. */
export function hasFix(f: Fix | undefined): f is Fix & { lat: number; lon: number } {
  return !!f && f.lat !== null && f.lon !== null;
}

/**
 * The newest report of a case that still stands, understood or not: a withdrawn fix or one a later
 * correction replaced is on record but not "the latest position".
 */
export function latestFix(positions: Fix[]): Fix | undefined {
  const corrected = new Set(positions.filter((f) => f.corrects !== undefined && !f.withdrawn).map((f) => f.corrects));
  let newest: Fix | undefined;
  positions.forEach((f, i) => {
    if (f.withdrawn || corrected.has(i)) return;
    if (!newest || Date.parse(f.at) >= Date.parse(newest.at)) newest = f;
  });
  return newest;
}

/** The newest fix that stands (not corrected, not withdrawn), for the map and distances. */
export function latestParsedFix(positions: Fix[]): (Fix & { lat: number; lon: number }) | undefined {
  return latestStanding(positions);
}

/** Why a fix needs the operator's attention, or an empty list. */
export function fixWarnings(f: Fix): string[] {
  if (!hasFix(f)) return f.warnings.length ? f.warnings : ['Position could not be parsed'];
  return f.warnings;
}

/** A timestamp in UTC as watch logs write it: 2024-05-01 03:12:45Z. */
export function formatUtc(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z');
}

/** A short UTC time: 03:12Z. */
export function formatUtcShort(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toISOString().slice(11, 16) + 'Z';
}

/** "12 min ago", "3 h ago": how stale something is. */
export function formatAge(iso: string, now = Date.now()): string {
  const ms = now - new Date(iso).getTime();
  if (!Number.isFinite(ms)) return '';
  const min = Math.round(ms / 60000);
  if (min < 1) return 'just now';
  if (min < 60) return `${min} min ago`;
  const hours = Math.floor(min / 60);
  if (hours < 48) return `${hours} h ${min % 60} min ago`;
  return `${Math.floor(hours / 24)} days ago`;
}

/** A countdown to a deadline: "1 h 04 min left", or "deadline passed". */
export function formatCountdown(iso: string, now = Date.now()): string {
  const ms = new Date(iso).getTime() - now;
  if (!Number.isFinite(ms)) return '';
  if (ms <= 0) return 'deadline passed';
  const totalSec = Math.floor(ms / 1000);
  const h = Math.floor(totalSec / 3600);
  const m = Math.floor((totalSec % 3600) / 60);
  const s = totalSec % 60;
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min left`;
  return `${m} min ${String(s).padStart(2, '0')} s left`;
}

/** A count that may be unknown. */
export function formatCount(n: number | null | undefined): string {
  return n === null || n === undefined ? '?' : String(n);
}
