/**
 * `AIS_UDP_PORT`: many receivers (and gpsd, OpenCPN, rtl-ais) send NMEA in UDP datagrams, one or
 * several lines each. Every sender address:port gets its own feed state; datagrams that arrive while
 * the ingest batch is over its bound are dropped and counted, since UDP cannot be paused.
 */
import { createSocket, type Socket } from 'node:dgram';
import { isIPv6 } from 'node:net';
import type { Logger } from '../../shared/backend/logger';
import type { AisIngest } from './ais-ingest';
import type { IngestFeed } from './ingest-feed';
import { LineSplitter } from './line-splitter';

/** Senders tracked at once; the least recently heard is forgotten beyond it. */
const MAX_SENDERS = 1024;

/** A bound UDP feed socket. */
export interface UdpListener {
  port: number;
  close(): Promise<void>;
}

interface Sender {
  feed: IngestFeed;
  splitter: LineSplitter;
}

/** Listens for NMEA datagrams. */
export async function listenUdp(
  ingest: AisIngest,
  log: Logger,
  options: { port: number; host?: string },
): Promise<UdpListener> {
  const host = options.host ?? '0.0.0.0';
  const socket: Socket = createSocket({ type: isIPv6(host) ? 'udp6' : 'udp4' });
  const senders = new Map<string, Sender>();
  socket.on('message', (msg, rinfo) => {
    const key = `${rinfo.address}:${rinfo.port}`;
    let sender = senders.get(key);
    if (sender) {
      senders.delete(key);
    } else {
      if (senders.size >= MAX_SENDERS) forget(senders, senders.keys().next().value!);
      const feed = ingest.openFeed(`udp:${rinfo.address.replace(/^::ffff:/, '')}`);
      sender = { feed, splitter: new LineSplitter(feed) };
    }
    senders.set(key, sender);
    sender.feed.count('datagrams');
    sender.feed.count('bytes', msg.length);
    if (ingest.overloaded) {
      sender.feed.count('skipped:overload');
      return;
    }
    // A datagram holds whole lines: a line never continues into the next datagram.
    sender.splitter.push(msg);
    sender.splitter.end();
  });
  socket.on('error', (err) => log.error({ err }, 'AIS UDP listener error'));
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(options.port, host, () => {
      socket.off('error', reject);
      resolve();
    });
  });
  const port = socket.address().port;
  log.info({ port }, 'AIS UDP listener started');
  return {
    port,
    async close() {
      await new Promise<void>((resolve) => socket.close(() => resolve()));
      for (const key of [...senders.keys()]) forget(senders, key);
    },
  };
}

function forget(senders: Map<string, Sender>, key: string): void {
  senders.get(key)?.feed.close();
  senders.delete(key);
}
