import type { Case, WithdrawInput } from '../../shared/domain/case';
import type { Deps } from '../deps';
import { ConflictError, NotFoundError } from '../../shared/backend/errors';
import type { UserRecord } from '../../shared/backend/store/users.store';
import { loadCase } from '../../shared/backend/cases/load-case';
import { scheduleEstimate } from '../../shared/backend/cases/schedule-estimate';
import { latestFix } from '../../shared/backend/cases/locate';
import { noteRegionChange } from './record-fix';

/**
 * Withdraw a fix: it was typed into the wrong case, or a correction is undone. The fix stays on
 * record, marked with who, when and why, and is no longer reasoned from (an undone correction lets
 * the fix it corrected stand again). A confirmed fix is withdrawn only when the caller says so.
 */
export async function withdrawPosition(
  deps: Deps,
  caseId: string,
  index: number,
  input: WithdrawInput,
  actor: UserRecord,
): Promise<Case> {
  const fixes = await deps.store.cases.fixes(caseId);
  const fix = fixes[index];
  if (!fix) throw new NotFoundError(`case ${caseId} has no position ${index}`);
  if (fix.confirmed && !input.supersedeConfirmed)
    throw new ConflictError(
      'confirmed_fact',
      `position ${index + 1} was confirmed with the caller; send supersedeConfirmed: true to withdraw it`,
    );
  const at = new Date().toISOString();
  const correcting = fix.corrects !== undefined ? ` (the correction of position ${fix.corrects + 1})` : '';
  const result = await deps.store.cases.withdrawFix(
    caseId,
    index,
    { at, by: actor.username, reason: input.reason },
    {
      type: 'position-withdrawn',
      actor: actor.username,
      at,
      summary: `position ${index + 1}${correcting} withdrawn: ${input.reason}`,
      data: { index, reason: input.reason },
    },
  );
  if (result === 'missing') throw new NotFoundError(`case ${caseId} has no position ${index}`);
  if (result === 'already') throw new ConflictError('already_withdrawn', `position ${index + 1} is already withdrawn`);
  await noteRegionChange(deps.store, caseId, latestFix(fixes), `position ${index + 1} withdrawn`);
  const c = (await loadCase(deps.store, caseId))!;
  await scheduleEstimate(deps.queues, c);
  deps.broadcast.caseChanged(c);
  return c;
}
