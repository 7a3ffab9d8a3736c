import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** The `haven` executable as users run it. */
export const HAVEN_BIN = join(__dirname, '..', '..', 'bin', 'haven.js');

/** What a `haven` run printed and how it exited. */
export interface HavenRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `haven <args>` as a real process, feeding `stdin` (empty by default), with extra environment. */
export function runHaven(
  args: string[],
  opts: { stdin?: string | Buffer; env?: NodeJS.ProcessEnv } = {},
): Promise<HavenRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [HAVEN_BIN, ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: opts.env ?? process.env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.stdin ?? '');
  });
}
