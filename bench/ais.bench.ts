/**
 * `npm run bench:ais`: Haven's AIS decoder against gpsd's gpsdecode on the same corpus, in the same
 * run. The corpus repeats the real captures in shared/data/ais with the multipart sequence ids
 * varied per repetition (checksums recomputed), so multipart assembly is exercised throughout.
 * Reported: sentences per second for Haven in-process (decode only, and decode + JSON), for the
 * `haven decode-ais` CLI end to end, and for gpsdecode, each the best of several interleaved runs.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AisDecoder, SKIP_REASONS, SUPPORTED_TYPES } from '../shared/ais';

const ROOT = path.join(__dirname, '..');
const DATA = path.join(ROOT, 'shared/data/ais');
const CAPTURES = ['sample.aivdm', 'ais-nmea.log', 'ais-18-27.log'];
const TARGET_LINES = Number(process.env.AIS_BENCH_LINES ?? 400_000);
const RUNS = Number(process.env.AIS_BENCH_RUNS ?? 3);

function checksum(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum ^= body.charCodeAt(i);
  return sum.toString(16).toUpperCase().padStart(2, '0');
}

/** A multipart sentence with its sequence id moved on by `shift`; other sentences unchanged. */
function shiftSequenceId(line: string, shift: number): string {
  const m = /^(!\w{5}),(\d),(\d),(\d),([^*]*)\*[0-9A-Fa-f]{2}(.*)$/.exec(line);
  if (!m || m[2] === '1') return line;
  const body = `${m[1]!.slice(1)},${m[2]},${m[3]},${(Number(m[4]) + shift) % 10},${m[5]}`;
  return `!${body}*${checksum(body)}${m[6]}`;
}

function buildCorpus(file: string): number {
  const sentences = CAPTURES.flatMap((name) => readFileSync(path.join(DATA, name), 'latin1').split('\n'))
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.startsWith('!'));
  const out: string[] = [];
  for (let rep = 0; out.length < TARGET_LINES; rep++) for (const s of sentences) out.push(shiftSequenceId(s, rep));
  writeFileSync(file, `${out.join('\n')}\n`, 'latin1');
  return out.length;
}

/** The corpus as a feed listener would see it: one flat string per line. */
function readLines(file: string): string[] {
  const text = readFileSync(file).toString('latin1');
  return text
    .slice(0, -1)
    .split('\n')
    .map((l) => Buffer.from(l, 'latin1').toString('latin1'));
}

interface Timing {
  seconds: number;
  messages: number;
  /** Output size, so that the JSON work cannot be optimised away. */
  bytes: number;
  skipped?: string;
}

/** Decodes string lines with `push`, as an API user holding strings would. */
function timeStrings(lines: string[], withJson: boolean): Timing {
  const decoder = new AisDecoder();
  const timing = { seconds: 0, messages: 0, bytes: 0 };
  const start = process.hrtime.bigint();
  for (const line of lines) {
    const { message } = decoder.push(line);
    if (message === undefined) continue;
    timing.messages++;
    if (withJson) timing.bytes += JSON.stringify(message).length;
  }
  timing.seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return timing;
}

/** Decodes the raw bytes with `pushBytes`, as a socket listener (or the CLI) does. */
function timeBytes(bytes: Buffer, withJson: boolean): Timing {
  const decoder = new AisDecoder();
  const timing: Timing = { seconds: 0, messages: 0, bytes: 0 };
  const begin = process.hrtime.bigint();
  for (let start = 0, nl = bytes.indexOf(10); nl >= 0; start = nl + 1, nl = bytes.indexOf(10, start)) {
    const { message } = decoder.pushBytes(bytes, start, nl);
    if (message === undefined) continue;
    timing.messages++;
    if (withJson) timing.bytes += JSON.stringify(message).length;
  }
  timing.seconds = Number(process.hrtime.bigint() - begin) / 1e9;
  const { reasons } = decoder.stats;
  const skipped = SKIP_REASONS.filter((r) => reasons[r] > 0).map((r) => `${r}: ${reasons[r]}`);
  return { ...timing, skipped: skipped.join(', ') || 'none' };
}

