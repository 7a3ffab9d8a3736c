/**
 * Takes a web map link apart (host, path, query parameters, fragment) and lists, best first, the
 * places in it where map services put coordinates. Decoding never throws: a broken `%` escape is
 * kept as written.
 */

/** A web link split into the pieces map services put coordinates in. */
export interface LinkParts {
  host: string;
  path: string;
  params: Map<string, string>;
  fragment: string;
}

/** Somewhere in a link that may hold a position: text to read, or numbers already apart. */
export type Candidate = { text: string } | { lat: number; lon: number };

const NUM = '([+-]?\\d{1,3}(?:\\.\\d{1,15})?)';
const PIN = new RegExp(`!3d${NUM}!4d${NUM}`);
const VIEW = new RegExp(`@${NUM},${NUM}`);
const OSM_FRAGMENT = new RegExp(`(?:^|&)map=\\d{1,2}(?:\\.\\d+)?/${NUM}/${NUM}`);
const STRICT = new RegExp(`^${NUM}$`);

const MARKER_KEYS = ['q', 'query', 'daddr', 'destination'];
const LAT_KEYS = ['lat', 'latitude', 'mlat'];
const LON_KEYS = ['lon', 'lng', 'long', 'longitude', 'mlon'];
const VIEW_KEYS = ['ll', 'sll', 'center', 'cp'];

/** `https://www.google.com/maps/place/x/@35.7,14.2,15z?q=...#frag` in pieces. */
export function splitLink(link: string): LinkParts {
  const hash = link.indexOf('#');
  const fragment = hash >= 0 ? link.slice(hash + 1) : '';
  const beforeHash = hash >= 0 ? link.slice(0, hash) : link;
  const mark = beforeHash.indexOf('?');
  const address = mark >= 0 ? beforeHash.slice(0, mark) : beforeHash;
  const query = mark >= 0 ? beforeHash.slice(mark + 1) : '';
  const noScheme = address.replace(/^[a-z]{1,10}:\/\//i, '');
  const slash = noScheme.indexOf('/');
  const host = (slash >= 0 ? noScheme.slice(0, slash) : noScheme).toLowerCase();
  const path = slash >= 0 ? noScheme.slice(slash) : '';
  const params = new Map<string, string>();
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const key = pair.slice(0, eq).toLowerCase();
    if (!params.has(key)) params.set(key, decode(pair.slice(eq + 1)));
  }
  return { host, path, params, fragment };
}

/** Where `parts` may hold a position, markers before map centres. */
export function candidates(parts: LinkParts): Candidate[] {
  const out: Candidate[] = [];
  for (const key of MARKER_KEYS) {
    const v = parts.params.get(key);
    if (v) out.push({ text: v });
  }
  const pin = PIN.exec(parts.path);
  if (pin) out.push({ lat: Number(pin[1]), lon: Number(pin[2]) });
  const segments = parts.path.split('/');
  segments.forEach((seg, i) => {
    const next = segments[i + 1];
    if ((seg === 'place' || seg === 'search') && next) out.push({ text: decode(next) });
  });
  // Directions (/dir/<from>/<to>/@view): the destination is the last stop before the view.
  const dir = segments.indexOf('dir');
  if (dir >= 0) {
    const stops = segments.slice(dir + 1).filter((s) => s !== '' && !s.startsWith('@') && !s.startsWith('data='));
    if (stops.length > 0) out.push({ text: decode(stops[stops.length - 1]) });
  }
  const lat = first(parts.params, LAT_KEYS);
  const lon = first(parts.params, LON_KEYS);
  if (lat !== undefined && lon !== undefined && STRICT.test(lat) && STRICT.test(lon)) {
    out.push({ lat: Number(lat), lon: Number(lon) });
  }
  for (const key of VIEW_KEYS) {
    const v = parts.params.get(key);
    if (v) out.push({ text: v.replace('~', ',') });
  }
  const view = VIEW.exec(parts.path);
  if (view) out.push({ lat: Number(view[1]), lon: Number(view[2]) });
  const osm = OSM_FRAGMENT.exec(parts.fragment);
  if (osm) out.push({ lat: Number(osm[1]), lon: Number(osm[2]) });
  return out;
}

function first(params: Map<string, string>, keys: string[]): string | undefined {
  for (const k of keys) {
    const v = params.get(k);
    if (v !== undefined) return v.trim();
  }
  return undefined;
}

/** A URL component decoded (`+` is a space), or as written where its escapes are broken. */
export function decode(s: string): string {
  const spaced = s.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}
