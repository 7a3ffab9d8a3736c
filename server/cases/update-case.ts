import type { Case, CasePatch } from '../../shared/domain/case';
import { normalizeCaller } from '../../shared/phone';
import type { Deps } from '../deps';
import { InvalidError, NotFoundError } from '../../shared/backend/errors';
import type { UserRecord } from '../../shared/backend/store/users.store';
import { callerHash } from './caller-thread';
import { loadCase } from '../../shared/backend/cases/load-case';
import { changesSummary, describeChanges } from './describe-changes';

/**
 * Change a case's status, phase, outcome, counts, boat, people or notes; every change lands on the
 * timeline with who, why, and each field's old and new value.
 */
export async function updateCase(deps: Deps, caseId: string, patch: CasePatch, actor: UserRecord): Promise<Case> {
  const rec = await deps.store.cases.record(caseId);
  if (!rec) throw new NotFoundError(`no case ${caseId}`);
  const { reason, ...fields } = patch;
  if (fields.status === 'closed' && !(fields.outcome ?? rec.outcome)) {
    throw new InvalidError('outcome_required', 'closing a case needs an outcome');
  }
  if (Object.keys(fields).length === 0) throw new InvalidError('empty_patch', 'nothing to change');
  const changes = describeChanges(rec, fields);
  if (changes.length === 0) throw new InvalidError('no_change', 'nothing changes: the case already says that');
  const type = fields.phase && fields.phase !== rec.phase ? 'phase' : fields.status ? 'status' : 'details';
  await deps.store.cases.patch(caseId, fields, {
    type,
    actor: actor.username,
    summary: `${changesSummary(changes)}${reason ? ` (${reason})` : ''}`,
    data: { ...fields, reason: reason ?? null, changes },
  });
  if (fields.status === 'closed' && rec.callerNumber) {
    await deps.store.cases.releaseThread(callerHash(normalizeCaller(rec.callerNumber)), caseId);
  }
  const c = (await loadCase(deps.store, caseId))!;
  deps.broadcast.caseChanged(c);
  return c;
}
