/**
 * Cuts normalised free text into the pieces positions are made of: numbers (with their sign and
 * decimal part), degree/minute/second marks, the SITREP hyphen, hemisphere letters and words,
 * `lat`/`lon` labels, separators, and everything else as opaque words that keep unrelated numbers
 * apart. One pass over the characters, no regular expression that could backtrack.
 */
import { type Axis, classifyWord, type Mark, type WordClass } from './words';

/** One piece of the text, with its [start, end) offsets. */
export type Token =
  | { kind: 'num'; int: string; frac: string | null; sign: '+' | '-' | null; start: number; end: number }
  | { kind: 'mark'; mark: Mark; start: number; end: number }
  | { kind: 'hemi'; axis: Axis; sign: 1 | -1 | 0; text: string; start: number; end: number }
  | { kind: 'label'; axis: Axis; start: number; end: number }
  | { kind: 'sep'; ch: string; start: number; end: number }
  | { kind: 'word'; start: number; end: number };

/** ASCII character classes, looked up rather than searched for on every character. */
const OTHER = 0;
const BLANK = 1;
const SEP = 2;
const MARK = 3;
const CLASS = new Uint8Array(128);
for (const ch of ' \t\r\n\f\v()[]{}<>') CLASS[ch.charCodeAt(0)] = BLANK;
for (const ch of ',;/|:=&+-') CLASS[ch.charCodeAt(0)] = SEP;
for (const ch of `'"`) CLASS[ch.charCodeAt(0)] = MARK;

function classOf(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return CLASS[c];
  if (text[i] === '°') return MARK;
  return text[i].trim() === '' ? BLANK : OTHER;
}

/** The tokens of `text`; with `commaDecimal`, `46,628` is one number rather than two. */
export function tokenize(text: string, commaDecimal: boolean): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i];
    if (isDigit(text, i) || ((ch === '+' || ch === '-') && isDigit(text, i + 1) && !isDigit(text, i - 1))) {
      i = readNumber(text, i, commaDecimal, out);
    } else if (ch === '-' && isDigit(text, i - 1) && isDigit(text, i + 1)) {
      out.push({ kind: 'mark', mark: 'hyph', start: i, end: i + 1 });
      i++;
    } else if (ch === '°') {
      out.push({ kind: 'mark', mark: 'deg', start: i, end: i + 1 });
      i++;
    } else if (ch === "'" || ch === '"') {
      const double = ch === "'" && text[i + 1] === "'";
      const len = double ? 2 : 1;
      out.push({ kind: 'mark', mark: double || ch === '"' ? 'sec' : 'min', start: i, end: i + len });
      i += len;
    } else if (classOf(text, i) === BLANK) {
      i++;
    } else if (classOf(text, i) === SEP) {
      out.push({ kind: 'sep', ch, start: i, end: i + 1 });
      i++;
    } else if (isLetter(ch)) {
      let j = i + 1;
      while (j < n && isLetter(text[j])) j++;
      out.push(wordToken(classifyWord(text.slice(i, j)), out[out.length - 1], i, j));
      i = j;
    } else {
      let j = i + 1;
      while (j < n && classOf(text, j) === OTHER && !isLetter(text[j]) && !isDigit(text, j)) j++;
      out.push({ kind: 'word', start: i, end: j });
      i = j;
    }
  }
  return out;
}

function readNumber(text: string, start: number, commaDecimal: boolean, out: Token[]): number {
  let i = start;
  let sign: '+' | '-' | null = null;
  if (text[i] === '+' || text[i] === '-') sign = text[i++] as '+' | '-';
  const intStart = i;
  while (isDigit(text, i)) i++;
  const int = text.slice(intStart, i);
  let frac: string | null = null;
  if ((text[i] === '.' || (commaDecimal && text[i] === ',')) && isDigit(text, i + 1)) {
    const fracStart = ++i;
    while (isDigit(text, i)) i++;
    frac = text.slice(fracStart, i);
  }
  out.push({ kind: 'num', int, frac, sign, start, end: i });
  return i;
}

/** A letter run becomes a hemisphere, a label, a spelled-out mark after a number, or a word. */
function wordToken(cls: WordClass, previous: Token | undefined, start: number, end: number): Token {
  switch (cls.kind) {
    case 'hemi': return { kind: 'hemi', axis: cls.axis, sign: cls.sign, text: cls.text, start, end };
    case 'label': return { kind: 'label', axis: cls.axis, start, end };
    case 'mark':
      // "35g46.6" or "35 deg 46 min": a spelled mark only counts right after a number.
      if (previous?.kind === 'num') return { kind: 'mark', mark: cls.mark, start, end };
      return { kind: 'word', start, end };
    case 'word': return { kind: 'word', start, end };
  }
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

const LETTER = /\p{L}/u;

function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
}
