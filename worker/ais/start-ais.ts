/**
 * The worker's AIS side: the ingest core, writing to the vessel store and the consoles, and the
 * listeners the configuration asks for. Stale vessels are pruned here too, once a minute.
 */
import type { Config } from '../../shared/backend/config';
import type { Logger } from '../../shared/backend/logger';
import type { Broadcaster } from '../../shared/backend/realtime/broadcaster';
import type { Store } from '../../shared/backend/store';
import { AisIngest, type AisIngestOptions } from './ais-ingest';
import { FeedClient } from './feed-client';
import { listenTcp } from './tcp-listener';
import { listenUdp } from './udp-listener';

/** The running AIS side. */
export interface AisHandle {
  ingest: AisIngest;
  /** The bound ports (useful when the configuration asked for port 0). */
  tcpPort?: number;
  udpPort?: number;
  /** Stops the listeners, then flushes the last batch and counters. */
  close(): Promise<void>;
}

const PRUNE_MS = 60_000;

/** Starts the ingest core and the configured listeners. */
export async function startAis(
  config: Config,
  store: Store,
  broadcast: Broadcaster,
  log: Logger,
  tuning: AisIngestOptions = {},
): Promise<AisHandle> {
  const ingest = new AisIngest(
    {
      putPositions: (p) => store.vessels.putPositions(p),
      putStatic: (s) => store.vessels.putStatic(s),
      addCounters: (feed, deltas) => store.feeds.add(feed, deltas),
      broadcast: (batch) => broadcast.vessels(batch),
    },
    log,
    { rescueMmsis: config.ais.rescueMmsis, ...tuning },
  );
  const closers: (() => Promise<void>)[] = [];
  const handle: AisHandle = {
    ingest,
    async close() {
      clearInterval(prune);
      for (const close of closers) await close();
      await ingest.close();
    },
  };
  const prune = setInterval(() => {
    store.vessels
      .prune(Date.now(), config.ais.staleMs)
      .catch((err: unknown) => log.warn({ err }, 'vessel pruning failed'));
  }, PRUNE_MS);
  try {
    const { tcpPort, udpPort, feed } = config.ais;
    if (tcpPort !== undefined) {
      const tcp = await listenTcp(ingest, log, { port: tcpPort, host: config.host });
      handle.tcpPort = tcp.port;
      closers.push(() => tcp.close());
    }
    if (udpPort !== undefined) {
      const udp = await listenUdp(ingest, log, { port: udpPort, host: config.host });
      handle.udpPort = udp.port;
      closers.push(() => udp.close());
    }
    if (feed) {
      const colon = feed.lastIndexOf(':');
      const client = new FeedClient(ingest, log, { host: feed.slice(0, colon), port: Number(feed.slice(colon + 1)) });
      client.start();
      closers.push(() => client.close());
    }
  } catch (err) {
    await handle.close();
    throw err;
  }
  return handle;
}
