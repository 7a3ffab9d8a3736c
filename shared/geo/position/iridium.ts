/**
 * Iridium GO! "check-in" messages: `I am here Lat+35.777135 Lon+14.291735 Alt+2554ft GPS Sats seen
 * 08 http://map.iridium.com/m?lat=35.777135&lon=14.291735 Sent via Iridium GO!`. The plain reader
 * understands the numbers too; this reader exists so the format is named for the operator.
 */
import { type Extraction, emptyExtraction, rangeProblem } from './types';

const CHECK_IN = /\bLat([+-]\d{1,3}(?:\.\d{1,12})?) {0,3}Lon([+-]\d{1,3}(?:\.\d{1,12})?)/g;

/** Iridium GO! positions in normalised `text`. */
export function readIridium(text: string): Extraction {
  const out = emptyExtraction();
  if (!text.includes('Lat')) return out;
  for (const m of text.matchAll(CHECK_IN)) {
    const at = m.index ?? 0;
    const lat = Number(m[1]);
    const lon = Number(m[2]);
    out.claimed.push({ start: at, end: at + m[0].length });
    const range = rangeProblem(lat, lon, at, true);
    if (range) out.problems.push(range);
    else out.found.push({ lat, lon, format: 'iridium-go', at });
  }
  return out;
}
