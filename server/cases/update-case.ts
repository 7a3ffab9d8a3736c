import type { Case, CasePatch } from '../../shared/domain/case';
import { normalizeCaller } from '../../shared/phone';
import type { Deps } from '../deps';
import { InvalidError, NotFoundError } from '../../shared/backend/errors';
import type { UserRecord } from '../../shared/backend/store/users.store';
import { callerHash } from './caller-thread';
import { loadCase } from '../../shared/backend/cases/load-case';

/** Change a case's status, phase, outcome, counts or notes; every change lands on the timeline with who and why. */
export async function updateCase(deps: Deps, caseId: string, patch: CasePatch, actor: UserRecord): Promise<Case> {
  const rec = await deps.store.cases.record(caseId);
  if (!rec) throw new NotFoundError(`no case ${caseId}`);
  const { reason, ...fields } = patch;
  if (fields.status === 'closed' && !(fields.outcome ?? rec.outcome)) {
    throw new InvalidError('outcome_required', 'closing a case needs an outcome');
  }
  if (Object.keys(fields).length === 0) throw new InvalidError('empty_patch', 'nothing to change');
  const changes = Object.entries(fields).map(
    ([k, v]) => `${k}: ${JSON.stringify((rec as Record<string, unknown>)[k] ?? null)} -> ${JSON.stringify(v)}`,
  );
  const type = fields.phase && fields.phase !== rec.phase ? 'phase' : fields.status ? 'status' : 'details';
  await deps.store.cases.patch(caseId, fields, {
    type,
    actor: actor.username,
    summary: `${changes.join(', ')}${reason ? ` (${reason})` : ''}`,
    data: { ...fields, reason: reason ?? null },
  });
  if (fields.status === 'closed' && rec.callerNumber) {
    await deps.store.cases.releaseThread(callerHash(normalizeCaller(rec.callerNumber)), caseId);
  }
  const c = (await loadCase(deps.store, caseId))!;
  deps.broadcast.caseChanged(c);
  return c;
}
