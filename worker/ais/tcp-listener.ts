/**
 * `AIS_TCP_PORT`: receivers and aggregators connect and send NMEA lines. Each connection is a feed
 * of its own (its own multipart state); counters are named by the peer's address, `tcp:<ip>`, so a
 * receiver that reconnects keeps its counters.
 */
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../shared/backend/logger';
import type { AisIngest } from './ais-ingest';
import { pipeSocket, type StreamLimits } from './stream-feed';

/** A listening TCP feed server. */
export interface TcpListener {
  port: number;
  close(): Promise<void>;
}

/** Where to listen and how much to take. */
export interface TcpListenerOptions extends StreamLimits {
  port: number;
  host?: string;
  /** Most simultaneous connections (default 1000). */
  maxConnections?: number;
}

/** The peer's address without the IPv4-mapped IPv6 prefix. */
export function peerAddress(socket: Socket): string {
  return (socket.remoteAddress ?? 'unknown').replace(/^::ffff:/, '');
}

/** Listens for NMEA over TCP. */
export async function listenTcp(ingest: AisIngest, log: Logger, options: TcpListenerOptions): Promise<TcpListener> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    const feed = ingest.openFeed(`tcp:${peerAddress(socket)}`);
    feed.count('connections');
    sockets.add(socket);
    socket.setKeepAlive(true, 60_000);
    socket.on('error', (err) => log.debug({ feed: feed.name, err: err.message }, 'AIS TCP connection error'));
    socket.once('close', () => sockets.delete(socket));
    pipeSocket(socket, feed, ingest, options);
  });
  server.maxConnections = options.maxConnections ?? 1000;
  server.on('error', (err) => log.error({ err }, 'AIS TCP listener error'));
  await new Promise<void>((resolve, reject) =>
    server.once('error', reject).listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    }),
  );
  const port = (server.address() as AddressInfo).port;
  log.info({ port }, 'AIS TCP listener started');
  return {
    port,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Ending each connection lets its last complete line through before the feed closes.
      for (const s of sockets) s.destroy();
      await closed;
    },
  };
}
