import type { DockingAnswerInput, DockingRequest } from '../../shared/domain/docking-request';
import type { Harbour } from '../../shared/domain/harbour';
import { notificationId } from '../../shared/domain/ids';
import { normalizeCaller } from '../../shared/phone';
import type { Deps } from '../deps';
import { answerDockingRemotely, type RemoteAnswer } from './answer-docking-remotely';

/** How a harbour's SMS reply went. */
export type HarbourSmsOutcome =
  | RemoteAnswer
  | { kind: 'none-pending' }
  | { kind: 'several-pending'; requestIds: string[] }
  | { kind: 'not-delivered'; requestIds: string[] };

/**
 * A harbour contact answers by SMS: the request it names, else the one request it can be
 * answering. Only requests of the harbours this number is a contact of can be answered; naming
 * another harbour's request is "unknown", so a reply cannot even probe which requests exist.
 *
 * A reply without a reference answers only a request that is pending now (so it was open when the
 * reply was sent) and that Twilio reported delivered to this very number before the reply came:
 * a "YES" can only mean a request its sender has seen. Anything else is asked back, listing ids.
 */
export async function answerHarbourSms(
  deps: Deps,
  harbours: Harbour[],
  from: string,
  input: DockingAnswerInput,
  requestId?: string,
): Promise<HarbourSmsOutcome> {
  const mine = new Set(harbours.map((h) => h.id));
  if (requestId) {
    const named = await deps.store.docking.get(requestId);
    if (!named || !mine.has(named.harbourId)) return { kind: 'unknown' };
    return answerDockingRemotely(deps, requestId, input, 'SMS');
  }
  const receivedAt = new Date().toISOString();
  const requests = (await Promise.all(harbours.map((h) => deps.store.docking.forHarbour(h.id)))).flat();
  const pending = requests.filter((r) => r.status === 'pending' && r.createdAt <= receivedAt);
  if (pending.length === 0) return { kind: 'none-pending' };
  const seen: DockingRequest[] = [];
  for (const r of pending)
    if (
      await deliveredTo(
        deps,
        harbours.find((h) => h.id === r.harbourId)!,
        r.id,
        from,
        receivedAt,
      )
    )
      seen.push(r);
  const ids = (rs: DockingRequest[]) => rs.map((r) => r.id).sort();
  if (seen.length === 0) return { kind: 'not-delivered', requestIds: ids(pending) };
  if (seen.length > 1) return { kind: 'several-pending', requestIds: ids(seen) };
  return answerDockingRemotely(deps, seen[0].id, input, 'SMS');
}

/** Whether Twilio reported the request delivered (SMS) or answered (call) to this number before `before`. */
async function deliveredTo(deps: Deps, h: Harbour, requestId: string, from: string, before: string): Promise<boolean> {
  for (const [contactIndex, c] of h.contacts.entries()) {
    if (!c.phone || normalizeCaller(c.phone).e164 !== from) continue;
    for (const channel of ['sms', 'voice'] as const) {
      const at = await deps.store.deliveries.deliveredAt(
        notificationId({ requestId, contactIndex, channel, kind: 'request' }),
      );
      if (at && at <= before) return true;
    }
  }
  return false;
}
