import type { Job } from 'bullmq';
import { EscalateRequestJob } from '../../shared/jobs/escalate-request';
import { notificationId } from '../../shared/domain/ids';
import { askContact, contactFrom } from '../../shared/backend/cases/escalation';
import type { WorkerDeps } from '../deps';

/** One escalation step of a request nobody has answered yet (see shared/backend/cases/escalation.ts). */
export async function escalateRequest(deps: WorkerDeps, job: Job): Promise<string> {
  const { requestId, step, contactIndex } = EscalateRequestJob.parse(job.data);
  const r = await deps.store.docking.get(requestId);
  if (!r || r.status !== 'pending') return 'answered meanwhile';
  const h = await deps.store.harbours.get(r.harbourId);
  if (!h) return 'harbour gone';
  const ref = { requestId, contactIndex, kind: 'request' as const };
  switch (step) {
    case 'voice': {
      const sms = notificationId({ ...ref, channel: 'sms' });
      if (await deps.store.deliveries.deliveredAt(sms)) return 'SMS delivered: no call';
      // A failed SMS was already turned into a call (escalation.notificationFailed); the job id dedupes.
      await deps.queues.notifyHarbour({ ...ref, channel: 'voice' });
      return 'no delivery report: calling';
    }
    case 'next-contact': {
      const next = contactFrom(h, contactIndex + 1);
      if (next === null) return 'no further contact';
      await askContact(deps, r, h, next);
      return `asking contact ${next + 1}`;
    }
    case 'reminder': {
      let reminded = 0;
      for (const [i, c] of h.contacts.entries()) {
        const asked = await deps.queues.byName['notify-harbour'].getJob(
          notificationId({ ...ref, contactIndex: i, channel: c.channels[0] ?? 'sms' }),
        );
        if (!c.phone || !asked) continue;
        await deps.queues.notifyHarbour({ ...ref, contactIndex: i, channel: 'sms', kind: 'reminder' });
        reminded++;
      }
      return `reminded ${reminded}`;
    }
  }
}
