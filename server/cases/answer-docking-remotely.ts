import type { DockingAnswerInput } from '../../shared/domain/docking-request';
import type { Deps } from '../deps';
import { decideDockingAnswer, type DockingDecision } from './answer-docking';
import { harbourActor } from './system-actors';

/** How an answer by phone or SMS went. */
export type RemoteAnswer = DockingDecision | { kind: 'unknown' };

/**
 * A harbour answers a docking request by phone keypress or SMS reply. The caller has established
 * that the answer comes from the request's harbour (a signed Twilio request to the URL given to
 * its contact, or an SMS from its contact's number), so it answers as that harbour.
 */
export async function answerDockingRemotely(
  deps: Deps,
  requestId: string,
  input: DockingAnswerInput,
  via: 'phone' | 'SMS',
): Promise<RemoteAnswer> {
  const r = await deps.store.docking.get(requestId);
  if (!r) return { kind: 'unknown' };
  const actor = harbourActor({ id: r.harbourId, name: r.harbourName }, via);
  return decideDockingAnswer(deps, r, input, actor, via === 'phone' ? 'phone keypress' : 'SMS');
}
