/**
 * Settles each written coordinate into a signed value with, where the text says so, its axis
 * (latitude or longitude). A coordinate is "strong" when the writer clearly meant a coordinate
 * (a degree/minute/second mark, a hemisphere letter, a label); its mistakes refuse the text. A bare
 * number is "weak": its mistakes are only mentioned when nothing better turns up, because free text
 * is full of numbers that were never meant as positions.
 */
import type { Component, Item } from './components';
import { interpret } from './interpret';
import type { Problem, PositionFormat } from './types';
import type { Axis } from './words';

/** A coordinate ready to be paired. */
export interface Coord {
  axis: Axis | undefined;
  value: number;
  format: PositionFormat;
  strong: boolean;
  /** Written with a degree, minute or second sign. */
  marked: boolean;
  /** Has a decimal part or minutes: more than an incidental whole number. */
  meaningful: boolean;
  /**
   * For numbers joined only by spaces (`08 35.5`), the value of the last one alone: if the other
   * coordinate is plain decimal degrees, the first number was a stray count, not degrees.
   */
  lastOnly?: number;
  /** Index in the item list, to tell what lies between two coordinates. */
  index: number;
  start: number;
  text: string;
}

/** The coordinates of `items` and the problems met reading them. */
export function settle(items: Item[], text: string): { coords: Coord[]; problems: Problem[] } {
  const coords: Coord[] = [];
  const problems: Problem[] = [];
  for (let index = 0; index < items.length; index++) {
    const comp = items[index];
    if (comp.kind !== 'comp') continue;
    const result = settleOne(comp, index, text);
    if (result === undefined) continue;
    if ('code' in result) problems.push(result);
    else coords.push(result);
  }
  return { coords, problems };
}

/** One coordinate, the problem with it, or nothing when it is a bare number not worth a word. */
function settleOne(comp: Component, index: number, text: string): Coord | Problem | undefined {
  const marked = comp.parts.some((p) => p.mark !== null && p.mark !== 'hyph');
  const strong = marked || comp.hemi !== undefined || comp.label !== undefined;
  const meaningful = comp.parts[comp.parts.length - 1].frac !== null || comp.parts.length > 1;
  const written = describe(comp, text);
  const reading = interpret(comp);
  if (!reading.ok) {
    return strong || meaningful ? problem(comp, reading.code, `${reading.reason} in "${written}"`, strong) : undefined;
  }
  // A bare 2024-05-01 is a date, not degrees-minutes beyond 180.
  if (!strong && reading.degrees > 180 && reading.format !== 'decimal') return undefined;
  const hemi = comp.hemi;
  if (hemi?.sign === 0) {
    return problem(
      comp,
      'ambiguous-hemisphere',
      `"O" in "${written}" could mean east (Ost) or west (Ouest, Oeste); write E or W`,
      true,
    );
  }
  if (hemi && comp.sign === '-') {
    return problem(
      comp,
      'sign-conflict',
      `"${written}" has both a minus sign and the hemisphere letter ${hemi.text}; use one of them`,
      true,
    );
  }
  if (hemi && comp.label && hemi.axis !== comp.label) {
    return problem(
      comp,
      'axis-conflict',
      `"${written}" is labelled ${name(comp.label)} but marked ${hemi.text}, which is a ${name(hemi.axis)}`,
      true,
    );
  }
  const sign = (comp.sign === '-' ? -1 : 1) * (hemi?.sign ?? 1);
  const last = comp.parts[comp.parts.length - 1];
  const loose = comp.style === 'space' && comp.parts.length > 1 && !marked && last.frac !== null;
  return {
    axis: hemi?.axis ?? comp.label,
    value: sign * reading.degrees,
    format: reading.format,
    strong,
    marked,
    meaningful,
    index,
    start: comp.start,
    text: written,
    lastOnly: loose ? (hemi?.sign ?? 1) * Number(`${last.int}.${last.frac}`) : undefined,
  };
}

function problem(comp: Component, code: Problem['code'], reason: string, fatal: boolean): Problem {
  return { code, reason, fatal, at: comp.start };
}

/** "latitude" or "longitude". */
export function name(axis: Axis): string {
  return axis === 'lat' ? 'latitude' : 'longitude';
}

/** The coordinate as the caller wrote it, hemisphere letter included, for messages. */
function describe(comp: Component, text: string): string {
  const start = Math.min(comp.start, comp.hemi?.start ?? comp.start);
  const end = Math.max(comp.end, comp.hemi?.end ?? comp.end);
  const s = text.slice(start, end).trim();
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}
