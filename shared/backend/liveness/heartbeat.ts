import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Logger } from '../logger';
import type { ProcessInfo, ProcessesStore } from '../store/processes.store';

/** How often a process beats, and how long a beat counts: two missed beats and a process is gone. */
export const HEARTBEAT_MS = 3000;
export const HEARTBEAT_TTL_MS = 10_000;

/** A process's id in heartbeats and lease holders: role, host, pid and a random tail (pids repeat in containers). */
export function processId(role: ProcessInfo['role']): string {
  return `${role}-${os.hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
}

/**
 * Beats for one process while it runs. A beat that Redis does not answer is skipped, never queued
 * behind another: after an outage the process simply beats again.
 */
export class Heartbeat {
  readonly info: ProcessInfo;
  private timer: NodeJS.Timeout | null = null;
  private beating = false;

  constructor(
    private readonly processes: ProcessesStore,
    role: ProcessInfo['role'],
    private readonly log: Logger,
    id = processId(role),
  ) {
    this.info = { id, role, host: os.hostname(), pid: process.pid, startedAt: new Date().toISOString() };
  }

  /** The first beat (awaited), then one every HEARTBEAT_MS. */
  async start(): Promise<void> {
    await this.beat();
    this.timer = setInterval(() => void this.beat(), HEARTBEAT_MS);
    this.timer.unref();
  }

  /** Stop beating and leave the list (a clean stop is not a death). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.processes.leave(this.info.id).catch(() => undefined);
  }

  private async beat(): Promise<void> {
    if (this.beating) return;
    this.beating = true;
    try {
      await this.processes.beat(this.info, HEARTBEAT_TTL_MS);
    } catch (err) {
      this.log.debug({ err: (err as Error).message }, 'heartbeat not written');
    } finally {
      this.beating = false;
    }
  }
}
