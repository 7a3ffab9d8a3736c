import { ConfigError, loadConfig, type Config } from '../../shared/backend/config';
import { createLogger, type Logger } from '../../shared/backend/logger';
import { startServer } from '../../server/main';
import { startWorker } from '../../worker/main';
import { UsageError } from './usage-error';

/** Something that can be stopped on SIGTERM. */
export interface Closable {
  close(): Promise<void>;
}

/** Load the configuration, turning problems into a clean exit-2 message. */
export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(err.message);
    throw err;
  }
}

/** Start the server, the worker, or both, as the contract's `haven server|worker|all`. */
export async function startRoles(role: string, config: Config, log: Logger): Promise<Closable[]> {
  if (!config.redis)
    throw new UsageError('REDIS_URL (for example redis://127.0.0.1:6379) or REDIS_SENTINELS is required');
  const parts: Closable[] = [];
  if (role === 'worker' || role === 'all') parts.push(await startWorker(config, log));
  if (role === 'server' || role === 'all') parts.push(await startServer(config, log));
  return parts;
}

/** Close in reverse start order on SIGTERM/SIGINT, letting active jobs and requests finish. */
export function closeOnSignal(parts: Closable[], log: Logger): void {
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      log.error('shutdown took over 30 s, exiting');
      process.exit(1);
    }, 30_000);
    timer.unref();
    void (async () => {
      for (const p of [...parts].reverse()) await p.close().catch((err: unknown) => log.error({ err }, 'close failed'));
      process.exit(0);
    })();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

/** `haven server|worker|all`. */
export async function run([role]: string[]): Promise<number> {
  const config = configOrExit();
  const log = createLogger(config.logLevel);
  closeOnSignal(await startRoles(role, config, log), log);
  return -1; // keep running
}
