import type { SendsStore } from '../../shared/backend/store/sends.store';
import type { Notifier, OutgoingMessage, SendResult } from './notifier';

// Twilio's DateSent is whole seconds, and clocks differ a little: look a minute further back.
const CLOCK_SLACK_MS = 60_000;

/** How a send went: sent now, or found already sent by an earlier attempt. */
export type OnceResult = SendResult & { earlier?: 'recorded' | 'reconciled' };

/**
 * Send a message at most once per notification id, even across crashes (see sends.store.ts):
 * reserve, send, record the SID. A retry finding the SID recorded sends nothing; finding a
 * reservation without a SID, it asks the provider whether the message is there (`find`) and sends
 * only when it is not. The outbox needs none of this: storing a message twice stores it once.
 */
export async function sendOnce(notifier: Notifier, sends: SendsStore, msg: OutgoingMessage): Promise<OnceResult> {
  if (!notifier.find) return notifier.send(msg);
  const earlier = await sends.reserve(msg.id);
  if (earlier?.sid) return { status: 'queued', providerId: earlier.sid, earlier: 'recorded' };
  if (earlier) {
    const found = await notifier.find(msg, new Date(Date.parse(earlier.reservedAt) - CLOCK_SLACK_MS));
    if (found) {
      await sends.recordSid(msg.id, found);
      return { status: 'queued', providerId: found, earlier: 'reconciled' };
    }
  }
  const res = await notifier.send(msg);
  if (res.providerId) await sends.recordSid(msg.id, res.providerId);
  return res;
}
