/**
 * Groups runs of numbers and marks into coordinates ("components"): `35°46'37.7"`, `35-46.6`,
 * `35 46 37.7`, `3546.628`, `35.777135`. A run splits where a new coordinate must begin: after a
 * decimal part (only the last number of a coordinate may have one), after seconds, at a second
 * degree mark, or where the spelling changes (`54-37 008-18`). Hemisphere letters and labels are
 * attached later (see attach.ts); here only their neighbours are laid out in order.
 */
import type { Token } from './tokens';
import type { Axis, Mark } from './words';

/** One number of a coordinate and the mark typed after it. */
export interface Part {
  int: string;
  frac: string | null;
  mark: Mark | null;
  start: number;
  end: number;
}

/** One coordinate as written; `hemi` and `label` are filled in by attach.ts. */
export interface Component {
  kind: 'comp';
  parts: Part[];
  sign: '+' | '-' | null;
  /** How its numbers were separated: symbols, SITREP hyphens or plain spaces. */
  style: 'mark' | 'hyph' | 'space';
  start: number;
  end: number;
  hemi?: Extract<Token, { kind: 'hemi' }>;
  label?: Axis;
}

/** The text as coordinates and the tokens between them. */
export type Item = Component | Exclude<Token, { kind: 'num' } | { kind: 'mark' }>;

const LEVEL: Record<Mark, number> = { deg: 0, min: 1, sec: 2, hyph: -1 };

/** Coordinates and the tokens around them, in text order. */
export function group(tokens: Token[]): Item[] {
  const items: Item[] = [];
  let cur: Component | undefined;
  for (const tok of tokens) {
    if (tok.kind === 'num') {
      const part: Part = { int: tok.int, frac: tok.frac, mark: null, start: tok.start, end: tok.end };
      if (cur && tok.sign === null && canJoin(cur)) {
        if (cur.parts.length === 1) cur.style = styleOf(cur.parts[0].mark);
        cur.parts.push(part);
        cur.end = tok.end;
      } else {
        cur = { kind: 'comp', parts: [part], sign: tok.sign, style: 'mark', start: tok.start, end: tok.end };
        items.push(cur);
      }
    } else if (tok.kind === 'mark') {
      // A mark right after a number belongs to it; anywhere else it was a quote or an apostrophe.
      const last = cur?.parts[cur.parts.length - 1];
      if (cur && last && last.mark === null && items[items.length - 1] === cur) {
        const split = applyMark(cur, last, tok.mark);
        if (split) {
          cur = split;
          items.push(split);
        }
        cur.end = tok.end;
        cur.parts[cur.parts.length - 1].end = tok.end;
      }
    } else {
      cur = undefined;
      items.push(tok);
    }
  }
  return items;
}

/** Whether a number written right after `cur` continues it rather than starting a new one. */
function canJoin(cur: Component): boolean {
  const last = cur.parts[cur.parts.length - 1];
  if (last.frac !== null || cur.parts.length >= 3 || last.mark === 'sec') return false;
  if (last.mark !== null) return true;
  // Unmarked numbers chain only in all-space spelling: "35 46 37.7", not "54-37 008".
  return cur.parts.length === 1 || cur.style === 'space';
}

function styleOf(mark: Mark | null): Component['style'] {
  if (mark === 'hyph') return 'hyph';
  return mark === null ? 'space' : 'mark';
}

/**
 * Records `mark` on the last part when it fits that part's place (degrees first, then minutes,
 * then seconds). A degree mark on a later part starts a new coordinate, returned for the caller to
 * keep; other misfits are dropped as stray quotes.
 */
function applyMark(cur: Component, last: Part, mark: Mark): Component | undefined {
  const level = cur.parts.length - 1;
  if (mark === 'hyph') {
    if (level === 0 || (level === 1 && cur.style === 'hyph')) last.mark = mark;
    return undefined;
  }
  if (mark === 'deg' && level > 0) {
    cur.parts.pop();
    cur.end = cur.parts[cur.parts.length - 1].end;
    return { kind: 'comp', parts: [{ ...last, mark }], sign: null, style: 'mark', start: last.start, end: last.end };
  }
  if (LEVEL[mark] === level) last.mark = mark;
  return undefined;
}
