import type { Case } from '../../domain/case';
import type { Queues } from '../queues';
import { ESTIMATE_AFTER_MS } from './load-case';
import { latestFix } from './locate';

/** While a case stays silent, its estimate is re-announced this often (it grows with time). */
export const ESTIMATE_REFRESH_MS = 10 * 60_000;

/**
 * Schedule the moment this case's newest fix ages into an estimate, so every console (and map)
 * gets it then, not only when someone next touches the case.
 */
export async function scheduleEstimate(queues: Queues, c: Case, after = ESTIMATE_AFTER_MS): Promise<void> {
  const last = latestFix(c.positions);
  if (!last || c.status !== 'open') return;
  const dueAt = Math.max(Date.parse(last.at) + after, Date.now()) + 1000;
  await queues.estimateDue({ caseId: c.id, fixCount: c.positions.length }, dueAt);
}
