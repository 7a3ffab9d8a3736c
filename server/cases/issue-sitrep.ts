import type { Case } from '../../shared/domain/case';
import { formatSitrepDraft, sitrepActions, sitrepTemplate, type SitrepExtras } from '../../shared/sitrep';
import type { Deps } from '../deps';
import { NotFoundError } from '../../shared/backend/errors';
import type { StoredSitrep } from '../../shared/backend/store/sitreps.store';
import type { UserRecord } from '../../shared/backend/store/users.store';
import { loadCase } from '../../shared/backend/cases/load-case';

/** What the case record does not hold but a SITREP reports: the actions taken, the estimate. */
function extrasFor(c: Case): SitrepExtras {
  return { actionsTaken: sitrepActions(c.timeline, c.dockingRequests), estimate: c.estimate ?? undefined };
}

async function mustLoad(deps: Deps, caseId: string, now: Date): Promise<Case> {
  const c = await loadCase(deps.store, caseId, now);
  if (!c) throw new NotFoundError(`no case ${caseId}`);
  return c;
}

/**
 * Issue the case's next SITREP: numbered per case, its text kept as sent and the issue recorded on
 * the timeline in one atomic step, with what was done (contacts, harbours asked and their answers)
 * as actions taken.
 */
export async function issueSitrep(
  deps: Deps,
  caseId: string,
  actor: UserRecord,
  now = new Date(),
): Promise<{ sitrep: StoredSitrep; case: Case }> {
  const c = await mustLoad(deps, caseId, now);
  const { head, tail } = sitrepTemplate(c, now, extrasFor(c));
  const sitrep = await deps.store.sitreps.issue(caseId, head, tail, actor.username, now);
  const updated = (await loadCase(deps.store, caseId, now))!;
  deps.broadcast.caseChanged(updated);
  deps.log.info({ component: 'sitrep', caseId, number: sitrep.number }, 'SITREP issued');
  return { sitrep, case: updated };
}

/** What the next SITREP would say, marked as a draft: issues nothing, records nothing. */
export async function previewSitrep(
  deps: Deps,
  caseId: string,
  now = new Date(),
): Promise<{ number: number; text: string }> {
  const c = await mustLoad(deps, caseId, now);
  const number = await deps.store.sitreps.nextNumber(caseId);
  return { number, text: formatSitrepDraft(c, number, now, extrasFor(c)) };
}

/** Every SITREP issued for a case, oldest first, as sent. */
export async function listSitreps(deps: Deps, caseId: string): Promise<StoredSitrep[]> {
  if (!(await deps.store.cases.record(caseId))) throw new NotFoundError(`no case ${caseId}`);
  return deps.store.sitreps.list(caseId);
}
