/**
 * `AIS_FEED=host:port`: Haven connects out to a receiver or aggregator that serves NMEA over TCP,
 * and keeps doing so: after a refusal, a close or a silence longer than `idleMs`, it reconnects
 * with capped, jittered exponential backoff (reset once the remote sends data again).
 */
import { connect, type Socket } from 'node:net';
import type { Logger } from '../../shared/backend/logger';
import type { AisIngest } from './ais-ingest';
import { backoffDelay, type BackoffOptions } from './backoff';
import { pipeSocket, type StreamLimits } from './stream-feed';

/** Where to connect and how patiently. */
export interface FeedClientOptions extends StreamLimits, BackoffOptions {
  host: string;
  port: number;
  /** A feed silent this long is presumed dead and reconnected (default 2 min). */
  idleMs?: number;
}

/** An outbound feed connection that keeps itself connected until closed. */
export class FeedClient {
  readonly name: string;
  private socket: Socket | null = null;
  private timer: NodeJS.Timeout | null = null;
  private attempt = 0;
  private closing = false;

  constructor(
    private readonly ingest: AisIngest,
    private readonly log: Logger,
    private readonly options: FeedClientOptions,
  ) {
    this.name = `client:${options.host}:${options.port}`;
  }

  /** Starts connecting. */
  start(): void {
    this.connect();
  }

  /** Stops reconnecting and closes the connection; resolves once it is closed. */
  async close(): Promise<void> {
    this.closing = true;
    if (this.timer) clearTimeout(this.timer);
    const socket = this.socket;
    if (socket && !socket.destroyed) {
      const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
      socket.destroy();
      await closed;
    }
  }

  private connect(): void {
    const feed = this.ingest.openFeed(this.name);
    const socket = connect({ host: this.options.host, port: this.options.port });
    this.socket = socket;
    socket.setTimeout(this.options.idleMs ?? 120_000);
    socket.on('timeout', () => {
      feed.count('idle-timeouts');
      socket.destroy();
    });
    socket.once('connect', () => {
      feed.count('connections');
      this.log.info({ feed: this.name }, 'AIS feed connected');
    });
    socket.on('error', (err) => {
      feed.count('socket-errors');
      this.log.warn({ feed: this.name, err: err.message }, 'AIS feed connection error');
    });
    socket.once('close', () => {
      if (this.closing) return;
      const delay = backoffDelay(this.attempt++, this.options);
      this.log.info({ feed: this.name, delayMs: delay }, 'AIS feed closed; reconnecting');
      this.timer = setTimeout(() => this.connect(), delay);
    });
    pipeSocket(socket, feed, this.ingest, this.options, () => {
      this.attempt = 0;
    });
  }
}
