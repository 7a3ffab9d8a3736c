/**
 * Folds the many ways people type the same thing into one spelling before anything is read:
 * Arabic-Indic and Persian digits, the Arabic decimal and list separators, the half dozen
 * characters used for degrees, minutes and seconds, Unicode minus signs and dashes, and the
 * invisible marks that right-to-left keyboards and copy-paste leave behind. Every character maps to
 * at most one character, so an offset in the result is close to an offset in the input.
 */

const DEGREE = '°';
const MINUTE = "'";
const SECOND = '"';

/** Single characters replaced one for one. */
const REPLACE: Record<string, string> = {
  '\u066B': '.', // ARABIC DECIMAL SEPARATOR
  '\u060C': ',', // ARABIC COMMA (list separator)
  '\u061B': ';', // ARABIC SEMICOLON
  '\uFF0C': ',', // FULLWIDTH COMMA
  '\uFF0E': '.', // FULLWIDTH FULL STOP
  '\u00BA': DEGREE, // MASCULINE ORDINAL INDICATOR, the Spanish/Portuguese keyboard's degree
  '\u02DA': DEGREE, // RING ABOVE
  '\u2070': DEGREE, // SUPERSCRIPT ZERO
  '\u1D52': DEGREE, // MODIFIER LETTER SMALL O
  '\u2218': DEGREE, // RING OPERATOR
  '\u2032': MINUTE, // PRIME
  '\u2019': MINUTE, // RIGHT SINGLE QUOTATION MARK (phones "smarten" the apostrophe)
  '\u2018': MINUTE, // LEFT SINGLE QUOTATION MARK
  '\u00B4': MINUTE, // ACUTE ACCENT
  '\u0060': MINUTE, // GRAVE ACCENT
  '\u2033': SECOND, // DOUBLE PRIME
  '\u201D': SECOND, // RIGHT DOUBLE QUOTATION MARK
  '\u201C': SECOND, // LEFT DOUBLE QUOTATION MARK
  '\u2212': '-', // MINUS SIGN
  '\u2010': '-', // HYPHEN
  '\u2011': '-', // NON-BREAKING HYPHEN
  '\u2012': '-', // FIGURE DASH
  '\u2013': '-', // EN DASH (word processors turn SITREP hyphens into these)
  '\u2014': '-', // EM DASH
  '\uFE63': '-', // SMALL HYPHEN-MINUS
  '\uFF0D': '-', // FULLWIDTH HYPHEN-MINUS
};

/** Characters that carry no meaning here: bidi controls, zero-width joiners, the BOM. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF\u00AD]/;

const ASCII = /^[\x00-\x7f]*$/;

/** Zero of each decimal digit block people send positions in. */
const DIGIT_ZEROS = [
  0x0660, // Arabic-Indic
  0x06f0, // Extended Arabic-Indic (Persian, Urdu)
  0x0966, // Devanagari
  0x09e6, // Bengali
  0xff10, // Fullwidth
];

/** The text with digits, separators and symbols folded to ASCII where they mean the same. */
export function normaliseText(text: string): string {
  if (ASCII.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out += ch;
      continue;
    }
    const digit = asciiDigit(code);
    if (digit !== undefined) out += digit;
    else if (REPLACE[ch] !== undefined) out += REPLACE[ch];
    else if (INVISIBLE.test(ch)) continue;
    else if (/\s/.test(ch)) out += ' ';
    else out += ch;
  }
  return out;
}

function asciiDigit(code: number): string | undefined {
  for (const zero of DIGIT_ZEROS) {
    if (code >= zero && code <= zero + 9) return String(code - zero);
  }
  return undefined;
}
