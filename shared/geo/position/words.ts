/**
 * The words that mean something in a position: hemisphere letters and their spelled-out forms in
 * the languages callers and crews use around the Mediterranean, `lat`/`lon` labels, and spelled
 * marks (`g` or `deg` typed for the degree sign). Everything else is just a word.
 */
/** Which coordinate a hemisphere or label speaks of. */
export type Axis = 'lat' | 'lon';

/** A degree, minute or second symbol, or a hyphen between degrees and minutes (SITREP style). */
export type Mark = 'deg' | 'min' | 'sec' | 'hyph';

/** What a run of letters means. */
export type WordClass =
  | { kind: 'hemi'; axis: Axis; sign: 1 | -1 | 0; text: string }
  | { kind: 'label'; axis: Axis }
  | { kind: 'mark'; mark: Mark }
  | { kind: 'word' };

// Arabic and Persian words too: callers who type Arabic-Indic digits often spell the directions.
const NORTH = ['n', 'north', 'nord', 'norte', 'شمال', 'شمالا', 'شمالی'];
const SOUTH = ['s', 'south', 'sud', 'süd', 'جنوب', 'جنوبا', 'جنوبی'];
const EAST = ['e', 'east', 'est', 'ost', 'شرق', 'شرقا', 'شرقی'];
const WEST = ['w', 'west', 'ouest', 'oeste', 'ovest', 'غرب', 'غربا', 'غربی'];
// "O" is east to a German (Ost) and west to a French or Spanish speaker (Ouest, Oeste).
const AMBIGUOUS = ['o'];

const LAT_LABELS = ['lat', 'latitude', 'latitud', 'latitudine', 'breite'];
const LON_LABELS = ['lon', 'lng', 'long', 'longitude', 'longitud', 'longitudine', 'länge', 'laenge'];

const DEGREE_WORDS = ['g', 'd', 'deg', 'degs', 'degree', 'degrees', 'grad', 'gradi', 'grados', 'graus', 'gr'];
const MINUTE_WORDS = ['min', 'mins', 'minute', 'minutes', 'minuti', 'minutos'];
const SECOND_WORDS = ['sec', 'secs', 'second', 'seconds', 'secondi', 'segundos'];

const TABLE = new Map<string, WordClass>();
for (const w of NORTH) TABLE.set(w, { kind: 'hemi', axis: 'lat', sign: 1, text: 'N' });
for (const w of SOUTH) TABLE.set(w, { kind: 'hemi', axis: 'lat', sign: -1, text: 'S' });
for (const w of EAST) TABLE.set(w, { kind: 'hemi', axis: 'lon', sign: 1, text: 'E' });
for (const w of WEST) TABLE.set(w, { kind: 'hemi', axis: 'lon', sign: -1, text: 'W' });
for (const w of AMBIGUOUS) TABLE.set(w, { kind: 'hemi', axis: 'lon', sign: 0, text: 'O' });
for (const w of LAT_LABELS) TABLE.set(w, { kind: 'label', axis: 'lat' });
for (const w of LON_LABELS) TABLE.set(w, { kind: 'label', axis: 'lon' });
for (const w of DEGREE_WORDS) TABLE.set(w, { kind: 'mark', mark: 'deg' });
for (const w of MINUTE_WORDS) TABLE.set(w, { kind: 'mark', mark: 'min' });
for (const w of SECOND_WORDS) TABLE.set(w, { kind: 'mark', mark: 'sec' });

const WORD: WordClass = { kind: 'word' };

/** What a run of letters means, ignoring case. */
export function classifyWord(letters: string): WordClass {
  if (letters.length > 12) return WORD;
  return TABLE.get(letters.toLowerCase()) ?? WORD;
}
