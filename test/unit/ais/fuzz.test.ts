/**
 * Robustness: whatever arrives on a feed (damaged real sentences, spliced lines, random checksums,
 * random text or bytes), the decoder never throws, every line is accounted for exactly once, and
 * noise between good sentences neither stalls nor corrupts their decoding.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { AisDecoder, SKIP_REASONS, decodeAisText, type AisDecoderStats } from '../../../shared/ais';

const DATA = path.join(__dirname, '../../../shared/data/ais');
const REAL = ['sample.aivdm', 'ais-nmea.log', 'ais-18-27.log']
  .flatMap((name) => readFileSync(path.join(DATA, name), 'latin1').split('\n'))
  .filter((line) => line.startsWith('!'));

const realSentence = fc.constantFrom(...REAL);
const printable = fc.integer({ min: 32, max: 126 }).map((c) => String.fromCharCode(c));

/** Real sentences damaged the ways radio links and serial lines damage them. */
const damaged = fc.oneof(
  fc
    .tuple(realSentence, fc.nat(), printable)
    .map(([s, i, ch]) => s.slice(0, i % s.length) + ch + s.slice((i % s.length) + 1)),
  fc.tuple(realSentence, fc.nat()).map(([s, i]) => s.slice(0, i % (s.length + 1))),
  fc
    .tuple(realSentence, realSentence, fc.nat(), fc.nat())
    .map(([a, b, i, j]) => a.slice(0, i % a.length) + b.slice(j % b.length)),
  fc
    .tuple(realSentence, fc.integer({ min: 0, max: 255 }))
    .map(([s, sum]) => s.replace(/\*[0-9A-F]{2}/i, `*${sum.toString(16).padStart(2, '0')}`)),
  fc.tuple(realSentence, fc.string()).map(([s, tail]) => s + tail),
  fc.tuple(fc.string(), realSentence).map(([head, s]) => `\\${head}\\${s}`),
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  realSentence,
);

function expectAccounted(stats: AisDecoderStats): void {
  expect(stats.lines).toBe(stats.linesDecoded + stats.linesPending + stats.linesSkipped);
  expect(SKIP_REASONS.reduce((sum, r) => sum + stats.reasons[r], 0)).toBe(stats.linesSkipped);
  expect(stats.messages).toBeLessThanOrEqual(stats.linesDecoded);
}

describe('fuzzing the decoder with damaged real sentences', () => {
  test('it never throws, and lines = decoded + pending + skipped with every skip under one reason', () => {
    fc.assert(
      fc.property(
        fc.array(damaged, { maxLength: 60 }),
        fc.array(fc.nat({ max: 20_000 }), { minLength: 1 }),
        (lines, times) => {
          const decoder = new AisDecoder({ fragmentTimeoutMs: 5_000, maxPendingMessages: 8 });
          let now = 0;
          lines.forEach((line, i) => {
            now += times[i % times.length]!;
            const result = decoder.push(line, now);
            // A line yields a message, a skip reason, or (a fragment held) neither; never both.
            expect(result.message !== undefined && result.skipped !== undefined).toBe(false);
            if (result.skipped) expect(SKIP_REASONS).toContain(result.skipped);
          });
          expectAccounted(decoder.stats);
          decoder.sweep(now + 10_000);
          expectAccounted(decoder.stats);
          decoder.flush();
          expect(decoder.stats.linesPending).toBe(0);
          expectAccounted(decoder.stats);
          expect(decoder.stats.lines).toBe(lines.length);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('random bytes and random line bounds never make pushBytes throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(), fc.nat(), (bytes, a, b) => {
        const decoder = new AisDecoder();
        const start = bytes.length === 0 ? 0 : a % bytes.length;
        const end = start + (bytes.length === 0 ? 0 : b % (bytes.length - start + 1));
        decoder.pushBytes(bytes, start, end);
        decoder.pushBytes(bytes, 0, bytes.length);
        expectAccounted(decoder.stats);
      }),
      { numRuns: 1000 },
    );
  });

  test('noise lines between good sentences change nothing about the messages decoded', () => {
    const clean = decodeAisText(REAL.join('\n')).messages;
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.string({ maxLength: 80 }).filter((s) => !s.includes('\n') && !/^\s*[!\\]/.test(s)),
          ),
        ),
        (noise) => {
          const lines = [...REAL];
          for (const [at, text] of noise) lines.splice(at % (lines.length + 1), 0, text);
          expect(decodeAisText(lines.join('\n')).messages).toEqual(clean);
        },
      ),
      { numRuns: 50 },
    );
  });

  test('a sentence with a single character changed is never decoded into a different message', () => {
    const decodeOne = (line: string): unknown => new AisDecoder().push(line).message;
    const single = REAL.filter((s) => s.startsWith('!AIVDM,1,1,'));
    fc.assert(
      fc.property(fc.constantFrom(...single), fc.nat(), printable, (s, i, ch) => {
        const at = s.indexOf(',', 14) > 0 ? 14 + (i % (s.indexOf(',', 14) - 14)) : 14; // somewhere in the payload
        if (s[at] === ch) return;
        const message = decodeOne(s.slice(0, at) + ch + s.slice(at + 1));
        // The checksum catches every single-character change, so nothing wrong is ever reported.
        expect(message).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
