/**
 * Whole NMEA 0183 sentences pasted from a GPS or a chart plotter: `$GPRMC`, `$GPGGA` and `$GPGLL`
 * from any talker (GP, GN, GL, GA, BD...). The checksum must be present and right, because a
 * sentence garbled in an SMS is exactly what a checksum is there to catch; a fix the receiver
 * itself marks void (RMC/GLL status V, GGA quality 0) is refused rather than trusted.
 */
import { type Extraction, type Found, type Problem, type PositionFormat, emptyExtraction, rangeProblem } from './types';

const SENTENCE = /\$([A-Z]{2})(RMC|GGA|GLL),[^\s$]{0,200}/g;
const WITH_CHECKSUM = /^\$([^*]*)\*([0-9A-Fa-f]{2})/;
const LAT = /^(\d{2})(\d{2}(?:\.\d{1,10})?)$/;
const LON = /^(\d{3})(\d{2}(?:\.\d{1,10})?)$/;

/** Field positions of latitude, N/S, longitude, E/W and the validity flag in each sentence. */
const LAYOUT = {
  RMC: { lat: 3, lon: 5, valid: (f: string[]) => (f[2] === 'A' ? null : `status ${f[2] || 'empty'}`) },
  GGA: { lat: 2, lon: 4, valid: (f: string[]) => (f[6] && f[6] !== '0' ? null : 'fix quality 0') },
  GLL: {
    lat: 1,
    lon: 3,
    valid: (f: string[]) => (f[6] === undefined || f[6] === '' || f[6].startsWith('A') ? null : `status ${f[6]}`),
  },
} as const;

/** NMEA sentences in normalised `text`. */
export function readNmea(text: string): Extraction {
  const out = emptyExtraction();
  if (!text.includes('$')) return out;
  for (const m of text.matchAll(SENTENCE)) {
    const at = m.index ?? 0;
    out.claimed.push({ start: at, end: at + m[0].length });
    const result = readSentence(m[0], m[2] as keyof typeof LAYOUT, at);
    if ('code' in result) out.problems.push(result);
    else out.found.push(result);
  }
  return out;
}

function readSentence(sentence: string, type: keyof typeof LAYOUT, at: number): Found | Problem {
  const name = sentence.slice(0, 6);
  const parts = WITH_CHECKSUM.exec(sentence);
  if (!parts)
    return fail(at, 'nmea-checksum', `the ${name} sentence has no checksum (*hh at its end), so it cannot be trusted`);
  const computed = checksum(parts[1]);
  if (computed !== parts[2].toUpperCase()) {
    return fail(
      at,
      'nmea-checksum',
      `the ${name} sentence is damaged: its checksum is *${parts[2].toUpperCase()} but its content gives *${computed}`,
    );
  }
  const f = parts[1].split(',');
  const layout = LAYOUT[type];
  const invalid = layout.valid(f);
  if (invalid) return fail(at, 'nmea-no-fix', `the ${name} sentence reports no valid fix (${invalid})`);
  const lat = field(f[layout.lat], f[layout.lat + 1], LAT, 'N', 'S');
  const lon = field(f[layout.lon], f[layout.lon + 1], LON, 'E', 'W');
  if (typeof lat === 'string')
    return fail(at, lat.startsWith('minutes') ? 'minutes-range' : 'nmea-malformed', `${lat} in the ${name} latitude`);
  if (typeof lon === 'string')
    return fail(at, lon.startsWith('minutes') ? 'minutes-range' : 'nmea-malformed', `${lon} in the ${name} longitude`);
  const range = rangeProblem(lat, lon, at, true);
  if (range) return range;
  const format: PositionFormat = type === 'RMC' ? 'nmea-rmc' : type === 'GGA' ? 'nmea-gga' : 'nmea-gll';
  return { lat, lon, format, at };
}

function fail(at: number, code: Problem['code'], reason: string): Problem {
  return { code, reason, fatal: true, at };
}

/** A signed coordinate from an NMEA `DDMM.mmmm,H` pair, or what is wrong with it. */
function field(
  value: string | undefined,
  hemi: string | undefined,
  shape: RegExp,
  plus: string,
  minus: string,
): number | string {
  const m = shape.exec(value ?? '');
  if (!m) return `"${value ?? ''}" is not a DDMM.mmm value`;
  const minutes = Number(m[2]);
  if (!(minutes < 60)) return `minutes must be below 60 (got ${m[2]})`;
  if (hemi !== plus && hemi !== minus) return `"${hemi ?? ''}" is not ${plus} or ${minus}`;
  return (hemi === minus ? -1 : 1) * (Number(m[1]) + minutes / 60);
}

/** XOR of the characters between `$` and `*`, as two upper-case hex digits. */
export function checksum(body: string): string {
  let x = 0;
  for (let i = 0; i < body.length; i++) x ^= body.charCodeAt(i) & 0xff;
  return x.toString(16).toUpperCase().padStart(2, '0');
}
