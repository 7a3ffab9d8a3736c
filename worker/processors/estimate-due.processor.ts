import type { Job } from 'bullmq';
import { EstimateDueJob } from '../../shared/jobs/estimate-due';
import { loadCase } from '../../shared/backend/cases/load-case';
import { ESTIMATE_REFRESH_MS } from '../../shared/backend/cases/schedule-estimate';
import type { WorkerDeps } from '../deps';

/**
 * A case's newest fix has aged: send the consoles the case with its dead-reckoned estimate, and
 * come back later while the boat stays silent. A newer fix starts its own chain, ending this one.
 */
export async function estimateDue(deps: WorkerDeps, job: Job): Promise<string> {
  const { caseId, fixCount } = EstimateDueJob.parse(job.data);
  const c = await loadCase(deps.store, caseId);
  if (!c || c.status !== 'open' || c.positions.length !== fixCount) return 'superseded';
  if (!c.estimate) return 'no estimate';
  deps.broadcast.caseChanged(c);
  await deps.queues.estimateDue({ caseId, fixCount }, Date.now() + ESTIMATE_REFRESH_MS);
  return 'announced';
}
