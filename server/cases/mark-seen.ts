import { describeAttention, type SeenInput } from '../../shared/domain/attention';
import type { Case } from '../../shared/domain/case';
import { NotFoundError } from '../../shared/backend/errors';
import { loadCase } from '../../shared/backend/cases/load-case';
import type { UserRecord } from '../../shared/backend/store/users.store';
import type { Deps } from '../deps';

/**
 * An operator opened a case and saw what asked for attention: the timeline says who saw what, and
 * every console clears those badges when the changed case reaches it.
 */
export async function markSeen(deps: Deps, caseId: string, input: SeenInput, actor: UserRecord): Promise<Case> {
  if (!(await deps.store.cases.record(caseId))) throw new NotFoundError(`no case ${caseId}`);
  await deps.store.cases.note(caseId, {
    type: 'seen',
    actor: actor.username,
    summary: `seen by ${actor.username}: ${describeAttention(input.items) || 'the case'}`,
    data: { items: input.items, upTo: input.upTo },
  });
  const c = (await loadCase(deps.store, caseId))!;
  deps.broadcast.caseChanged(c);
  return c;
}
