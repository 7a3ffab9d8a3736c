import type { Case, PositionInput } from '../../shared/domain/case';
import type { Deps } from '../deps';
import { InvalidError, NotFoundError } from '../../shared/backend/errors';
import type { UserRecord } from '../../shared/backend/store/users.store';
import { loadCase } from '../../shared/backend/cases/load-case';
import { latestFix, locate } from '../../shared/backend/cases/locate';
import { matchWhenLocated } from './match-when-located';
import { recordFix } from './record-fix';
import { scheduleEstimate } from '../../shared/backend/cases/schedule-estimate';

/** Add a position report to a case (operator, crew or SMS); unparseable text is kept with a warning. */
export async function addPosition(deps: Deps, caseId: string, input: PositionInput, actor: UserRecord): Promise<Case> {
  if (!(await deps.store.cases.record(caseId))) throw new NotFoundError(`no case ${caseId}`);
  const previous = latestFix(await deps.store.cases.fixes(caseId));
  const fix = locate({ ...input }, previous);
  if (!fix) throw new InvalidError('no_position', 'give text, or lat and lon');
  if (input.corrects !== undefined) {
    const corrected = (await deps.store.cases.fixes(caseId))[input.corrects];
    if (!corrected) throw new InvalidError('invalid_body', `corrects: no position ${input.corrects}`);
    fix.corrects = input.corrects;
    // A correction says where the boat was when the corrected report was made, not where it is now.
    if (!input.at) fix.at = corrected.at;
  }
  await recordFix(deps.store, caseId, fix, {
    type: 'position',
    actor: actor.username,
    at: fix.at,
    summary:
      `${fix.corrects !== undefined ? `correction of position ${fix.corrects + 1}, ` : ''}` +
      `position from ${fix.source}: ` +
      `${fix.lat !== null ? `${fix.lat.toFixed(5)}, ${fix.lon!.toFixed(5)}` : 'NOT understood'}` +
      `${fix.raw ? ` ("${fix.raw.slice(0, 120)}")` : ''}`,
    data: { warnings: fix.warnings },
  });
  const c = (await loadCase(deps.store, caseId))!;
  if (fix.lat !== null) {
    await matchWhenLocated(deps, c);
    await scheduleEstimate(deps.queues, c);
  }
  deps.broadcast.caseChanged(c);
  return c;
}