/** Wall time of a command reading `file` on stdin (or as argument) and writing to /dev/null. */
function timeCommand(command: string, args: string[], stdinFile?: string): number | undefined {
  const stdin = stdinFile ? openSync(stdinFile, 'r') : 'ignore';
  const devnull = openSync('/dev/null', 'w');
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { stdio: [stdin, devnull, 'pipe'], timeout: 600_000 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (typeof stdin === 'number') closeSync(stdin);
  closeSync(devnull);
  return result.status === 0 ? seconds : undefined;
}

function countLines(command: string, args: string[], stdinFile: string): number {
  const result = spawnSync(command, args, { input: readFileSync(stdinFile), maxBuffer: 1 << 30 });
  return result.stdout
    .toString()
    .split('\n')
    .filter((l) => l.startsWith('{')).length;
}

function rate(lines: number, seconds: number): string {
  return `${Math.round(lines / seconds)
    .toLocaleString('en-US')
    .padStart(11)} sentences/s (${seconds.toFixed(3)} s)`;
}

function main(): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'haven-ais-bench-'));
  try {
    const corpus = path.join(dir, 'corpus.nmea');
    const total = buildCorpus(corpus);
    console.log(
      `corpus: ${total.toLocaleString('en-US')} AIVDM/AIVDO sentences (${CAPTURES.join(', ')} repeated), ${corpus}`,
    );
    const gpsdecode = path.join(ROOT, 'scripts/gpsdecode');
    const haven = [path.join(ROOT, 'bin/haven.js'), 'decode-ais', corpus];
    const probe = spawnSync(gpsdecode, ['-V'], { encoding: 'utf8', timeout: 300_000 });
    // gpsdecode -V prints its version on stderr.
    const gpsdVersion = probe.status === 0 ? `${probe.stdout}${probe.stderr}`.trim() : undefined;
    if (!gpsdVersion)
      console.log(
        `gpsdecode unavailable (could not fetch Debian's gpsd-clients): reporting Haven alone.\n${probe.stderr ?? ''}`,
      );

    const lines = readLines(corpus);
    const bytes = readFileSync(corpus);
    const types = ['-t', SUPPORTED_TYPES.join(',')];
    const best = {
      strings: Infinity,
      decode: Infinity,
      json: Infinity,
      cli: Infinity,
      gpsd: Infinity,
      gpsdAll: Infinity,
    };
    let messages = 0;
    let skipped = '';
    for (let run = 0; run < RUNS; run++) {
      best.strings = Math.min(best.strings, timeStrings(lines, false).seconds);
      const decode = timeBytes(bytes, false);
      messages = decode.messages;
      skipped = decode.skipped ?? '';
      best.decode = Math.min(best.decode, decode.seconds);
      best.json = Math.min(best.json, timeBytes(bytes, true).seconds);
      best.cli = Math.min(best.cli, timeCommand(process.execPath, haven) ?? Infinity);
      if (!gpsdVersion) continue;
      best.gpsd = Math.min(best.gpsd, timeCommand(gpsdecode, types, corpus) ?? Infinity);
      best.gpsdAll = Math.min(best.gpsdAll, timeCommand(gpsdecode, [], corpus) ?? Infinity);
    }
    console.log(`Haven in-process, push(string)   ${rate(total, best.strings)}`);
    console.log(
      `Haven in-process, pushBytes      ${rate(total, best.decode)}  -> ` +
        `${messages.toLocaleString('en-US')} messages; lines skipped: ${skipped}`,
    );
    console.log(`Haven in-process, bytes + JSON   ${rate(total, best.json)}`);
    console.log(`Haven CLI (haven decode-ais)     ${rate(total, best.cli)}  end to end, incl. Node start-up`);
    if (!gpsdVersion) return;
    const gpsdMessages = countLines(gpsdecode, types, corpus);
    console.log(
      `gpsdecode -t <Haven's types>     ${rate(total, best.gpsd)}  -> ` +
        `${gpsdMessages.toLocaleString('en-US')} messages (type 24 only as merged pairs)`,
    );
    console.log(
      `gpsdecode, all types             ${rate(total, best.gpsdAll)}  (${gpsdVersion}; also prints types Haven skips)`,
    );
    const ratio = (haven: number): string => `${(best.gpsd / haven).toFixed(2)}x`;
    console.log(
      `speed ratio Haven / gpsdecode -t: push(string) ${ratio(best.strings)}, pushBytes ${ratio(best.decode)}, ` +
        `bytes + JSON ${ratio(best.json)}, CLI end to end ${ratio(best.cli)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
