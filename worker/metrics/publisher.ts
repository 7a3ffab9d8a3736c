import type { Logger } from '../../shared/backend/logger';
import type { Store } from '../../shared/backend/store';
import type { WorkerMetrics } from './worker-metrics';

/** How often a worker publishes its metrics, and how long they count once it stops. */
const EVERY_MS = 5000;
const TTL_MS = 20_000;

/** Publish this worker's metrics to Redis every few seconds, for the servers' /metrics; returns a stopper. */
export function publishMetrics(store: Store, metrics: WorkerMetrics, processId: string, log: Logger): () => void {
  let busy = false;
  const publish = async () => {
    if (busy) return;
    busy = true;
    try {
      const json = JSON.stringify(await metrics.registry.getMetricsAsJSON());
      await store.redis.set(store.keys.workerMetrics(processId), json, 'PX', TTL_MS);
    } catch (err) {
      log.debug({ err: (err as Error).message }, 'metrics not published');
    } finally {
      busy = false;
    }
  };
  void publish();
  const timer = setInterval(() => void publish(), EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
