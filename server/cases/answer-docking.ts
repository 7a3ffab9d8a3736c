import type { DockingAnswerInput, DockingRequest } from '../../shared/domain/docking-request';
import type { Deps } from '../deps';
import { ConflictError, NotYoursError } from '../../shared/backend/errors';
import type { UserRecord } from '../../shared/backend/store/users.store';
import { loadCase } from '../../shared/backend/cases/load-case';

/** How an answer went: it was the one that counted, or the request had been answered already. */
export type DockingDecision =
  { kind: 'answered'; request: DockingRequest } | { kind: 'already-answered'; request: DockingRequest };

/**
 * A harbour answers a docking request in its portal (or a supervisor on its behalf). Another
 * harbour's request is "not yours" (the route table answers 404: existence must not leak); a
 * request already answered is a conflict.
 */
export async function answerDocking(
  deps: Deps,
  requestId: string,
  input: DockingAnswerInput,
  actor: UserRecord,
): Promise<DockingRequest> {
  const req = await deps.store.docking.get(requestId);
  if (!req || (actor.role === 'harbour' && actor.harbourId !== req.harbourId)) {
    throw new NotYoursError(`no docking request ${requestId} for you`);
  }
  const decision = await decideDockingAnswer(deps, req, input, actor, 'portal');
  if (decision.kind === 'already-answered') {
    throw new ConflictError('already_answered', `request ${requestId} is already ${decision.request.status}`);
  }
  return decision.request;
}

/**
 * Record an answer: the first answer wins (atomically); an acceptance cancels the case's other
 * pending requests; a decline asks the worker to try the next harbours. Whoever calls this has
 * established that `actor` may answer `req`.
 */
export async function decideDockingAnswer(
  deps: Deps,
  req: DockingRequest,
  input: DockingAnswerInput,
  actor: UserRecord,
  via: string,
): Promise<DockingDecision> {
  const { store } = deps;
  const accepted = input.answer === 'accept';
  const now = new Date().toISOString();
  const places = accepted ? (input.places ?? req.personsOnBoard ?? null) : null;
  const result = await store.docking.transition(
    req.id,
    req.caseId,
    accepted ? 'accepted' : 'declined',
    { answeredAt: now, answeredBy: actor.username, places, note: input.note ?? null },
    {
      type: accepted ? 'docking-accepted' : 'docking-declined',
      actor: actor.username,
      at: now,
      summary:
        `${req.harbourName} ` +
        `${accepted ? `ACCEPTED${places !== null ? ` (${places} places)` : ''}` : 'declined'} via ${via}`,
    },
  );
  if (!result.ok) return { kind: 'already-answered', request: (await store.docking.get(req.id)) ?? req };
  if (accepted) await cancelOthers(deps, req, actor.username);
  else await deps.queues.matchCase({ caseId: req.caseId, reason: 'declined' }, `declined.${req.id}`);

  const updated = (await store.docking.get(req.id))!;
  deps.broadcast.dockingAnswered(updated);
  const c = await loadCase(store, req.caseId);
  if (c) deps.broadcast.caseChanged(c);
  deps.log.info(
    { component: 'docking', requestId: req.id, caseId: req.caseId, answer: input.answer },
    'docking request answered',
  );
  return { kind: 'answered', request: updated };
}

async function cancelOthers(deps: Deps, accepted: DockingRequest, actor: string): Promise<void> {
  for (const other of await deps.store.docking.forCase(accepted.caseId)) {
    if (other.id === accepted.id || other.status !== 'pending') continue;
    const r = await deps.store.docking.transition(
      other.id,
      other.caseId,
      'cancelled',
      { answeredAt: new Date().toISOString() },
      {
        type: 'docking-cancelled',
        actor,
        summary: `${other.harbourName}: request withdrawn, ${accepted.harbourName} accepted`,
      },
    );
    if (!r.ok) continue;
    deps.broadcast.dockingAnswered((await deps.store.docking.get(other.id))!);
    // Tell the port by SMS (never a call) that it need not prepare; it was texted or called before.
    const harbour = await deps.store.harbours.get(other.harbourId);
    for (const [contactIndex, contact] of (harbour?.contacts ?? []).entries()) {
      if (contact.phone)
        await deps.queues.notifyHarbour({ requestId: other.id, contactIndex, channel: 'sms', kind: 'withdrawn' });
    }
  }
}
