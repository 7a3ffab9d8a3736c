import type { auditApi } from '../../../shared/api/audit';
import { readAudit } from '../../audit/read-audit';
import type { Handlers } from '../handler';

/** The audit log for supervisors and administrators. */
export const auditHandlers: Handlers<typeof auditApi> = {
  'audit.list': async ({ deps, query }) => ({ entries: await readAudit(deps, query.limit, query.before) }),
};
