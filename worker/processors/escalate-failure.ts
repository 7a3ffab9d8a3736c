import type { Job } from 'bullmq';
import { NotifyHarbourJob } from '../../shared/jobs/notify-harbour';
import { notificationId } from '../../shared/domain/ids';
import type { WorkerDeps } from '../deps';
import { notificationFailed } from '../../shared/backend/cases/escalation';

/**
 * When a notification has failed for the last time, a human must know: the case timeline says so
 * and the consoles get an `escalated` status. Nothing fails silently.
 */
export async function escalateFailedNotification(deps: WorkerDeps, job: Job | undefined, err: Error): Promise<void> {
  if (!job) return;
  const finalAttempt = job.attemptsMade >= (job.opts.attempts ?? 1) || err.name === 'UnrecoverableError';
  const parsed = NotifyHarbourJob.safeParse(job.data);
  // A withdrawal notice that does not arrive harms nobody: the portal shows the request withdrawn;
  // a reminder's request itself was delivered or escalated.
  if (!finalAttempt || !parsed.success || parsed.data.kind !== 'request') return;
  const r = await deps.store.docking.get(parsed.data.requestId);
  if (!r) return;
  const id = notificationId(parsed.data);
  await deps.store.cases.note(r.caseId, {
    type: 'escalation',
    actor: 'worker',
    summary:
      `COULD NOT REACH ${r.harbourName} contact ${parsed.data.contactIndex + 1} by ${parsed.data.channel}: ` +
      `${err.message.replace(/\.$/, '')}. Call them by hand.`,
    data: { requestId: r.id, notificationId: id },
  });
  deps.broadcast.notification({
    id,
    requestId: r.id,
    caseId: r.caseId,
    harbourId: r.harbourId,
    channel: parsed.data.channel,
    status: 'escalated',
    at: new Date().toISOString(),
    detail: err.message,
  });
  if (await deps.store.deliveries.firstReport(id, 'failed')) await notificationFailed(deps, parsed.data);
}
