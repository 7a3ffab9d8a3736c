import type { Logger } from 'pino';
import type { Config } from '../shared/backend/config';
import type { Queues } from '../shared/backend/queues';
import type { Broadcaster } from '../shared/backend/realtime/broadcaster';
import type { Store } from '../shared/backend/store';
import type { WorkerMetrics } from './metrics/worker-metrics';
import type { Notifier } from './notify/notifier';

/** What processors need; worker/main.ts wires the real ones. */
export interface WorkerDeps {
  config: Config;
  store: Store;
  queues: Queues;
  broadcast: Broadcaster;
  notifier: Notifier;
  metrics: WorkerMetrics;
  log: Logger;
}
