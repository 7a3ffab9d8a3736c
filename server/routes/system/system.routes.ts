import type { systemApi } from '../../../shared/api/system';
import { docsPage } from '../../openapi/docs-page';
import { openApiDocument } from '../../openapi/document';
import type { Handlers } from '../handler';
import { checkHealth } from '../../system/health';

type SystemApi = Pick<typeof systemApi, 'system.health' | 'system.metrics' | 'system.openapi' | 'system.docs'>;

/** Health, metrics and the API's own description. */
export const systemHandlers: Handlers<SystemApi> = {
  'system.health': async ({ deps, res }) => {
    const report = await checkHealth(deps);
    if (!report.healthy) res.status(503);
    return report.body;
  },
  'system.metrics': async ({ deps, res }) => {
    res.type(deps.metrics.registry.contentType);
    return deps.metrics.render();
  },
  'system.openapi': async () => openApiDocument() as unknown as Record<string, unknown>,
  'system.docs': async () => docsPage(),
};
