import type { Case } from '../../shared/domain/case';
import type { MatchingControl } from '../../shared/domain/matching';
import { ConflictError, InvalidError, NotFoundError } from '../../shared/backend/errors';
import { startRequest } from '../../shared/backend/cases/escalation';
import { loadCase } from '../../shared/backend/cases/load-case';
import { latestFix } from '../../shared/backend/cases/locate';
import { newDockingRequest, requestedEntry } from '../../shared/backend/cases/new-request';
import type { UserRecord } from '../../shared/backend/store/users.store';
import { greatCircleNm } from '../../shared/geo/distance';
import type { Deps } from '../deps';

/** The planning speed of a first ETA, as matching uses it. */
const PLANNING_SPEED_KN = 10;

/**
 * A supervisor steers matching for a case: pause, resume, skip one open request (the harbour is
 * told it is withdrawn and the next one is asked), or ask one harbour now (even while paused).
 * Every step is on the timeline with who did it and why. Answers the case as it now is.
 */
export async function steerMatching(
  deps: Deps,
  caseId: string,
  cmd: MatchingControl,
  actor: UserRecord,
): Promise<Case> {
  const c = await loadCase(deps.store, caseId);
  if (!c) throw new NotFoundError(`no case ${caseId}`);
  if (c.status !== 'open') throw new ConflictError('case_closed', `case ${caseId} is closed`);
  const who = actor.username;
  switch (cmd.action) {
    case 'pause':
    case 'resume': {
      const paused = cmd.action === 'pause';
      const ok = await deps.store.cases.setMatchingPaused(caseId, paused, {
        type: 'matching',
        actor: who,
        summary: `matching ${paused ? 'PAUSED' : 'resumed'} by ${who}${cmd.reason ? `: ${cmd.reason}` : ''}`,
        data: { state: paused ? 'paused' : 'searching' },
      });
      if (!ok) throw new ConflictError('case_closed', `case ${caseId} is closed`);
      if (!paused) await deps.queues.matchCase({ caseId, reason: 'manual' }, `resumed.${Date.now()}`);
      break;
    }
    case 'skip':
      await skip(deps, c, cmd.requestId, who, cmd.reason);
      break;
    case 'ask':
      await ask(deps, c, cmd.harbourId, who, cmd.reason);
      break;
  }
  const after = (await loadCase(deps.store, caseId))!;
  deps.broadcast.caseChanged(after);
  return after;
}

async function skip(deps: Deps, c: Case, requestId: string, who: string, reason: string): Promise<void> {
  const r = c.dockingRequests.find((x) => x.id === requestId);
  if (!r) throw new NotFoundError(`no docking request ${requestId} in case ${c.id}`);
  const res = await deps.store.docking.transition(
    r.id,
    c.id,
    'cancelled',
    { answeredAt: new Date().toISOString(), answeredBy: who, note: reason },
    {
      type: 'docking-cancelled',
      actor: who,
      summary: `${r.harbourName} skipped by ${who}: ${reason}`,
      data: { requestId },
    },
  );
  if (!res.ok) throw new ConflictError('already_answered', `request ${requestId} is already ${res.current}`);
  const harbour = await deps.store.harbours.get(r.harbourId);
  for (const [contactIndex, contact] of (harbour?.contacts ?? []).entries())
    if (contact.phone)
      await deps.queues.notifyHarbour({ requestId: r.id, contactIndex, channel: 'sms', kind: 'withdrawn' });
  deps.broadcast.dockingAnswered((await deps.store.docking.get(r.id))!);
  await deps.queues.matchCase({ caseId: c.id, reason: 'manual' }, `skipped.${r.id}`);
}

async function ask(deps: Deps, c: Case, harbourId: string, who: string, reason: string): Promise<void> {
  if (c.matching.state === 'placed') throw new ConflictError('already_placed', 'everyone on board already has a port');
  const harbour = await deps.store.harbours.get(harbourId);
  if (!harbour || harbour.kind !== 'port') throw new InvalidError('no_such_port', `no port ${harbourId}`);
  if (c.dockingRequests.some((r) => r.harbourId === harbourId))
    throw new ConflictError('already_asked', `${harbour.name} was already asked for this case`);
  const fix = latestFix(c.positions);
  if (!fix) throw new ConflictError('no_position', 'the case has no usable position to ask a harbour with');
  const r = newDockingRequest(c, harbour, {
    fix,
    distanceNm: greatCircleNm(fix, harbour),
    rank: c.dockingRequests.length + 1,
    now: new Date(),
    deadlineMs: deps.config.dockingDeadlineMs,
    speedKn: PLANNING_SPEED_KN,
  });
  const rec = await deps.store.cases.record(c.id);
  const entry = requestedEntry(r, who, `; asked by ${who}: ${reason}`);
  if (!(await deps.store.docking.createMany(c.id, [r], [entry], rec?.placedPersons, true)))
    throw new ConflictError('case_changed', 'the case changed meanwhile (accepted or closed): look again');
  await startRequest(deps, r);
  deps.broadcast.dockingRequested(r);
}
