import type { shiftApi } from '../../../shared/api/shift';
import { markRelayed } from '../../cases/mark-relayed';
import { markSeen } from '../../cases/mark-seen';
import type { Handlers } from '../handler';

/** The shift's view: attention seen, outbox messages relayed. */
export const shiftHandlers: Handlers<typeof shiftApi> = {
  'cases.seen': async ({ deps, auth, params, body }) => ({ case: await markSeen(deps, params.id, body, auth.user) }),
  'outbox.relayed': async ({ deps, auth, params, body }) => markRelayed(deps, params.id, body, auth.user),
};
