import { formatSitrep } from '../../shared/sitrep';
import type { Deps } from '../deps';
import { NotFoundError } from '../../shared/backend/errors';
import type { UserRecord } from '../../shared/backend/store/users.store';
import { loadCase } from '../../shared/backend/cases/load-case';

/**
 * Issue the case's next SITREP: numbered per case (a Redis counter), recorded on the timeline,
 * with the authority contacts as actions taken.
 */
export async function issueSitrep(
  deps: Deps,
  caseId: string,
  actor: UserRecord,
  now = new Date(),
): Promise<{ number: number; text: string }> {
  const c = await loadCase(deps.store, caseId, now);
  if (!c) throw new NotFoundError(`no case ${caseId}`);
  const number = await deps.store.redis.incr(deps.store.keys.seq(`sitrep:${caseId}`));
  const actionsTaken = c.timeline
    .filter((e) => e.type === 'authority-contact' || e.type === 'docking-accepted')
    .map((e) => `${e.at.slice(11, 16).replace(':', '')}Z ${e.summary}`);
  const text = formatSitrep(c, number, now, { actionsTaken, estimate: c.estimate ?? undefined });
  await deps.store.cases.note(caseId, {
    type: 'sitrep',
    actor: actor.username,
    summary: `SITREP ${number} issued`,
    data: { number },
  });
  const updated = await loadCase(deps.store, caseId, now);
  if (updated) deps.broadcast.caseChanged(updated);
  return { number, text };
}
