/**
 * Bytes from a socket to lines, without unbounded buffers: a line longer than `maxLine` is dropped
 * (counted once) and its bytes skipped up to the next line break; a "line" that runs on for
 * `maxRun` bytes is not a feed at all, and the caller is told to drop the connection.
 */

/** Where the lines go. `bytes[start, end)` is valid only during the call. */
export interface LineSink {
  line(bytes: Uint8Array, start: number, end: number): void;
  /** A line longer than maxLine was dropped. */
  tooLong(): void;
}

/** NMEA sentences are at most 82 characters; tag blocks and receiver fields add some. */
export const DEFAULT_MAX_LINE = 4096;
/** This much without a line break means the peer is not sending lines. */
export const DEFAULT_MAX_RUN = 4 * 1024 * 1024;

const LF = 10;
const CR = 13;

/** Splits one stream (one connection) into lines at LF, CR or CRLF; empty lines are dropped. */
export class LineSplitter {
  private readonly carry: Uint8Array;
  private carried = 0;
  /** Bytes of the current over-long line seen so far; 0 when not skipping one. */
  private skipping = 0;

  constructor(
    private readonly sink: LineSink,
    private readonly maxLine = DEFAULT_MAX_LINE,
    private readonly maxRun = DEFAULT_MAX_RUN,
  ) {
    this.carry = new Uint8Array(maxLine);
  }

  /** Splits a chunk; false when the current line has run past maxRun (drop the connection). */
  push(chunk: Uint8Array): boolean {
    // Native searches for both line ends; whichever comes first ends the line.
    let start = 0;
    let cr = chunk.indexOf(CR);
    let lf = chunk.indexOf(LF);
    while (cr >= 0 || lf >= 0) {
      const end = cr < 0 ? lf : lf < 0 ? cr : Math.min(cr, lf);
      this.endLine(chunk, start, end);
      start = end + 1;
      if (end === cr) cr = chunk.indexOf(CR, start);
      if (end === lf) lf = chunk.indexOf(LF, start);
    }
    return this.keep(chunk, start, chunk.length);
  }

  /** End of stream: a last line without a line break still counts. */
  end(): void {
    if (this.skipping > 0) this.sink.tooLong();
    else if (this.carried > 0) this.sink.line(this.carry, 0, this.carried);
    this.carried = 0;
    this.skipping = 0;
  }

  private endLine(chunk: Uint8Array, start: number, end: number): void {
    if (this.skipping > 0) {
      this.skipping = 0;
      this.sink.tooLong();
      return;
    }
    if (this.carried === 0) {
      if (end - start > this.maxLine) this.sink.tooLong();
      else if (end > start) this.sink.line(chunk, start, end);
      return;
    }
    const length = this.carried + end - start;
    if (length > this.maxLine) {
      this.sink.tooLong();
    } else {
      this.carry.set(chunk.subarray(start, end), this.carried);
      this.sink.line(this.carry, 0, length);
    }
    this.carried = 0;
  }

  /** Keeps the unfinished tail of a chunk for the next one, or skips it when it is already too long. */
  private keep(chunk: Uint8Array, start: number, end: number): boolean {
    const n = end - start;
    if (n === 0) return true;
    if (this.skipping > 0) {
      this.skipping += n;
      return this.skipping <= this.maxRun;
    }
    if (this.carried + n > this.maxLine) {
      this.skipping = this.carried + n;
      this.carried = 0;
      return this.skipping <= this.maxRun;
    }
    this.carry.set(chunk.subarray(start, end), this.carried);
    this.carried += n;
    return true;
  }
}
