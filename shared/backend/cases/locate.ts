import type { Fix, FixSource } from '../../domain/position';
import { parsePosition } from '../../geo/position';
import { plausibilityWarnings } from '../../geo/plausibility';
import { latestFix, standingFixes } from '../../domain/fixes';

/** A position as reported: text to parse, or numbers typed into the form or sent by a device. */
export interface ReportedPosition {
  text?: string;
  lat?: number;
  lon?: number;
  source: FixSource;
  at?: string;
}

/**
 * Turn a report into a fix. Never refuses: unparseable text is kept raw with the reason as a
 * warning, because a distress call must be logged whatever the caller managed to say.
 */
export function locate(report: ReportedPosition, previous: Fix | undefined, now = new Date()): Fix | null {
  const at = report.at ?? now.toISOString();
  const raw = report.text?.trim() ? report.text.trim() : null;
  let lat: number | null = null;
  let lon: number | null = null;
  let format: string | null = null;
  const warnings: string[] = [];
  if (report.lat !== undefined && report.lon !== undefined) {
    [lat, lon, format] = [report.lat, report.lon, 'numeric'];
  } else if (raw) {
    const parsed = parsePosition(raw);
    if (parsed.ok) [lat, lon, format] = [parsed.lat, parsed.lon, parsed.format];
    else warnings.push(`position not understood: ${parsed.reason}`);
  } else {
    return null;
  }
  const fix: Fix = { lat, lon, raw, format, at, source: report.source, warnings, confirmed: false };
  if (lat !== null && lon !== null) fix.warnings.push(...plausibilityWarnings(fix, lastParsed(previous)));
  return fix;
}

function lastParsed(f: Fix | undefined): (Fix & { lat: number; lon: number }) | undefined {
  return f && f.lat !== null && f.lon !== null ? (f as Fix & { lat: number; lon: number }) : undefined;
}

/** Which fixes stand, and the newest of them (see shared/domain/fixes.ts). */
export { latestFix, standingFixes };
