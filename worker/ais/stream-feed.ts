/**
 * A byte stream (an accepted or an outbound TCP connection) wired to the ingest core: lines are
 * split with a cap, bytes counted, and the socket paused while the ingest batch is over its bound,
 * so a fast sender waits on TCP flow control instead of filling our memory.
 */
import type { Socket } from 'node:net';
import type { AisIngest } from './ais-ingest';
import type { IngestFeed } from './ingest-feed';
import { LineSplitter } from './line-splitter';

/** Limits of one stream. */
export interface StreamLimits {
  maxLine?: number;
  maxRun?: number;
}

/**
 * Feeds `socket` into `feed` (calling `onData` on every chunk); a socket that sends megabytes
 * without a line break is destroyed.
 */
export function pipeSocket(
  socket: Socket,
  feed: IngestFeed,
  ingest: AisIngest,
  limits: StreamLimits,
  onData?: () => void,
): void {
  const splitter = new LineSplitter(feed, limits.maxLine, limits.maxRun);
  let paused = false;
  socket.on('data', (chunk: Buffer) => {
    feed.count('bytes', chunk.length);
    onData?.();
    if (!splitter.push(chunk)) {
      feed.count('dropped:no-line-breaks');
      socket.destroy();
      return;
    }
    if (ingest.overloaded && !paused) {
      paused = true;
      socket.pause();
      feed.count('paused');
      void ingest.whenDrained().then(() => {
        paused = false;
        if (!socket.destroyed) socket.resume();
      });
    }
  });
  socket.once('close', () => {
    splitter.end();
    feed.count('disconnections');
    feed.close();
  });
}
