import type { AuditEntry } from '../../shared/domain/audit';
import type { Deps } from '../deps';

/**
 * The audit log, newest first, each entry that refers to a case (by its keyed reference) named by
 * the case's id while the case exists. A purged case stays a reference: nothing names it any more.
 */
export async function readAudit(deps: Deps, limit = 100, before?: string): Promise<AuditEntry[]> {
  const entries = await deps.store.audit.recent(limit, before);
  const refs = new Set(entries.map((e) => e.data.caseRef).filter((r): r is string => typeof r === 'string'));
  if (!refs.size) return entries;
  const ids = await deps.store.cases.ids(100_000);
  const byRef = new Map(ids.map((id) => [deps.store.audit.caseRef(id), id]));
  return entries.map((e) => {
    const caseId = typeof e.data.caseRef === 'string' ? byRef.get(e.data.caseRef) : undefined;
    return caseId ? { ...e, caseId } : e;
  });
}
