import { Router } from 'express';
import type { Deps } from '../../deps';

/** GET /healthz (Redis reachable, queue depths; 503 when Redis is not) and GET /metrics (Prometheus). */
export function healthRouter(deps: Deps): Router {
  const r = Router();
  r.get('/healthz', async (_req, res) => {
    try {
      const started = Date.now();
      await deps.store.redis.ping();
      const redisMs = Date.now() - started;
      res.json({ status: 'ok', redis: { ok: true, latencyMs: redisMs }, queues: await deps.queues.depths() });
    } catch (err) {
      res.status(503).json({ status: 'unavailable', redis: { ok: false, error: (err as Error).message } });
    }
  });

  r.get('/metrics', async (_req, res) => {
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });
  return r;
}
