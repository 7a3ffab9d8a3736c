import type { Logger } from 'pino';
import type { Config } from '../server/config';
import type { Queues } from '../server/jobs/queues';
import type { Broadcaster } from '../server/realtime/broadcaster';
import type { Store } from '../server/store';
import type { Notifier } from './notify/notifier';

/** What processors need; worker/main.ts wires the real ones. */
export interface WorkerDeps {
  config: Config;
  store: Store;
  queues: Queues;
  broadcast: Broadcaster;
  notifier: Notifier;
  log: Logger;
}
