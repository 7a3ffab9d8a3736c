import type { AssignInput, Case } from '../../shared/domain/case';
import type { Deps } from '../deps';
import { InvalidError, NotFoundError } from '../../shared/backend/errors';
import type { UserRecord } from '../../shared/backend/store/users.store';
import { loadCase } from '../../shared/backend/cases/load-case';

/**
 * Assign a rescue vessel to a case: every crew user of that vessel now sees the case (reduced) and
 * hears its updates; a crew follows one case at a time.
 */
export async function assignVessel(deps: Deps, caseId: string, input: AssignInput, actor: UserRecord): Promise<Case> {
  if (!(await deps.store.cases.record(caseId))) throw new NotFoundError(`no case ${caseId}`);
  const crew = (await deps.store.users.withRole(['crew'])).filter((u) => u.vesselMmsi === input.mmsi);
  if (crew.length === 0) throw new InvalidError('no_crew', `no crew user belongs to vessel ${input.mmsi}`);
  for (const u of crew) {
    await deps.store.users.assignCase(u.id, caseId);
    deps.broadcast.crewAssigned(u.id, caseId, u.assignedCaseId !== caseId ? u.assignedCaseId : undefined);
  }
  await deps.store.cases.note(caseId, {
    type: 'assignment',
    actor: actor.username,
    summary: `vessel ${input.mmsi} assigned (${crew.length} crew account${crew.length > 1 ? 's' : ''})`,
    data: { mmsi: input.mmsi },
  });
  const c = (await loadCase(deps.store, caseId))!;
  deps.broadcast.caseChanged(c);
  return c;
}
