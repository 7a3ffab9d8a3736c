/**
 * Cuts normalised free text into the pieces positions are made of: numbers (with their sign and
 * decimal part), degree/minute/second marks, the SITREP hyphen, hemisphere letters and words,
 * `lat`/`lon` labels, separators, and everything else as opaque words that keep unrelated numbers
 * apart. Digits that belong to something other than a number are words too: identifiers
 * (`D-000001-lampedusa`, `C-000042`), clock times (`22:40`) and ISO dates (`2026-11-27`), so
 * that their hyphens are not minus signs and their digits are not degrees. One pass over the
 * characters, no regular expression that could backtrack.
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
    if (isDigit(text, i)) {
      const end = startsFree(text, i, out) ? dateOrTimeEnd(text, i, commaDecimal) : i;
      if (end > i) {
        out.push({ kind: 'word', start: i, end });
        i = end;
      } else {
        i = readNumber(text, i, commaDecimal, out);
      }
    } else if ((ch === '+' || ch === '-') && isDigit(text, i + 1) && !isDigit(text, i - 1)) {
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
      i = readLetters(text, i, out);
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

/**
 * A letter run and, when the run is an ordinary word joined by a hyphen to digits, the rest of
 * that identifier: `D-000001-lampedusa`, `C-000042`, `MV-35`. Without this the hyphen would be
 * read as a minus sign, the digits as a coordinate (`-000001` is packed 0°00'01"), and `D` as a
 * spelled degree sign for the number before it, so `Y 40 D-000001` became 40, -0.0003.
 * Hemisphere letters and labels are not identifiers: `Lat-33.9` is Iridium's signed latitude and
 * `N-35.5` is refused as a sign conflict rather than guessed at.
 */
function readLetters(text: string, start: number, out: Token[]): number {
  let j = start + 1;
  while (j < text.length && isLetter(text[j])) j++;
  const cls = classifyWord(text.slice(start, j));
  const end = cls.kind === 'word' || cls.kind === 'mark' ? identifierEnd(text, j) : j;
  out.push(end > j ? { kind: 'word', start, end } : wordToken(cls, out[out.length - 1], start, j));
  return end;
}

/** Where hyphen-joined pieces after a word end (`-000001-lampedusa`); `j` unless the first holds digits. */
function identifierEnd(text: string, j: number): number {
  if (text[j] !== '-' || !isDigit(text, j + 1)) return j;
  let k = j;
  while (text[k] === '-' && (isDigit(text, k + 1) || isLetter(text[k + 1]))) {
    k++;
    while (isDigit(text, k) || isLetter(text[k]) || (text[k] === '.' && isDigit(text, k - 1) && isDigit(text, k + 1)))
      k++;
  }
  return k;
}

/**
 * Whether digits at `i` start a fresh piece of text rather than continue a number (`35.22:40`,
 * `12-22:40`) or follow a hemisphere letter, label or mark (`N12:30` may be 12°30'N).
 */
function startsFree(text: string, i: number, out: Token[]): boolean {
  if (i === 0) return true;
  const before = text[i - 1];
  if (isDigit(text, i - 1) || before === '.' || before === ',' || before === ':' || before === '-' || before === '+')
    return false;
  const last = out[out.length - 1];
  return (
    last === undefined || last.end !== i || (last.kind !== 'hemi' && last.kind !== 'label' && last.kind !== 'mark')
  );
}

/**
 * The end of a clock time (`22:40`, `7:05:30`) or an ISO date (`2026-11-27`) at `i`, or `i` when
 * there is none. Hours above 23, minutes or seconds above 59, or a decimal part, degree sign or
 * hemisphere letter after it (`12:30.5`, `12:30N`) leave the digits to be read as numbers.
 */
function dateOrTimeEnd(text: string, i: number, commaDecimal: boolean): number {
  let k = i;
  if (
    isTwoDigits(text, i, 19, 20) &&
    isDigit(text, i + 2) &&
    isDigit(text, i + 3) &&
    text[i + 4] === '-' &&
    isTwoDigits(text, i + 5, 1, 12) &&
    text[i + 7] === '-' &&
    isTwoDigits(text, i + 8, 1, 31)
  ) {
    k = i + 10;
  } else {
    const h = isDigit(text, i + 1) ? i + 2 : i + 1;
    if (text[h] !== ':' || !isTwoDigits(text, h + 1, 0, 59) || Number(text.slice(i, h)) > 23) return i;
    k = h + 3;
    if (text[k] === ':' && isTwoDigits(text, k + 1, 0, 59)) k += 3;
  }
  const next = text[k];
  if (isDigit(text, k) || next === '°' || next === "'" || next === '"') return i;
  if ((next === '.' || next === ':' || next === '-' || (commaDecimal && next === ',')) && isDigit(text, k + 1))
    return i;
  if (isLetter(next)) {
    let j = k + 1;
    while (j < text.length && isLetter(text[j])) j++;
    if (classifyWord(text.slice(k, j)).kind !== 'word') return i;
  }
  return k;
}

/** Whether `text` has two digits at `i` whose value is within [min, max]. */
function isTwoDigits(text: string, i: number, min: number, max: number): boolean {
  if (!isDigit(text, i) || !isDigit(text, i + 1)) return false;
  const v = (text.charCodeAt(i) - 48) * 10 + (text.charCodeAt(i + 1) - 48);
  return v >= min && v <= max;
}

/** A letter run becomes a hemisphere, a label, a spelled-out mark after a number, or a word. */
function wordToken(cls: WordClass, previous: Token | undefined, start: number, end: number): Token {
  switch (cls.kind) {
    case 'hemi':
      return { kind: 'hemi', axis: cls.axis, sign: cls.sign, text: cls.text, start, end };
    case 'label':
      return { kind: 'label', axis: cls.axis, start, end };
    case 'mark':
      // "35g46.6" or "35 deg 46 min": a spelled mark only counts right after a number.
      if (previous?.kind === 'num') return { kind: 'mark', mark: cls.mark, start, end };
      return { kind: 'word', start, end };
    case 'word':
      return { kind: 'word', start, end };
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
