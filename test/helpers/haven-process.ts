/**
 * `haven server` and `haven worker` as real child processes (as production runs them), for the
 * tests that need several of each, or a process to die by SIGKILL. Every process talks to
 * 127.0.0.1 only and is killed by `stopAll` if a test forgets.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from './redis-process';

const BIN = path.join(__dirname, '..', '..', 'bin', 'haven.js');
const running = new Set<HavenProcess>();

/** One `haven <role>` child process. */
export class HavenProcess {
  output = '';
  /** The process id in heartbeats and leases (a worker prints it when it has started). */
  id = '';
  readonly exited: Promise<number | null>;

  private constructor(
    readonly role: 'server' | 'worker' | 'all',
    readonly child: ChildProcess,
    readonly port: number,
  ) {
    running.add(this);
    this.exited = new Promise((resolve) =>
      child.once('exit', (code) => {
        running.delete(this);
        resolve(code);
      }),
    );
    const keep = (d: Buffer) => {
      this.output = (this.output + d.toString()).slice(-200_000);
      const m = /"id":"((?:worker|server)-[^"]+)"[^\n]*"msg":"worker started"/.exec(this.output);
      if (m && !this.id) this.id = m[1]!;
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
  }

  /** Start a role with `env` on top of a quiet test environment; resolves once it is ready. */
  static async start(role: 'server' | 'worker' | 'all', env: Record<string, string>): Promise<HavenProcess> {
    const port = role === 'worker' ? 0 : await freePort();
    const child = spawn(process.execPath, [BIN, role], {
      env: { ...process.env, NODE_ENV: 'test', HOST: '127.0.0.1', LOG_LEVEL: 'info', PORT: String(port), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const p = new HavenProcess(role, child, port);
    await p.ready();
    return p;
  }

  /** `http://127.0.0.1:<port>` of a server. */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** True until the process has exited. */
  get alive(): boolean {
    return running.has(this);
  }

  private async ready(): Promise<void> {
    const deadline = Date.now() + 90_000;
    let exited = false;
    void this.exited.then(() => (exited = true));
    while (Date.now() < deadline && !exited) {
      if (this.role === 'worker' ? this.id !== '' : await listening(this.baseUrl)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    this.child.kill('SIGKILL');
    throw new Error(`haven ${this.role} did not start:\n${this.output.slice(-3000)}`);
  }

  /** Send a signal (SIGKILL by default) and wait for the exit code. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<number | null> {
    if (this.alive) this.child.kill(signal);
    return this.exited;
  }
}

async function listening(base: string): Promise<boolean> {
  try {
    await fetch(`${base}/healthz`);
    return true;
  } catch {
    return false;
  }
}

/** Kill every process a test started and did not stop. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((p) => p.kill('SIGKILL')));
}
