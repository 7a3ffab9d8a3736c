/** The global audit log, read by supervisors and administrators. */
import * as z from 'zod';
import { AuditEntry } from '../domain/audit';
import { endpoint } from './endpoint';

/** `?limit=&before=` of the audit log: newest first, `before` an entry id to page back from. */
export const AuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  before: z
    .string()
    .regex(/^\d{1,20}-\d{1,20}$/, 'before: an audit entry id')
    .optional(),
});

/** The audit endpoints. */
export const auditApi = {
  'audit.list': endpoint({
    method: 'get',
    path: '/api/audit',
    tag: 'Audit',
    callers: ['supervisor', 'admin'],
    status: 200,
    summary: 'The audit log, newest first: logins, user and harbour changes, exports, retention, number reveals',
    description:
      'Each entry is hash-chained to the one before it when written; `haven audit verify` checks every chain. ' +
      'A case is named only while it exists (`caseId`); after retention the log keeps its keyed reference only.',
    query: AuditQuery,
    response: z.object({ entries: z.array(AuditEntry.meta({ id: 'AuditEntry' })) }),
  }),
} as const;
