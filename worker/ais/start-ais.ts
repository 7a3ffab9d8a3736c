/**
 * The worker's AIS side: the ingest core, writing to the vessel store and the consoles, and the
 * listeners the configuration asks for. The listeners, the outbound feed client and the pruning of
 * stale vessels run once per deployment, in the worker holding the `ais-feeds` lease; another
 * worker takes them over within seconds when the holder dies.
 */
import type { Config } from '../../shared/backend/config';
import type { Logger } from '../../shared/backend/logger';
import type { Broadcaster } from '../../shared/backend/realtime/broadcaster';
import type { Store } from '../../shared/backend/store';
import { Lease } from '../../shared/backend/liveness/lease';
import { AisIngest, type AisIngestOptions } from './ais-ingest';
import { FeedClient } from './feed-client';
import { listenTcp } from './tcp-listener';
import { listenUdp } from './udp-listener';

/** The running AIS side. */
export interface AisHandle {
  ingest: AisIngest;
  /** The bound ports while this worker holds the feeds' lease (useful when the configuration asked for port 0). */
  tcpPort?: number;
  udpPort?: number;
  /** The lease that makes the feeds run once per deployment. */
  lease: Lease;
  /** Stops the listeners, then flushes the last batch and counters. */
  close(): Promise<void>;
}

const PRUNE_MS = 60_000;

/** The lease's name: one holder runs the feeds for the whole deployment. */
export const AIS_LEASE = 'ais-feeds';

/** Starts the ingest core and the configured listeners. */
export async function startAis(
  config: Config,
  store: Store,
  broadcast: Broadcaster,
  log: Logger,
  tuning: AisIngestOptions = {},
  holder = `worker-${process.pid}`,
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
  let closers: (() => Promise<void>)[] = [];
  let prune: NodeJS.Timeout | undefined;
  const feeds = {
    async start() {
      try {
        await startFeeds(config, ingest, log, handle, closers);
      } catch (err) {
        await feeds.stop();
        throw err;
      }
      prune = setInterval(() => {
        store.vessels
          .prune(Date.now(), config.ais.staleMs)
          .catch((err: unknown) => log.warn({ err }, 'vessel pruning failed'));
      }, PRUNE_MS);
    },
    async stop() {
      clearInterval(prune);
      const running = closers;
      closers = [];
      for (const close of running) await close();
      handle.tcpPort = handle.udpPort = undefined;
    },
  };
  const handle: AisHandle = {
    ingest,
    lease: new Lease(store.processes, AIS_LEASE, holder, feeds, log),
    async close() {
      await handle.lease.stop();
      await ingest.close();
    },
  };
  await handle.lease.start();
  return handle;
}

async function startFeeds(
  config: Config,
  ingest: AisIngest,
  log: Logger,
  handle: AisHandle,
  closers: (() => Promise<void>)[],
): Promise<void> {
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
}
