/**
 * Reads positions written as plain text: decimal degrees, DMS, DDM, SITREP hyphens, packed NMEA
 * numbers, with hemisphere letters before or after, labels, any of the usual symbols or none.
 * The pipeline is tokens -> coordinates -> hemispheres and labels -> values -> pairs.
 */
import { attach } from './attach';
import { group } from './components';
import { settle } from './coordinates';
import { pair } from './pairing';
import { tokenize } from './tokens';
import type { Extraction } from './types';

const DOT_DECIMAL = /\d\.\d/;

/** Positions found in normalised `text`, with the problems met on the way. */
export function readText(text: string): Extraction {
  // "46,628" is a decimal number unless the writer uses dots for decimals elsewhere in the text,
  // in which case commas separate ("35.5,14.2").
  const tokens = tokenize(text, !DOT_DECIMAL.test(text));
  const items = group(tokens);
  attach(items);
  const { coords, problems } = settle(items, text);
  return pair(coords, items, problems);
}
