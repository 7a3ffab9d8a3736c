/**
 * `haven decode-ais [file|-]`: NMEA AIVDM/AIVDO lines in (a file, or stdin with `-` or no argument),
 * one JSON object per decoded message out, in gpsd's field names and scaled units. The input is
 * streamed chunk by chunk and line by line, so a capture of any size decodes in constant memory.
 * Lines that are not usable are skipped and counted; the count and reasons go to stderr at the end,
 * and the exit code stays 0.
 */
import { once } from 'node:events';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { AisDecoder, SKIP_REASONS, type AisDecoderStats } from '../../shared/ais';
import { UsageError } from './usage-error';

const LF = 10;
const CR = 13;
/** No NMEA line comes near this; a longer run without a line break (binary noise) is cut here. */
const MAX_LINE_BYTES = 64 * 1024;

async function openInput(source: string): Promise<Readable> {
  if (source === '-') return process.stdin;
  try {
    const handle = await open(source, 'r');
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      throw new UsageError(`${source} is a directory`);
    }
    return handle.createReadStream();
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT' ? `no such file: ${source}` : `cannot read ${source} (${code ?? String(err)})`,
    );
  }
}

/**
 * Calls `onLine` with the bounds of each complete line in `buf` (LF or CRLF) and returns the
 * unfinished tail. We split bytes ourselves rather than use readline: the decoder reads bytes
 * (NMEA is ASCII), so no string is made per line at all; with readline, making and splitting the
 * strings cost about as much as decoding them (see bench/ais.bench.ts).
 */
function splitLines(buf: Buffer, onLine: (bytes: Buffer, start: number, end: number) => void): Buffer | undefined {
  let start = 0;
  for (let nl = buf.indexOf(LF); nl >= 0; nl = buf.indexOf(LF, start)) {
    onLine(buf, start, nl > start && buf[nl - 1] === CR ? nl - 1 : nl);
    start = nl + 1;
  }
  return start < buf.length ? buf.subarray(start) : undefined;
}

/** The closing line on stderr: `decode-ais: 1500 lines, 1432 messages, 12 skipped (bad-checksum: 10, ...)`. */
export function summary(stats: AisDecoderStats): string {
  const reasons = SKIP_REASONS.filter((r) => stats.reasons[r] > 0).map((r) => `${r}: ${stats.reasons[r]}`);
  const detail = reasons.length > 0 ? ` (${reasons.join(', ')})` : '';
  return `decode-ais: ${stats.lines} lines, ${stats.messages} messages, ${stats.linesSkipped} skipped${detail}`;
}

/** Runs the command; resolves to the exit code. */
export async function run(args: string[]): Promise<number> {
  if (args.length > 1) throw new UsageError('expects at most one argument: a file, or - for stdin');
  const input = await openInput(args[0] ?? '-');
  const out = process.stdout;
  const decoder = new AisDecoder();
  let batch = '';
  let closed = false;
  // A reader that stops early (`| head`) is not an error: stop decoding and finish quietly.
  out.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    closed = true;
  });
  const onLine = (bytes: Buffer, start: number, end: number): void => {
    const { message } = decoder.pushBytes(bytes, start, end);
    if (message !== undefined) batch += `${JSON.stringify(message)}\n`;
  };
  const writeBatch = async (): Promise<void> => {
    const text = batch;
    batch = '';
    // Waiting for 'drain' is the back-pressure: a slow reader slows the decoding, not the memory.
    if (!closed && !out.write(text)) await once(out, 'drain').catch(() => undefined);
  };

  let rest: Buffer | undefined;
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
    rest = splitLines(rest ? Buffer.concat([rest, bytes]) : bytes, onLine);
    if (rest && rest.length > MAX_LINE_BYTES) {
      onLine(rest, 0, rest.length);
      rest = undefined;
    }
    // One write per input chunk: few syscalls on a file, no delay on a slow live feed.
    if (batch !== '') await writeBatch();
    if (closed) break;
  }
  if (rest && !closed) onLine(rest, 0, rest.length);
  if (batch !== '') await writeBatch();
  decoder.flush();
  process.stderr.write(`${summary(decoder.stats)}\n`);
  return 0;
}
