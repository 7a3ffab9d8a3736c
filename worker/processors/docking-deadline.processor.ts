import type { Job } from 'bullmq';
import { DockingDeadlineJob } from '../../shared/jobs/docking-deadline';
import { loadCase } from '../../shared/backend/cases/load-case';
import type { WorkerDeps } from '../deps';

/** At the deadline, an unanswered request expires and the next harbours are asked. */
export async function dockingDeadline(deps: WorkerDeps, job: Job): Promise<string> {
  const { requestId } = DockingDeadlineJob.parse(job.data);
  const r = await deps.store.docking.get(requestId);
  if (!r || r.status !== 'pending') return 'answered in time';
  const res = await deps.store.docking.transition(
    r.id,
    r.caseId,
    'expired',
    { answeredAt: new Date().toISOString() },
    {
      type: 'docking-expired',
      actor: 'worker',
      summary: `${r.harbourName} did not answer by ${r.deadline.slice(11, 16)} UTC: escalating to the next harbour`,
    },
  );
  if (!res.ok) return `answered meanwhile (${res.current})`;
  await deps.queues.matchCase({ caseId: r.caseId, reason: 'expired' }, `expired.${r.id}`);
  deps.broadcast.dockingAnswered((await deps.store.docking.get(r.id))!);
  const c = await loadCase(deps.store, r.caseId);
  if (c) deps.broadcast.caseChanged(c);
  return 'expired';
}
