import type { Case, PositionInput } from '../../shared/domain/case';
import type { Deps } from '../deps';
import { ConflictError, InvalidError, NotFoundError } from '../../shared/backend/errors';
import type { UserRecord } from '../../shared/backend/store/users.store';
import { loadCase } from '../../shared/backend/cases/load-case';
import { latestFix, locate } from '../../shared/backend/cases/locate';
import { matchWhenLocated } from './match-when-located';
import { recordFix } from './record-fix';
import { scheduleEstimate } from '../../shared/backend/cases/schedule-estimate';

/** Add a position report to a case (operator, crew or SMS); unparseable text is kept with a warning. */
export async function addPosition(deps: Deps, caseId: string, input: PositionInput, actor: UserRecord): Promise<Case> {
  if (!(await deps.store.cases.record(caseId))) throw new NotFoundError(`no case ${caseId}`);
  const fixes = await deps.store.cases.fixes(caseId);
  const { supersedeConfirmed: _yes, ...report } = input;
  // A correction is checked for plausibility against the fixes before the one it replaces, not
  // against that fix itself (which would make any correction look like a jump at impossible speed).
  const corrected = input.corrects !== undefined ? fixes[input.corrects] : undefined;
  const previous = corrected
    ? latestFix(fixes.filter((f, i) => i !== input.corrects && Date.parse(f.at) < Date.parse(corrected.at)))
    : latestFix(fixes);
  const fix = locate({ ...report, at: report.at ?? corrected?.at }, previous);
  if (!fix) throw new InvalidError('no_position', 'give text, or lat and lon');
  if (input.corrects !== undefined) {
    if (!corrected) throw new InvalidError('invalid_body', `corrects: no position ${input.corrects}`);
    if (corrected.withdrawn)
      throw new ConflictError('withdrawn', `position ${input.corrects + 1} was withdrawn; add a new position instead`);
    // A confirmed fix is a fact checked with the caller: replacing it takes a deliberate yes.
    if (corrected.confirmed && !input.supersedeConfirmed)
      throw new ConflictError(
        'confirmed_fact',
        `position ${input.corrects + 1} was confirmed with the caller; send supersedeConfirmed: true to replace it`,
      );
    // A correction says where the boat was when the corrected report was made (its `at`, set above).
    fix.corrects = input.corrects;
  }
  const correcting =
    fix.corrects !== undefined
      ? `correction of position ${fix.corrects + 1} (reported ${fix.at.slice(11, 16)}Z), `
      : '';
  // The timeline says when a thing happened: a report at the time it was made, a correction when it
  // was made (the report time it corrects is in its data and its summary).
  await recordFix(deps.store, caseId, fix, {
    type: 'position',
    actor: actor.username,
    at: fix.corrects !== undefined ? new Date().toISOString() : fix.at,
    summary:
      correcting +
      `position from ${fix.source}: ` +
      `${fix.lat !== null ? `${fix.lat.toFixed(5)}, ${fix.lon!.toFixed(5)}` : 'NOT understood'}` +
      `${fix.raw ? ` ("${fix.raw.slice(0, 120)}")` : ''}`,
    data: { warnings: fix.warnings, corrects: fix.corrects ?? null, reportedAt: fix.at },
  });
  const c = (await loadCase(deps.store, caseId))!;
  if (fix.lat !== null) {
    await matchWhenLocated(deps, c);
    await scheduleEstimate(deps.queues, c);
  }
  deps.broadcast.caseChanged(c);
  return c;
}
