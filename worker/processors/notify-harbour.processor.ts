import { UnrecoverableError, type Job } from 'bullmq';
import { NotifyHarbourJob } from '../../shared/jobs/notify-harbour';
import { notificationId } from '../../shared/domain/ids';
import type { DockingRequest } from '../../shared/domain/docking-request';
import type { WorkerDeps } from '../deps';
import { PermanentNotifyError, type SendResult } from '../notify/notifier';
import { sendOnce } from '../notify/send-once';

/** What the timeline says happened to a message: only "sent" when it really left. */
const DELIVERY_WORDS: Record<SendResult['status'], string> = {
  outbox: 'QUEUED IN THE OUTBOX, NOT SENT (Twilio not configured): relay it by hand',
  queued: 'handed to Twilio, queued for sending',
  sent: 'sent',
};

/** The text a harbour contact receives: what it needs to decide, never who called or from where exactly. */
export function dockingMessage(r: DockingRequest): string {
  const people = r.personsOnBoard !== null ? `${r.personsOnBoard} persons` : 'unknown number of persons';
  const details = [
    r.women && `${r.women} women`,
    r.children && `${r.children} children`,
    r.medical && `${r.medical} medical`,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    `HAVEN docking request ${r.id}: ${people}${details ? ` (${details})` : ''}, ` +
    `${r.approximateArea}, ${r.distanceNm} nm from ${r.harbourName}. ` +
    `Reply YES <places> or NO ${r.id}. Answer by ${r.deadline.slice(11, 16)} UTC.`
  );
}

/** The text telling a harbour it need not prepare any more. */
export function withdrawnMessage(r: DockingRequest): string {
  // A request withdrawn by a person (a supervisor skipping the harbour) names who; one withdrawn
  // because another port took everyone does not.
  const why = r.answeredBy ? 'the hotline has withdrawn it' : 'another port has accepted';
  return `HAVEN: docking request ${r.id} is withdrawn, ${why}. No answer needed. Thank you.`;
}

/** The text reminding a harbour that its answer is due soon. */
export function reminderMessage(r: DockingRequest): string {
  return (
    `HAVEN reminder: docking request ${r.id} still needs your answer by ${r.deadline.slice(11, 16)} UTC. ` +
    `Reply YES <places> or NO ${r.id}.`
  );
}

/**
 * Send one docking request (skipped if answered meanwhile) or one withdrawal notice to one
 * contact on one channel.
 */
export async function notifyHarbour(deps: WorkerDeps, job: Job): Promise<string> {
  const data = NotifyHarbourJob.parse(job.data);
  const r = await deps.store.docking.get(data.requestId);
  const withdrawn = data.kind === 'withdrawn';
  if (!r || r.status !== (withdrawn ? 'cancelled' : 'pending'))
    return withdrawn ? 'not withdrawn' : 'no longer pending';
  const contact = (await deps.store.harbours.get(r.harbourId))?.contacts[data.contactIndex];
  if (!contact?.phone)
    throw new UnrecoverableError(`contact ${data.contactIndex + 1} of ${r.harbourName} has no phone number`);
  const id = notificationId(data);
  try {
    const result = await sendOnce(deps.notifier, deps.store.sends, {
      id,
      to: contact.phone,
      body: withdrawn ? withdrawnMessage(r) : data.kind === 'reminder' ? reminderMessage(r) : dockingMessage(r),
      channel: data.channel,
      requestId: r.id,
      caseId: r.caseId,
      harbourId: r.harbourId,
      contactName: contact.name,
    });
    await deps.store.cases.note(r.caseId, {
      type: 'notification',
      actor: 'worker',
      summary:
        `${withdrawn ? 'withdrawal ' : data.kind === 'reminder' ? 'reminder ' : ''}` +
        `${data.channel.toUpperCase()} to ${r.harbourName} ` +
        `contact ${data.contactIndex + 1}${contact.name ? ` (${contact.name})` : ''}: ` +
        DELIVERY_WORDS[result.status] +
        (result.earlier === 'reconciled' ? ' (found at Twilio after an interrupted send: not sent again)' : ''),
      data: { requestId: r.id, notificationId: id, providerId: result.providerId ?? null },
    });
    deps.broadcast.notification({
      id,
      requestId: r.id,
      caseId: r.caseId,
      harbourId: r.harbourId,
      channel: data.channel,
      status: result.status,
      at: new Date().toISOString(),
    });
    return result.status;
  } catch (err) {
    if (err instanceof PermanentNotifyError) throw new UnrecoverableError(err.message);
    throw err;
  }
}
