import type { Job } from 'bullmq';
import { MatchCaseJob } from '../../shared/jobs/match-case';
import type { WorkerDeps } from '../deps';

/**
 * A matching run failed for the last time: nobody may be left unasked silently. The case goes back
 * to the pending set, so the sweep re-queues it under a new id (BullMQ keeps the failed job's id),
 * and operators see an escalation on the timeline and on their consoles.
 */
export async function matchingFailed(deps: WorkerDeps, job: Job | undefined, err: Error): Promise<void> {
  if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
  const parsed = MatchCaseJob.safeParse(job.data);
  if (!parsed.success) return;
  const { caseId } = parsed.data;
  await deps.store.cases.markPendingMatch(caseId);
  deps.metrics.matchingFailed.inc();
  await deps.store.cases.note(caseId, {
    type: 'escalation',
    actor: 'worker',
    summary:
      `MATCHING FAILED after ${job.attemptsMade} attempts (${err.message.slice(0, 160)}): it will be retried ` +
      'automatically; until a harbour is asked, find one by phone',
    data: { jobId: job.id ?? '' },
  });
  deps.broadcast.notification({
    id: `matching-failed.${job.id ?? caseId}`,
    requestId: '',
    caseId,
    harbourId: '',
    channel: 'sms',
    status: 'escalated',
    at: new Date().toISOString(),
    detail: 'matching failed; retrying',
  });
}
