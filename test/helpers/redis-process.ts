/**
 * Throwaway redis-server processes on free loopback ports, in temporary directories, that a test
 * may kill (SIGKILL), restart on the same port and data, or run as a replica or a sentinel. Used by
 * the outage, failover and chaos tests; the shared test Redis is never touched by them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => s.write('PING\r\n'));
    s.setTimeout(500, () => {
      s.destroy();
      resolve(false);
    });
    s.on('data', (d) => {
      s.destroy();
      resolve(d.toString().startsWith('+PONG'));
    });
    s.on('error', () => resolve(false));
  });
}

/** The durability contract's settings, as Haven's own `npm start` runs Redis. */
export const DURABLE = ['--appendonly', 'yes', '--appendfsync', 'always', '--maxmemory-policy', 'noeviction'];

/** One redis-server (or sentinel) process the test controls. */
export class RedisProcess {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();

  private constructor(
    readonly port: number,
    readonly dir: string,
    private readonly args: string[],
  ) {}

  /** Start a redis-server with `args` (after port, bind and dir) in a fresh temporary directory. */
  static async start(args: string[] = DURABLE, opts: { port?: number; name?: string } = {}): Promise<RedisProcess> {
    const port = opts.port ?? (await freePort());
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `haven-${opts.name ?? 'redis'}-`));
    const p = new RedisProcess(port, dir, args);
    await p.restart();
    return p;
  }

  /** `redis://127.0.0.1:<port>`. */
  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** True while the process runs. */
  get running(): boolean {
    return this.child !== null;
  }

  /** (Re)start on the same port and data directory; resolves once it answers PING. */
  async restart(): Promise<void> {
    if (this.child) throw new Error('already running');
    // A sentinel keeps its state in its config file (first argument); a data node gets the directory.
    const sentinel = this.args.includes('--sentinel');
    const extra = sentinel ? [] : ['--dir', this.dir, '--save', ''];
    const child = spawn('redis-server', [...this.args, '--port', String(this.port), '--bind', '127.0.0.1', ...extra], {
      stdio: 'ignore',
      cwd: this.dir,
    });
    this.child = child;
    this.exited = new Promise((resolve) =>
      child.once('exit', () => {
        if (this.child === child) this.child = null;
        resolve();
      }),
    );
    for (let i = 0; i < 200; i++) {
      if (await ping(this.port)) return;
      if (!this.child) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`redis-server on port ${this.port} did not start (dir ${this.dir})`);
  }

  /** Send a signal (SIGKILL by default) and wait for the process to be gone (SIGSTOP/SIGCONT: sent only). */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (!this.child) return;
    this.child.kill(signal);
    if (signal !== 'SIGSTOP' && signal !== 'SIGCONT') await this.exited;
  }

  /** Stop and delete the data directory. */
  async destroy(): Promise<void> {
    await this.kill('SIGKILL');
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
