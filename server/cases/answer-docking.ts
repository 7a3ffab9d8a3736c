import type { DockingAnswerInput, DockingRequest } from '../../shared/domain/docking-request';
import type { Deps } from '../deps';
import { ConflictError, NotYoursError } from '../../shared/backend/errors';
import type { UserRecord } from '../../shared/backend/store/users.store';
import { loadCase } from '../../shared/backend/cases/load-case';
import { acceptDocking, type DockingDecision } from './accept-docking';

export type { DockingDecision };

/** What a harbour is told when it accepts a case whose people all have a port already. */
export const ALREADY_PLACED =
  'Thank you for offering: everyone on board already has a port (another harbour accepted first), ' +
  'so there is nothing to prepare.';

/**
 * A harbour answers a docking request in its portal (or a supervisor on its behalf). Another
 * harbour's request is "not yours" (the route table answers 404: existence must not leak); a
 * request already answered is a conflict, and so is an acceptance once everyone is placed
 * (`already_placed`).
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
  // A supervisor answering for a harbour (it phoned, say) is recorded as such, with who and why.
  const via =
    actor.role === 'supervisor'
      ? `the portal by supervisor ${actor.username} on behalf of the harbour ` +
        `(${input.note ? `why: ${input.note}` : 'no reason given'})`
      : 'portal';
  const decision = await decideDockingAnswer(deps, req, input, actor, via);
  if (decision.kind === 'already-placed') throw new ConflictError('already_placed', ALREADY_PLACED);
  if (decision.kind === 'already-answered') {
    throw new ConflictError('already_answered', `request ${requestId} is already ${decision.request.status}`);
  }
  return decision.request;
}

/**
 * Record an answer, by whatever channel. An acceptance is decided for the whole case (see
 * accept-docking.ts); accepting no places at all is a decline. A decline asks the worker to try
 * the next harbours. Whoever calls this has established that `actor` may answer `req`.
 */
export async function decideDockingAnswer(
  deps: Deps,
  req: DockingRequest,
  input: DockingAnswerInput,
  actor: UserRecord,
  via: string,
): Promise<DockingDecision> {
  if (input.answer === 'accept' && input.places !== 0)
    return acceptDocking(deps, req, { places: input.places, note: input.note }, actor.username, via);
  const { store } = deps;
  const now = new Date().toISOString();
  const zero = input.answer === 'accept' ? ' (accepted 0 places)' : '';
  const result = await store.docking.transition(
    req.id,
    req.caseId,
    'declined',
    { answeredAt: now, answeredBy: actor.username, places: null, note: input.note ?? null },
    {
      type: 'docking-declined',
      actor: actor.username,
      at: now,
      summary: `${req.harbourName} declined${zero} via ${via}`,
    },
  );
  if (!result.ok) return { kind: 'already-answered', request: (await store.docking.get(req.id)) ?? req };
  await deps.queues.matchCase({ caseId: req.caseId, reason: 'declined' }, `declined.${req.id}`);

  const updated = (await store.docking.get(req.id))!;
  deps.broadcast.dockingAnswered(updated);
  const c = await loadCase(store, req.caseId);
  if (c) deps.broadcast.caseChanged(c);
  deps.log.info({ component: 'docking', requestId: req.id, caseId: req.caseId }, 'docking request declined');
  return { kind: 'answered', request: updated };
}
