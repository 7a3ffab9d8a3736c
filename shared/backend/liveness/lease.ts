import type { Logger } from '../logger';
import type { ProcessesStore } from '../store/processes.store';

/** Lease timing: renewed every RENEW_MS, lost after TTL_MS unrenewed (a dead holder is replaced within both). */
export const LEASE_TTL_MS = 8000;
export const LEASE_RENEW_MS = 2000;

/** What a lease guards: started when it is won, stopped when it is lost or given back. */
export interface LeasedWork {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs `work` in exactly one process of the deployment at a time: the one holding the Redis lease
 * `name`. Every candidate tries every RENEW_MS; the holder renews. A holder that cannot renew for
 * a whole TTL (Redis away, the process frozen) stops the work itself before anyone else can start
 * it, so two never run at once for longer than a renewal attempt.
 */
export class Lease {
  private timer: NodeJS.Timeout | null = null;
  private held = false;
  private renewedAt = 0;
  private attempt: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly processes: ProcessesStore,
    readonly name: string,
    readonly holder: string,
    private readonly work: LeasedWork,
    private readonly log: Logger,
  ) {}

  /** True while this process holds the lease and its work runs. */
  get holding(): boolean {
    return this.held;
  }

  /** Try once now (awaited, so a lone process starts its work before this resolves), then keep trying. */
  async start(): Promise<void> {
    await this.tick();
    this.timer = setInterval(() => {
      if (!this.attempt) this.attempt = this.tick().finally(() => (this.attempt = null));
    }, LEASE_RENEW_MS);
    this.timer.unref();
  }

  /** Stop the work and give the lease back so another process takes over at once. */
  async stop(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    await this.attempt?.catch(() => undefined);
    if (this.held) {
      this.held = false;
      await this.work.stop();
      await this.processes.releaseLease(this.name, this.holder).catch(() => undefined);
    }
  }

  private async tick(): Promise<void> {
    let won = false;
    try {
      won = await withTimeout(this.processes.acquireLease(this.name, this.holder, LEASE_TTL_MS), LEASE_RENEW_MS);
    } catch (err) {
      this.log.debug({ lease: this.name, err: (err as Error).message }, 'lease not renewed');
      // Unreachable Redis: keep the work only while the last renewal still covers us.
      won = this.held && Date.now() - this.renewedAt < LEASE_TTL_MS - LEASE_RENEW_MS;
      if (won) return;
    }
    if (this.closed) return;
    if (won) this.renewedAt = Date.now();
    if (won && !this.held) {
      try {
        await this.work.start();
        this.held = true;
        this.log.info({ lease: this.name, holder: this.holder }, 'lease taken: this process runs it now');
      } catch (err) {
        this.log.error({ lease: this.name, err }, 'lease work did not start; giving the lease back');
        await this.processes.releaseLease(this.name, this.holder).catch(() => undefined);
      }
    } else if (!won && this.held) {
      this.held = false;
      this.log.warn({ lease: this.name }, 'lease lost: stopping its work');
      await this.work.stop().catch((err: unknown) => this.log.error({ err }, 'lease work did not stop cleanly'));
    }
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(e as Error);
      },
    );
  });
}
