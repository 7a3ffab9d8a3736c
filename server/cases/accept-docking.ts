import type { DockingRequest } from '../../shared/domain/docking-request';
import type { AcceptPlan } from '../../shared/backend/store/placement.store';
import type { NewTimelineEntry } from '../../shared/domain/timeline';
import { loadCase } from '../../shared/backend/cases/load-case';
import type { Deps } from '../deps';
import { afterAcceptance } from './after-acceptance';

/** How an answer went: it counted, the request had been answered already, or the case is placed. */
export type DockingDecision =
  | { kind: 'answered'; request: DockingRequest }
  | { kind: 'already-answered'; request: DockingRequest }
  | { kind: 'already-placed'; request: DockingRequest };

/**
 * A harbour accepts (by any channel): decided for the whole case at once (see
 * placement.store.ts). The withdrawn harbours are told by SMS; a partial acceptance sends
 * matching on for the persons still unplaced.
 */
export async function acceptDocking(
  deps: Deps,
  req: DockingRequest,
  answer: { places?: number; note?: string },
  by: string,
  via: string,
): Promise<DockingDecision> {
  const { store } = deps;
  const out = await store.placement.accept(
    req.id,
    { places: answer.places, at: new Date().toISOString(), by, note: answer.note ?? null },
    (plan) => acceptanceEntries(plan, by, via, answer.places),
  );
  const current = async () => (await store.docking.get(req.id)) ?? req;
  if (out.kind === 'already-placed') {
    await store.cases.note(req.caseId, {
      // Not a type of its own: the timeline's entry types are a closed set the compiler checks.
      type: 'matching',
      actor: by,
      summary: `${req.harbourName} offered to accept via ${via} after everyone was placed: thanked, nothing changed`,
      data: { state: 'placed', requestId: req.id },
    });
    return { kind: 'already-placed', request: await current() };
  }
  if (out.kind !== 'accepted') return { kind: 'already-answered', request: await current() };

  const { plan } = out;
  deps.broadcast.dockingAnswered(plan.request);
  for (const w of plan.withdrawn) {
    deps.broadcast.dockingAnswered(w);
    await tellWithdrawn(deps, w);
  }
  if (!plan.complete) await deps.queues.matchCase({ caseId: req.caseId, reason: 'partial' }, `accepted.${req.id}`);
  await afterAcceptance(deps, plan);
  const c = await loadCase(store, req.caseId);
  if (c) deps.broadcast.caseChanged(c);
  deps.log.info(
    { component: 'docking', requestId: req.id, caseId: req.caseId, complete: plan.complete },
    'docking request accepted',
  );
  return { kind: 'answered', request: plan.request };
}

/** The timeline entries of an acceptance, written in the same atomic step as the acceptance. */
function acceptanceEntries(plan: AcceptPlan, by: string, via: string, offered?: number): NewTimelineEntry[] {
  const r = plan.request;
  const took =
    plan.placed !== null
      ? ` (${plan.placed} places${offered && offered > plan.placed ? `, ${offered} offered` : ''})`
      : '';
  const entries: NewTimelineEntry[] = [
    {
      type: 'docking-accepted',
      actor: by,
      at: r.answeredAt ?? undefined,
      summary: `${r.harbourName} ACCEPTED${took} via ${via}`,
      data: { requestId: r.id, places: plan.placed },
    },
    {
      type: 'matching',
      actor: by,
      summary: plan.complete
        ? `everyone on board has a port: ${r.harbourName}`
        : `${plan.placed} placed at ${r.harbourName}; ${plan.unplaced} still need a port: matching goes on`,
      data: { state: plan.complete ? 'placed' : 'searching' },
    },
  ];
  for (const w of plan.withdrawn)
    entries.push({
      type: 'docking-cancelled',
      actor: by,
      summary: `${w.harbourName}: request withdrawn, ${r.harbourName} accepted`,
      data: { requestId: w.id },
    });
  return entries;
}

/** Tell a withdrawn harbour by SMS (never a call) that it need not prepare. */
async function tellWithdrawn(deps: Deps, w: DockingRequest): Promise<void> {
  const harbour = await deps.store.harbours.get(w.harbourId);
  for (const [contactIndex, contact] of (harbour?.contacts ?? []).entries()) {
    if (contact.phone)
      await deps.queues.notifyHarbour({ requestId: w.id, contactIndex, channel: 'sms', kind: 'withdrawn' });
  }
}
