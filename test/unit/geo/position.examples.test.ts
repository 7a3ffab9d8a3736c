/**
 * Every line of shared/data/positions/examples.tsv, read at test time so that adding a line to the
 * data file adds a test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePosition } from '../../../shared/geo/position';

const FILE = join(__dirname, '..', '..', '..', 'shared', 'data', 'positions', 'examples.tsv');

interface Example {
  text: string;
  lat: number | 'ERROR';
  lon: number | 'ERROR';
}

function examples(): Example[] {
  return readFileSync(FILE, 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [text, lat, lon] = line.split('\t');
      return {
        text,
        lat: lat === 'ERROR' ? 'ERROR' : Number(lat),
        lon: lon === 'ERROR' ? 'ERROR' : Number(lon),
      };
    });
}

const all = examples();
const accepted = all.filter((e) => e.lat !== 'ERROR').map((e) => [e.text, e.lat, e.lon] as const);
const refused = all.filter((e) => e.lat === 'ERROR').map((e) => [e.text] as const);

describe('the position texts of examples.tsv', () => {
  it('are all here (the file was found and read)', () => {
    expect(all.length).toBeGreaterThanOrEqual(26);
  });

  it.each(accepted)('"%s" is read as %f, %f to within 1e-6 degrees', (text, lat, lon) => {
    const r = parsePosition(text);
    if (!r.ok) throw new Error(`refused: ${r.reason}`);
    expect(Math.abs(r.lat - (lat as number))).toBeLessThan(1e-6);
    expect(Math.abs(r.lon - (lon as number))).toBeLessThan(1e-6);
  });

  it.each(refused)('"%s" is refused with a reason a person can read', (text) => {
    const r = parsePosition(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^[a-z"].{10,}/);
  });
});
