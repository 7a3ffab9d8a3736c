/**
 * `haven decode-ais` as the contract gives it, run as a real process: one JSON object per decoded
 * message on stdout, the line count and skip reasons on stderr, exit 0 even when lines were skipped,
 * exit 2 for a file that cannot be read. Input is streamed: output starts before the input ends.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeAisText } from '../../shared/ais';
import { HAVEN_BIN, runHaven } from '../helpers/cli';

/** `haven decode-ais <args>`. */
const haven = (args: string[], stdin?: string | Buffer) => runHaven(['decode-ais', ...args], { stdin });

const ROOT = join(__dirname, '..', '..');
const SAMPLE = join(ROOT, 'shared/data/ais/sample.aivdm');
const VARIANTS = join(ROOT, 'test/fixtures/ais/feed-variants.nmea');

const jsonLines = (text: string): unknown[] =>
  text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as unknown);

describe('haven decode-ais', () => {
  jest.setTimeout(60_000);

  it("prints gpsd's sample file as one JSON object per message, the same the library decodes", async () => {
    const r = await haven([SAMPLE]);
    expect(r.code).toBe(0);
    const expected = JSON.parse(JSON.stringify(decodeAisText(readFileSync(SAMPLE, 'utf8')).messages)) as unknown[];
    expect(expected).toHaveLength(30);
    expect(jsonLines(r.stdout)).toEqual(expected);
    expect(r.stderr).toBe(
      'decode-ais: 1121 lines, 30 messages, 1086 skipped (empty: 1, not-aivdm: 1002, unsupported-type: 83)\n',
    );
  });

  it('decodes real feeds: CRLF, tag blocks, other talkers, receiver fields, interleaved multipart', async () => {
    const r = await haven([VARIANTS]);
    expect(r.code).toBe(0);
    const messages = jsonLines(r.stdout) as Array<Record<string, unknown>>;
    expect(messages.map((m) => m.type)).toEqual([1, 18, 27, 9, 1, 5, 5]);
    expect(messages.filter((m) => m.type === 5).map((m) => m.shipname)).toEqual(['ALAN KURDI', 'OCEAN VIKING']);
    expect(messages[3]).toMatchObject({ mmsi: 111232511, alt: 303, speed: 42 });
    expect(r.stderr).toBe(
      'decode-ais: 15 lines, 7 messages, 6 skipped (empty: 1, not-aivdm: 3, bad-checksum: 1, orphan-fragment: 1)\n',
    );
  });

  it('reads stdin with - and with no argument, exactly as it reads a file', async () => {
    const input = readFileSync(SAMPLE);
    const fromFile = await haven([SAMPLE]);
    for (const args of [['-'], []]) {
      const r = await haven(args, input);
      expect(r).toEqual(fromFile);
    }
  });

  it('exits 0 on input that is all garbage, with every line counted', async () => {
    const garbage = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256));
    const r = await haven(['-'], garbage);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^decode-ais: \d+ lines, 0 messages, \d+ skipped \(/);
    const [, lines, skipped] = /(\d+) lines, 0 messages, (\d+) skipped/.exec(r.stderr)!;
    expect(lines).toBe(skipped);
  });

  it('exits 2 with a one-line reason when the file does not exist', async () => {
    const r = await haven(['/nonexistent/feed.nmea']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'haven decode-ais: no such file: /nonexistent/feed.nmea\n' });
  });

  it('exits 2 for a directory or more than one argument', async () => {
    expect((await haven([ROOT])).code).toBe(2);
    const r = await haven([SAMPLE, SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('streams: a message comes out as soon as its line is in, before the input has ended', async () => {
    const child = spawn(process.execPath, [HAVEN_BIN, 'decode-ais', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const firstOutput = new Promise<string>((resolve) => child.stdout.setEncoding('utf8').once('data', resolve));
    child.stdin.write('!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A\n');
    expect(JSON.parse((await firstOutput).split('\n')[0]!)).toMatchObject({ mmsi: 371798000 });
    expect(child.exitCode).toBeNull(); // still waiting for the rest of its input
    child.stdin.end();
    expect(await new Promise((resolve) => child.on('close', resolve))).toBe(0);
  });

  it('stops quietly, exit 0, when its reader goes away (| head)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'haven-decode-ais-'));
    try {
      const big = join(dir, 'big.nmea');
      writeFileSync(big, '!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A\n'.repeat(200_000));
      const child = spawn(process.execPath, [HAVEN_BIN, 'decode-ais', big], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => {
        stderr += d;
      });
      child.stdout.once('data', () => child.stdout.destroy());
      expect(await new Promise((resolve) => child.on('close', resolve))).toBe(0);
      expect(stderr).not.toMatch(/EPIPE|Error/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
