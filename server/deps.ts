import type { Logger } from 'pino';
import type { Config } from './config';
import type { Queues } from './jobs/queues';
import type { Metrics } from './infra/metrics';
import type { Broadcaster } from './realtime/broadcaster';
import type { Store } from './store';

/** What use cases need from the outside world; main.ts wires the real ones, tests the same real ones. */
export interface Deps {
  config: Config;
  store: Store;
  queues: Queues;
  broadcast: Broadcaster;
  log: Logger;
  metrics: Metrics;
}
