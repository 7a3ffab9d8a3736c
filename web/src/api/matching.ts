import type { Case } from '../../../shared/domain/case';
import type { MatchingControl } from '../../../shared/domain/matching';
import { call } from './client';

/** A supervisor steers matching of a case (pause, resume, skip a harbour, ask one); answers the case. */
export async function steerMatching(caseId: string, body: MatchingControl): Promise<Case> {
  return (await call('matching.control', { params: { id: caseId }, body })).case;
}
