/**
 * Map links and `geo:` URIs. Every link in the text is read here and then blanked out, so numbers
 * inside unrelated links (ids, zoom levels, dates) never reach the plain-text reader. Within one
 * link the marker wins over the view: Google's `q=` or `!3d..!4d..` is where the pin is, while
 * `@lat,lon` or `ll=` is only where the map was centred.
 */
import { readText } from './text';
import { normaliseText } from './normalise';
import { type Extraction, type Found, type PositionFormat, type Problem, emptyExtraction, rangeProblem } from './types';
import { candidates, decode, type LinkParts, splitLink } from './link-parts';

const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"]{1,2000}|\bgeo:[^\s<>"]{1,2000}/gi;
const HINT = /:\/\/|www\.|geo:/i;
const TRAILING = /[.,;:!?)\]}']+$/;
const SHORTENERS = /^(?:goo\.gl|maps\.app\.goo\.gl|g\.co|bit\.ly|tinyurl\.com)$/i;
const NUMBER = /^[+-]?\d{1,3}(?:\.\d{1,12})?$/;

/** Positions in the map links and geo: URIs of normalised `text`. */
export function readLinks(text: string): Extraction {
  const out = emptyExtraction();
  if (!HINT.test(text)) return out;
  for (const m of text.matchAll(LINK)) {
    const at = m.index ?? 0;
    const link = m[0].replace(TRAILING, '');
    out.claimed.push({ start: at, end: at + link.length });
    const result = /^geo:/i.test(link) ? readGeoUri(link, at) : readWebLink(link, at);
    if (result && 'code' in result) out.problems.push(result);
    else if (result) out.found.push(result);
  }
  return out;
}

/** `geo:35.7,14.2`, `geo:35.7,14.2,12;u=30`, and Android's `geo:0,0?q=35.7,14.2(Boat)`. */
function readGeoUri(link: string, at: number): Found | Problem | undefined {
  const [body, query = ''] = link.slice(4).split('?', 2);
  const q = /(?:^|&)q=([^&]*)/.exec(query);
  const fromQuery = q ? readValue(decode(q[1]), 'geo-uri', at) : undefined;
  if (fromQuery) return fromQuery;
  const [lat, lon] = body.split(';', 1)[0].split(',');
  if (!NUMBER.test(lat ?? '') || !NUMBER.test(lon ?? '')) {
    return {
      code: 'malformed',
      reason: `"${link.slice(0, 60)}" is not a geo: URI of the form geo:latitude,longitude`,
      fatal: true,
      at,
    };
  }
  return located(Number(lat), Number(lon), 'geo-uri', at);
}

/** Google Maps, OpenStreetMap, Apple Maps, Iridium and other web map links. */
function readWebLink(link: string, at: number): Found | Problem | undefined {
  const parts: LinkParts = splitLink(link);
  const format: PositionFormat = /(^|\.)google\.|(^|\.)goo\.gl$/i.test(parts.host) ? 'google-maps' : 'map-link';
  for (const c of candidates(parts)) {
    const result = 'text' in c ? readValue(c.text, format, at) : located(c.lat, c.lon, format, at);
    if (result) return result;
  }
  if (SHORTENERS.test(parts.host)) {
    return {
      code: 'link-without-coordinates',
      reason: `the link ${link.slice(0, 60)} has no coordinates in it; open it and send the position it shows`,
      fatal: false,
      at,
    };
  }
  return undefined;
}

/** A position written inside a link parameter (`q=35°46'37.7"N 14°17'30.2"E`), if it holds one. */
function readValue(value: string, format: PositionFormat, at: number): Found | Problem | undefined {
  const inner = readText(normaliseText(value.slice(0, 500)));
  const fatal = inner.problems.find((p) => p.fatal);
  if (fatal) return { ...fatal, at };
  if (inner.found.length !== 1) return undefined;
  return { ...inner.found[0], format, at };
}

function located(lat: number, lon: number, format: PositionFormat, at: number): Found | Problem {
  return rangeProblem(lat, lon, at, true) ?? { lat, lon, format, at };
}
