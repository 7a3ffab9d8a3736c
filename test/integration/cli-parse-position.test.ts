/**
 * `haven parse-position` as the contract gives it, run as a real process: one JSON line and exit 0
 * for a position, the reason on stderr and exit 2 otherwise, `-` for stdin.
 */
import { runHaven } from '../helpers/cli';

describe('haven parse-position', () => {
  jest.setTimeout(30_000);

  it('prints one JSON line with lat, lon and format, and exits 0', async () => {
    const r = await runHaven(['parse-position', "35°46.6'N 014°17.5'E"]);
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith('\n')).toBe(true);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['lat', 'lon', 'format']);
    expect(out).toEqual({ lat: expect.closeTo(35.776667, 5), lon: expect.closeTo(14.291667, 5), format: 'ddm' });
  });

  it('takes a text that starts with a minus sign as the position, not as an option', async () => {
    const r = await runHaven(['parse-position', '-33.9012, 151.2093']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ lat: -33.9012, lon: 151.2093, format: 'decimal' });
  });

  it('reads the text from stdin with -, Arabic digits and a trailing newline included', async () => {
    const r = await runHaven(['parse-position', '-'], { stdin: '٣٥٫٧٧٧١٣٥، ١٤٫٢٩١٧٣٥\n' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ lat: 35.777135, lon: 14.291735, format: 'decimal' });
  });

  it('exits 2 with the reason on one stderr line when the text holds no position', async () => {
    const r = await runHaven(['parse-position', "35°61'N 014°17'E"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^haven parse-position: minutes must be below 60 \(got 61\).*\n$/);
  });

  it('exits 2 for several different positions, read from stdin', async () => {
    const r = await runHaven(['parse-position', '-'], { stdin: '35.5N 14.2E\n36.5N 15.2E\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2 different positions');
  });

  it('exits 2 when the text is missing', async () => {
    const r = await runHaven(['parse-position']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('expects one argument');
  });
});
