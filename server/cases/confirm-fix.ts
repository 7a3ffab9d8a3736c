import type { Case } from '../../shared/domain/case';
import type { Deps } from '../deps';
import { ConflictError, NotFoundError } from '../../shared/backend/errors';
import type { UserRecord } from '../../shared/backend/store/users.store';
import { loadCase } from '../../shared/backend/cases/load-case';

/** An operator confirms that fix `index` was read right (checked back with the caller, say). */
export async function confirmFix(deps: Deps, caseId: string, index: number, actor: UserRecord): Promise<Case> {
  const fixes = await deps.store.cases.fixes(caseId);
  const fix = fixes[index];
  if (!fix) throw new NotFoundError(`case ${caseId} has no position ${index}`);
  if (fix.lat === null)
    throw new ConflictError('not_a_fix', 'a position that was not understood cannot be confirmed; correct it instead');
  await deps.store.cases.confirmFix(caseId, index, {
    type: 'position-confirmed',
    actor: actor.username,
    summary: `position ${index + 1} (${fix.lat.toFixed(5)}, ${fix.lon!.toFixed(5)}) confirmed`,
    data: { index },
  });
  const c = (await loadCase(deps.store, caseId))!;
  deps.broadcast.caseChanged(c);
  return c;
}
