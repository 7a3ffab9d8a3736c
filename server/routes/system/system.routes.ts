import type { systemApi } from '../../../shared/api/system';
import { docsPage } from '../../openapi/docs-page';
import { openApiDocument } from '../../openapi/document';
import type { Handlers } from '../handler';

type SystemApi = Pick<typeof systemApi, 'system.health' | 'system.metrics' | 'system.openapi' | 'system.docs'>;

/** Health, metrics and the API's own description. */
export const systemHandlers: Handlers<SystemApi> = {
  'system.health': async ({ deps, res }) => {
    try {
      const started = Date.now();
      await deps.store.redis.ping();
      const redisMs = Date.now() - started;
      return { status: 'ok' as const, redis: { ok: true, latencyMs: redisMs }, queues: await deps.queues.depths() };
    } catch (err) {
      res.status(503);
      return { status: 'unavailable' as const, redis: { ok: false, error: (err as Error).message } };
    }
  },
  'system.metrics': async ({ deps, res }) => {
    res.type(deps.metrics.registry.contentType);
    return deps.metrics.registry.metrics();
  },
  'system.openapi': async () => openApiDocument() as unknown as Record<string, unknown>,
  'system.docs': async () => docsPage(),
};
