/**
 * Free-text position parser: `parsePosition("35°46.6'N 014°17.5'E")` gives
 * `{ ok: true, lat: 35.7767, lon: 14.2917, format: 'ddm' }`, and a text it cannot read gives
 * `{ ok: false, code, reason }` with a sentence an operator can act on. It never throws.
 */
import { readPosition } from './parse';
import type { ParsedPosition } from './types';

export { MAX_POSITION_TEXT } from './parse';
export type { ParsedPosition, PositionErrorCode, PositionFormat } from './types';

/** The one position written in `text`, or why there is none; never throws, whatever the input. */
export function parsePosition(text: string): ParsedPosition {
  try {
    return readPosition(text);
  } catch {
    // A bug must not take call intake down with it: the raw text is kept and shown regardless.
    return {
      ok: false,
      code: 'internal',
      reason: 'the position could not be read (internal error); please enter it by hand',
    };
  }
}
