import { parseCaseCode, parseCaseId } from '../../shared/domain/ids';
import type { Store } from '../../shared/backend/store';

/**
 * The cases a search names: a case id, or a case code (in any letter case). A code of a case that
 * was merged into another finds both, so the code written in last month's report still leads to
 * the case that carries on. Unknown or malformed text finds nothing.
 */
export async function findCases(store: Store, q: string): Promise<string[]> {
  const text = q.trim();
  const byId = parseCaseId(text.toUpperCase()) !== null ? text.toUpperCase() : null;
  const id = byId ?? (parseCaseCode(text) ? await store.cases.byCode(text) : null);
  if (!id) return [];
  const rec = await store.cases.record(id);
  if (!rec) return [];
  return rec.mergedInto ? [id, rec.mergedInto] : [id];
}
