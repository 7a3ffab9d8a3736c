/**
 * Turns one written coordinate into degrees: decimal degrees, degrees and decimal minutes, degrees
 * minutes seconds, or the packed NMEA/aviation spellings (`3546.628` is 35°46.628', `354637` is
 * 35°46'37"). Minutes and seconds of 60 or more are refused, never carried over: a caller who wrote
 * 61 minutes made a mistake somewhere, and guessing where could send a ship to the wrong place.
 */
import type { Component, Part } from './components';
import type { PositionErrorCode, PositionFormat } from './types';
import { fmt } from './types';

/** A coordinate's magnitude in degrees and how it was written, or why it is not a coordinate. */
export type Reading =
  { ok: true; degrees: number; format: PositionFormat } | { ok: false; code: PositionErrorCode; reason: string };

/** Reads the unsigned magnitude of `comp` (sign and hemisphere are applied by the caller). */
export function interpret(comp: Component): Reading {
  const parts = comp.parts;
  if (parts.length === 1) {
    const only = parts[0];
    if (only.mark !== 'deg' && only.int.length >= 4) return packed(only);
    return { ok: true, degrees: value(only), format: 'decimal' };
  }
  const format: PositionFormat = comp.style === 'hyph' ? 'sitrep' : parts.length === 2 ? 'ddm' : 'dms';
  return fromParts(Number(parts[0].int), value(parts[1]), parts[2] ? value(parts[2]) : 0, format);
}

/** `DDMM.m`, `DDDMM.m`, `DDMMSS.s` or `DDDMMSS.s`, told apart by the count of whole digits. */
function packed(part: Part): Reading {
  const digits = part.int;
  const tail = part.frac === null ? '' : `.${part.frac}`;
  const n = digits.length;
  if (n === 4 || n === 5) {
    const d = n - 2;
    return fromParts(Number(digits.slice(0, d)), Number(digits.slice(d) + tail), 0, 'nmea-ddmm');
  }
  if (n === 6 || n === 7) {
    const d = n - 4;
    const m = Number(digits.slice(d, d + 2));
    return fromParts(Number(digits.slice(0, d)), m, Number(digits.slice(d + 2) + tail), 'dms');
  }
  return { ok: false, code: 'malformed', reason: `${digits}${tail} has too many digits to be a coordinate` };
}

function fromParts(d: number, m: number, s: number, format: PositionFormat): Reading {
  if (!(m < 60)) return { ok: false, code: 'minutes-range', reason: `minutes must be below 60 (got ${fmt(m)})` };
  if (!(s < 60)) return { ok: false, code: 'seconds-range', reason: `seconds must be below 60 (got ${fmt(s)})` };
  return { ok: true, degrees: d + m / 60 + s / 3600, format };
}

function value(part: Part): number {
  return Number(part.frac === null ? part.int : `${part.int}.${part.frac}`);
}
