/**
 * How a docking request escalates while nobody answers, so that it never stalls. Used by the
 * worker (matching, escalation steps, a send Twilio refused) and the server (a failed delivery
 * report). The policy, with its defaults (config.ts, README):
 *
 * 1. The harbour's first contact with a phone is asked on its channels (SMS by default).
 * 2. No delivery report for that SMS within ESCALATION_VOICE_AFTER_MINUTES (5), or a failed
 *    delivery: the same contact is called (the keypress answers).
 * 3. No answer within ESCALATION_NEXT_CONTACT_MINUTES (10), or that contact could not be reached
 *    at all: the next contact is asked, from step 2 on.
 * 4. ESCALATION_REMINDER_MINUTES (10) before the deadline, the contacts asked get a reminder.
 * 5. At DOCKING_DEADLINE_MINUTES (30) the request expires and the next harbour is asked; a harbour
 *    none of whose contacts could be reached (every channel failed) is passed over at once.
 *
 * Every step is a job with a deterministic id, so retries and crashes never ask twice.
 */
import type { Logger } from 'pino';
import type { DockingRequest } from '../../domain/docking-request';
import type { Harbour } from '../../domain/harbour';
import { notificationId, type NotificationRef } from '../../domain/ids';
import type { Config } from '../config';
import type { Queues } from '../queues';
import type { Broadcaster } from '../realtime/broadcaster';
import type { Store } from '../store';
import { loadCase } from './load-case';

/** What escalation needs (both the server's and the worker's deps have it). */
export interface EscalationDeps {
  store: Store;
  queues: Queues;
  config: Pick<Config, 'escalation'>;
  broadcast: Broadcaster;
  log: Logger;
}

/** The first contact at or after `from` that has a phone, or null. */
export function contactFrom(h: Harbour | null, from: number): number | null {
  const i = (h?.contacts ?? []).findIndex((c, idx) => idx >= from && Boolean(c.phone));
  return i < 0 ? null : i;
}

/** Start a new request's escalation: ask the first contact, schedule the reminder and the deadline. */
export async function startRequest(deps: EscalationDeps, r: DockingRequest): Promise<void> {
  const harbour = await deps.store.harbours.get(r.harbourId);
  const first = contactFrom(harbour, 0);
  if (first === null) {
    await deps.store.cases.note(r.caseId, {
      type: 'notification',
      actor: 'worker',
      summary: `${r.harbourName} has no phone contact: the request waits in its portal only`,
    });
  } else await askContact(deps, r, harbour!, first);
  const { reminderBeforeMs } = deps.config.escalation;
  const remindIn = Date.parse(r.deadline) - reminderBeforeMs - Date.now();
  if (reminderBeforeMs > 0 && remindIn > 0 && first !== null)
    await deps.queues.escalateRequest({ requestId: r.id, step: 'reminder', contactIndex: 0 }, remindIn);
  await deps.queues.dockingDeadline({ requestId: r.id }, Date.parse(r.deadline) - Date.now());
}

/** Ask one contact on its channels now, and schedule its voice fallback and the next contact. */
export async function askContact(deps: EscalationDeps, r: DockingRequest, h: Harbour, i: number): Promise<void> {
  const contact = h.contacts[i];
  for (const channel of contact.channels)
    await deps.queues.notifyHarbour({ requestId: r.id, contactIndex: i, channel });
  const { voiceAfterMs, nextContactMs } = deps.config.escalation;
  if (contact.channels.includes('sms') && !contact.channels.includes('voice'))
    await deps.queues.escalateRequest({ requestId: r.id, step: 'voice', contactIndex: i }, voiceAfterMs);
  if (contactFrom(h, i + 1) !== null)
    await deps.queues.escalateRequest({ requestId: r.id, step: 'next-contact', contactIndex: i }, nextContactMs);
}

/**
 * A message to a contact failed for good (a failed delivery report, or Twilio refused it): a
 * failed SMS becomes a call to the same contact; a failed call moves on to the next contact; when
 * no contact of the harbour can be reached, the request expires at once and the next harbour is
 * asked. The failure must already be recorded in the deliveries store.
 */
export async function notificationFailed(deps: EscalationDeps, ref: NotificationRef): Promise<void> {
  if (ref.kind !== 'request') return;
  const r = await deps.store.docking.get(ref.requestId);
  if (!r || r.status !== 'pending') return;
  const h = await deps.store.harbours.get(r.harbourId);
  const contact = h?.contacts[ref.contactIndex];
  if (!h || !contact?.phone) return;
  if (ref.channel === 'sms') {
    await deps.queues.notifyHarbour({ requestId: r.id, contactIndex: ref.contactIndex, channel: 'voice' });
    return;
  }
  const next = contactFrom(h, ref.contactIndex + 1);
  if (next !== null) return askContact(deps, r, h, next);
  if (await everyContactFailed(deps, r, h)) await passOver(deps, r);
}

async function everyContactFailed(deps: EscalationDeps, r: DockingRequest, h: Harbour): Promise<boolean> {
  for (const [i, c] of h.contacts.entries()) {
    if (!c.phone) continue;
    const failed = await deps.store.deliveries.failedAt(
      notificationId({ requestId: r.id, contactIndex: i, channel: 'voice', kind: 'request' }),
    );
    if (!failed) return false;
  }
  return true;
}

/** Nobody at the harbour can be reached: expire the request now and ask the next harbour. */
async function passOver(deps: EscalationDeps, r: DockingRequest): Promise<void> {
  const res = await deps.store.docking.transition(
    r.id,
    r.caseId,
    'expired',
    { answeredAt: new Date().toISOString() },
    {
      type: 'docking-expired',
      actor: 'worker',
      summary: `${r.harbourName} could not be reached on any channel: asking the next harbour now`,
      data: { requestId: r.id },
    },
  );
  if (!res.ok) return;
  await deps.queues.matchCase({ caseId: r.caseId, reason: 'expired' }, `undeliverable.${r.id}`);
  deps.broadcast.dockingAnswered((await deps.store.docking.get(r.id))!);
  const c = await loadCase(deps.store, r.caseId);
  if (c) deps.broadcast.caseChanged(c);
  deps.log.info({ component: 'escalation', requestId: r.id, caseId: r.caseId }, 'harbour unreachable: passed over');
}
