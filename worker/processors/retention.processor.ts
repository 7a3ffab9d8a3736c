import type { Job } from 'bullmq';
import { RetentionJob } from '../../shared/jobs/retention';
import type { WorkerDeps } from '../deps';

/**
 * Purge closed cases whose last change is older than RETENTION_DAYS. Open cases are never purged,
 * however old: a boat still missing is still a case.
 */
export async function retention(deps: WorkerDeps, job: Job): Promise<string> {
  RetentionJob.parse(job.data);
  const cutoff = Date.now() - deps.config.retentionDays * 86_400_000;
  let purged = 0;
  for (const id of await deps.store.cases.idsCreatedBefore(cutoff)) {
    const rec = await deps.store.cases.record(id);
    if (!rec || rec.status !== 'closed' || Date.parse(rec.updatedAt) >= cutoff) continue;
    await deps.store.cases.purge(id);
    purged++;
  }
  if (purged)
    deps.log.info({ component: 'retention', purged, retentionDays: deps.config.retentionDays }, 'closed cases purged');
  return `${purged} purged`;
}
