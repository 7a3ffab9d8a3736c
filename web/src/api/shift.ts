import type { Case } from '../../../shared/domain/case';
import { call } from './client';

/** Records that the user saw these attention items on a case (everything up to entry `upTo`). */
export async function markSeen(caseId: string, items: string[], upTo: string): Promise<Case> {
  return (await call('cases.seen', { params: { id: caseId }, body: { items, upTo } })).case;
}
