import type { Logger } from 'pino';
import type { Config } from '../shared/backend/config';
import type { Queues } from '../shared/backend/queues';
import type { LoginLimiter } from './auth/login-limiter';
import type { Metrics } from './infra/metrics';
import type { Broadcaster } from '../shared/backend/realtime/broadcaster';
import type { Store } from '../shared/backend/store';

/** What use cases need from the outside world; main.ts wires the real ones, tests the same real ones. */
export interface Deps {
  config: Config;
  store: Store;
  queues: Queues;
  broadcast: Broadcaster;
  log: Logger;
  metrics: Metrics;
  loginLimiter: LoginLimiter;
}
