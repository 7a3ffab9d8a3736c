import type { Case } from '../../shared/domain/case';
import type { Deps } from '../deps';

/**
 * A case logged without a usable position (a voice call, an unreadable text) is matched as soon as
 * a later call, SMS or operator gives one. The job key counts fixes, so each new fix asks once.
 */
export async function matchWhenLocated(deps: Deps, c: Case): Promise<void> {
  const located = c.positions.some((f) => f.lat !== null);
  if (located && c.status === 'open' && c.dockingRequests.length === 0) {
    await deps.queues.matchCase({ caseId: c.id, reason: 'new' }, `position.${c.positions.length}`);
  }
}
