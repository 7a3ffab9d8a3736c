import type { DockingAnswerInput } from '../../shared/domain/docking-request';
import type { Harbour } from '../../shared/domain/harbour';
import type { Deps } from '../deps';
import { answerDockingRemotely, type RemoteAnswer } from './answer-docking-remotely';

/** How a harbour's SMS reply went. */
export type HarbourSmsOutcome =
  RemoteAnswer | { kind: 'none-pending' } | { kind: 'several-pending'; requestIds: string[] };

/**
 * A harbour contact answers by SMS: the request it names, else its harbour's only pending one.
 * Only requests of the harbours this number is a contact of can be answered; naming another
 * harbour's request is "unknown", so a reply cannot even probe which requests exist.
 */
export async function answerHarbourSms(
  deps: Deps,
  harbours: Harbour[],
  input: DockingAnswerInput,
  requestId?: string,
): Promise<HarbourSmsOutcome> {
  const mine = new Set(harbours.map((h) => h.id));
  if (requestId) {
    const named = await deps.store.docking.get(requestId);
    if (!named || !mine.has(named.harbourId)) return { kind: 'unknown' };
    return answerDockingRemotely(deps, requestId, input, 'SMS');
  }
  const requests = (await Promise.all(harbours.map((h) => deps.store.docking.forHarbour(h.id)))).flat();
  const pending = requests.filter((r) => r.status === 'pending');
  if (pending.length === 0) return { kind: 'none-pending' };
  if (pending.length > 1) return { kind: 'several-pending', requestIds: pending.map((r) => r.id).sort() };
  return answerDockingRemotely(deps, pending[0].id, input, 'SMS');
}
