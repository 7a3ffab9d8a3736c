import type { AuthorityContactInput, Case } from '../../shared/domain/case';
import type { Deps } from '../deps';
import { NotFoundError } from '../../shared/backend/errors';
import type { UserRecord } from '../../shared/backend/store/users.store';
import { loadCase } from '../../shared/backend/cases/load-case';

const OUTCOME_TEXT: Record<AuthorityContactInput['outcome'], string> = {
  unreachable: 'UNREACHABLE',
  no_answer: 'NO ANSWER',
  acknowledged: 'acknowledged',
  refused: 'REFUSED',
  referred: 'referred elsewhere',
};

/**
 * Record one attempt to reach a rescue centre or authority. Every attempt, answered or not, is a
 * timeline entry with who, which centre, channel, time and outcome: that is what documents
 * non-assistance later.
 */
export async function logAuthorityContact(
  deps: Deps,
  caseId: string,
  input: AuthorityContactInput,
  actor: UserRecord,
): Promise<Case> {
  if (!(await deps.store.cases.record(caseId))) throw new NotFoundError(`no case ${caseId}`);
  const at = input.at ? new Date(input.at).toISOString() : new Date().toISOString();
  await deps.store.cases.note(caseId, {
    type: 'authority-contact',
    actor: actor.username,
    at,
    summary:
      `${input.authority} by ${input.channel}: ${OUTCOME_TEXT[input.outcome]}` +
      `${input.referredTo ? ` to ${input.referredTo}` : ''}` +
      `${input.notes ? ` (${input.notes.slice(0, 200)})` : ''}`,
    data: { ...input, at },
  });
  const c = (await loadCase(deps.store, caseId))!;
  deps.broadcast.caseChanged(c);
  return c;
}
